// Messages between the extension host (InterviewPanel) and the interview webview (media/interview/panel.js).
// The webview is plain JavaScript: keep this file and panel.js in step. Every string is untrusted in the
// webview (model output, the user's document): it is rendered as text, never as HTML.
import type { Debrief, InterviewerTurnKind, Phase } from '../../../server/src/interview/types';

export interface PanelTurn {
  id: string;
  role: 'interviewer' | 'candidate';
  kind?: InterviewerTurnKind;
  text: string;
  /** 'built-in', 'openai:<model>', 'vscode-lm:<model>'. */
  backend?: string;
  /** Shown under a turn that fell back to the built-in engine. */
  fallbackReason?: string;
  /** 0-based line in the source document the turn quotes, for a link back. */
  line?: number;
  quote?: string;
}

export interface PanelClock {
  elapsedMs: number;
  totalMs: number;
  phase: Phase;
  phaseRemainingMs: number;
}

export type PanelStatus = 'idle' | 'thinking' | 'streaming' | 'ended';

/** Everything the webview shows; sent whole on (re)load and kept with setState. */
export interface PanelState {
  title: string;
  persona: string;
  level: string;
  source: string;
  turns: PanelTurn[];
  clock: PanelClock;
  status: PanelStatus;
  debrief?: Debrief;
  /** The last notice (LLM failure, fallback, export done), if still relevant. */
  notice?: PanelNotice;
}

export interface PanelNotice {
  level: 'info' | 'warning' | 'error';
  text: string;
}

export type HostMessage =
  | { type: 'state'; state: PanelState }
  | { type: 'turnStart'; id: string; kind: InterviewerTurnKind; backend: string }
  | { type: 'turnChunk'; id: string; text: string }
  | { type: 'turnEnd'; turn: PanelTurn }
  | { type: 'candidate'; turn: PanelTurn }
  | { type: 'clock'; clock: PanelClock }
  | { type: 'status'; status: PanelStatus }
  | { type: 'notice'; notice: PanelNotice }
  | { type: 'debrief'; debrief: Debrief };

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'answer'; text: string }
  | { type: 'stop' }
  | { type: 'skip' }
  | { type: 'hint' }
  | { type: 'end' }
  | { type: 'export' }
  | { type: 'openLine'; line: number };
