// One mock interview: the plan of gaps to probe, the conversation, the clock, and the debrief. Pure and
// deterministic apart from the injected clock; toJSON() / restore() carry a session across a reload.
import type { AnalyzeOptions, Finding } from '../analysis/types';
import { isAnswerMistake, judgeAnswer, structureOf, wordCount } from './answerVerdict';
import type { TurnRequest } from './backend';
import { BUILT_IN_BACKEND_ID } from './builtInBackend';
import { buildDebrief, type DocumentFacts, type GapOutcome } from './debrief';
import { analyseDocument, sourceFindings, type AnalysedText } from './analysedText';
import { documentGaps } from './documentGaps';
import { gapKindInfo } from './gapCatalog';
import { PERSONAS } from './personas';
import { unquotedGap, type PlannedGap } from './plannedGap';
import { pressurePointGaps, withCandidateWords } from './practiceGaps';
import { clockAt, isOver, PHASES, rambles, requirementChangeDue, requirementChangeText, totalMsFor, type ClockState } from './pressure';
import { probeFor, rankGaps } from './probes';
import { followUpQuestion, hintText, INTERRUPTION, nextQuestionText, probeQuestion, requirementChangeTurnText, WRAP_UP, type Transition } from './questionText';
import { practiceQuestion as bankQuestion } from './questionBank';
import type { AnswerVerdict, Debrief, InterviewConfig, InterviewerTurn, InterviewerTurnKind, Persona, Phase, PracticeQuestion, Probe, Turn } from './types';

export interface SessionOptions {
  /** Where practice questions are looked up (default: the built-in bank). */
  questions?: readonly PracticeQuestion[];
  /** The user's analysis settings (rule overrides, vocabulary), as the linter uses them. */
  analyzeOptions?: AnalyzeOptions;
}

/** The practice question's prompt, before the candidate has sketched a design. */
const PROMPT_KEY = 'prompt';
/** The mid-session requirement change, answered like a gap. */
const CHANGE_KEY = 'requirement-change';

/** What the candidate is answering now. */
interface CurrentProbe {
  key: string;
  /** The question as last asked (a hint restates it). */
  question: string;
  answers: string[];
  followUps: number;
  stillMissing: string[];
}

export interface SessionState {
  /** Gap keys not yet asked, in the order they will be. */
  queue: string[];
  current: CurrentProbe | null;
  outcomes: Record<string, GapOutcome>;
  /** Rules that fired on the candidate's answers, with their words. */
  answerMistakes: Array<{ rule: string; quote: string }>;
  /** What the analysis found in a practice candidate's design sketch (an LLM probes it like a document's). */
  sketchFindings: TurnRequest['findings'];
  /** The phase the session last acted in (a later clock phase means that phase's time is up). */
  phase: Phase;
  requirementChanged: boolean;
  constraintsRevealed: boolean;
  wrappedUp: boolean;
  ended: boolean;
}

/** Everything a session is, as JSON: restore() rebuilds the same session from it. */
export interface SessionSnapshot {
  version: 1;
  config: InterviewConfig;
  elapsedMs: number;
  /** Every gap the session knows, by key; `plan` is the opening order. */
  gaps: PlannedGap[];
  plan: string[];
  /** The component the requirement change aims at (documents). */
  component: string | null;
  transcript: Turn[];
  state: SessionState;
}

export class InterviewSession {
  private readonly gapsByKey = new Map<string, PlannedGap>();
  private documentCache?: AnalysedText;

  private constructor(
    private readonly snapshot: SessionSnapshot,
    private readonly clock: () => number,
    private readonly startedAt: number,
    private readonly options: SessionOptions,
  ) {
    for (const gap of snapshot.gaps) this.gapsByKey.set(gap.key, gap);
  }

  static start(config: InterviewConfig, clock: () => number = Date.now, options: SessionOptions = {}): InterviewSession {
    const persona = personaOf(config);
    let gaps: PlannedGap[];
    let component: string | null = null;
    let document: AnalysedText | undefined;
    if (config.source.kind === 'document') {
      document = analyseDocument(config.source.text, options.analyzeOptions);
      const found = documentGaps(document, config.sectionLine);
      gaps = rankGaps(found.gaps, persona, config.level);
      component = found.component;
      if (gaps.length === 0) gaps = [fallbackGap(component)];
    } else {
      gaps = rankGaps(pressurePointGaps(questionOf(config, options)), persona, config.level);
    }
    const snapshot: SessionSnapshot = {
      version: 1,
      config: structuredClone(config),
      elapsedMs: 0,
      gaps,
      plan: gaps.map((g) => g.key),
      component,
      transcript: [],
      state: {
        queue: gaps.map((g) => g.key),
        current: null,
        outcomes: {},
        answerMistakes: [],
        sketchFindings: [],
        phase: 'clarify',
        requirementChanged: false,
        constraintsRevealed: false,
        wrappedUp: false,
        ended: false,
      },
    };
    const session = new InterviewSession(snapshot, clock, clock(), options);
    session.documentCache = document;
    return session;
  }

  static restore(snapshot: SessionSnapshot, clock: () => number = Date.now, options: SessionOptions = {}): InterviewSession {
    if (snapshot?.version !== 1) throw new Error('This interview was saved by another version of Tradeoff and cannot be restored.');
    const copy = structuredClone(snapshot);
    // The clock resumes where it stopped: time with the panel closed does not count.
    return new InterviewSession(copy, clock, clock() - copy.elapsedMs, options);
  }

  get config(): InterviewConfig {
    return structuredClone(this.snapshot.config);
  }

  get transcript(): Turn[] {
    return [...this.snapshot.transcript];
  }

  private get state(): SessionState {
    return this.snapshot.state;
  }

  private get persona(): Persona {
    return personaOf(this.snapshot.config);
  }

  /** The probes the interviewer would ask with no answers given, in order. */
  plan(): Probe[] {
    return this.snapshot.plan.map((key) => probeFor(this.gap(key), this.persona));
  }

  clockState(): ClockState {
    return clockAt(Math.max(0, this.clock() - this.startedAt), totalMsFor(this.snapshot.config.minutes));
  }

  /** The first interviewer turn (asked once; later calls return it again). */
  opening(): InterviewerTurn {
    const first = this.snapshot.transcript.find((t): t is InterviewerTurn => t.role === 'interviewer');
    if (first) return first;
    const source = this.snapshot.config.source;
    if (source.kind === 'practice') {
      const question = questionOf(this.snapshot.config, this.options);
      const text = `${question.prompt} Start with the requirements you would clarify, then walk me through your design.`;
      this.state.current = { key: PROMPT_KEY, question: text, answers: [], followUps: 0, stillMissing: [] };
      return this.say('question', text, null);
    }
    const gap = this.takeNext();
    if (!gap) return this.say('wrap-up', WRAP_UP.noMoreGaps, null);
    return this.ask('question', `I've read '${source.name}'. ${probeQuestion(gap, this.persona)}`, gap);
  }

  /** Records the candidate's answer (judged against the gap it answers) and returns the interviewer's reply. */
  answer(text: string): InterviewerTurn {
    if (this.snapshot.transcript.length === 0) this.opening();
    if (this.state.ended || this.state.wrappedUp || !this.state.current) {
      this.record({ role: 'candidate', text, at: this.elapsed() });
      return this.say('wrap-up', isOver(this.clockState()) ? WRAP_UP.timeOver : WRAP_UP.noMoreGaps, null);
    }
    const current = this.state.current;
    if (current.key === PROMPT_KEY) return this.answerPrompt(text);
    current.answers.push(text);
    const gap = this.gap(current.key);
    const judged = judgeAnswer({ gap, answers: current.answers, document: this.document(), analyzeOptions: this.options.analyzeOptions });
    this.record({ role: 'candidate', text, at: this.elapsed(), verdict: judged.verdict });
    this.state.answerMistakes.push(...judged.mistakeExamples);
    current.stillMissing = judged.verdict.stillMissing;
    if (judged.verdict.strong) {
      this.conclude(current, 'strong');
      return this.advance('strong');
    }
    if (current.followUps >= this.persona.pressure) {
      this.conclude(current, 'weak');
      return this.advance('movedOn');
    }
    current.followUps++;
    if (rambles(wordCount(text), judged.verdict.structure, this.persona)) {
      current.question = INTERRUPTION;
      return this.ask('interruption', INTERRUPTION, gap, current.key === CHANGE_KEY);
    }
    const sharpness = current.followUps - 1 + (this.clockState().phase === 'pressure' ? 1 : 0);
    const followUp = followUpQuestion(this.persona, gap.kind, judged.verdict.stillMissing, sharpness);
    current.question = followUp.question;
    return this.ask('follow-up', `${followUp.opener} ${followUp.question}`, gap, current.key === CHANGE_KEY);
  }

  /** A hint at the persona's level: a restatement, the dimension, or two of the missing parts. Never the answer. */
  hint(): InterviewerTurn {
    const current = this.state.current;
    if (!current) return this.say('hint', WRAP_UP.noMoreGaps, null);
    if (current.key === PROMPT_KEY) return this.say('hint', this.promptHint(current.question), null);
    const gap = this.gap(current.key);
    const outcome = this.outcome(current.key);
    outcome.hints++;
    const text = hintText(gap, this.persona, current.stillMissing, current.question);
    return this.ask('hint', text, gap, current.key === CHANGE_KEY);
  }

  /** Skips the current question (recorded for the debrief) and asks the next. */
  skip(): InterviewerTurn {
    const current = this.state.current;
    if (!current) return this.say('wrap-up', WRAP_UP.noMoreGaps, null);
    if (current.key !== PROMPT_KEY) this.conclude(current, 'skipped');
    return this.advance('skipped');
  }

  /**
   * Call on a timer: when a phase's time is up while a question is being discussed, the interviewer moves on;
   * when the session's time is up, it wraps up. Null when there is nothing to say.
   */
  tick(): InterviewerTurn | null {
    if (this.state.ended || this.state.wrappedUp) return null;
    const clock = this.clockState();
    if (isOver(clock)) {
      if (this.state.current && this.state.current.key !== PROMPT_KEY) this.conclude(this.state.current, 'timed-out');
      this.state.current = null;
      this.state.wrappedUp = true;
      return this.say('wrap-up', WRAP_UP.timeOver, null);
    }
    if (PHASES.indexOf(clock.phase) <= PHASES.indexOf(this.state.phase)) return null;
    this.state.phase = clock.phase;
    const current = this.state.current;
    // A question just asked stands, and so does the practice prompt until the candidate has sketched a design:
    // only a discussion of a gap already under way is cut short.
    if (!current || current.key === PROMPT_KEY || current.answers.length === 0) return null;
    this.conclude(current, 'timed-out');
    return this.advance(clock.phase === 'wrap-up' ? 'lastQuestion' : 'timeUp', 'interruption');
  }

  /** Ends the session and returns its debrief. */
  end(): Debrief {
    this.state.ended = true;
    this.snapshot.elapsedMs = this.elapsed();
    return this.debrief();
  }

  /** The debrief of the session so far (end() also stops it). */
  debrief(): Debrief {
    return buildDebrief({
      config: this.snapshot.config,
      persona: this.persona,
      transcript: this.snapshot.transcript,
      gaps: this.snapshot.gaps,
      plan: this.snapshot.plan,
      outcomes: this.state.outcomes,
      answerMistakes: this.state.answerMistakes,
      document: this.documentFacts(),
    });
  }

  /** What an LLM backend needs to phrase this turn in its own words. */
  llmContext(turn: InterviewerTurn): TurnRequest {
    const config = this.snapshot.config;
    const document = this.document();
    const transcript = this.snapshot.transcript.filter((t) => t !== turn && !(t.role === 'interviewer' && t.at === turn.at && t.text === turn.text && t.kind === turn.kind));
    const request: TurnRequest = {
      persona: this.persona,
      level: config.level,
      intent: turn,
      findings: document ? promptFindings(sourceFindings(document)) : [...this.state.sketchFindings],
      transcript,
    };
    if (config.source.kind === 'practice') request.question = questionOf(config, this.options);
    const excerpt = this.excerptFor(turn);
    if (excerpt) request.documentExcerpt = excerpt;
    return request;
  }

  /** Keeps the words the user actually saw when a backend rephrased (or fell back on) the latest turn. */
  recordPhrasing(turn: InterviewerTurn): void {
    const transcript = this.snapshot.transcript;
    const last = transcript[transcript.length - 1];
    if (!last || last.role !== 'interviewer' || last.at !== turn.at || last.kind !== turn.kind) return;
    transcript[transcript.length - 1] = { ...last, text: turn.text, backend: turn.backend, ...(turn.fallbackReason ? { fallbackReason: turn.fallbackReason } : {}) };
  }

  toJSON(): SessionSnapshot {
    return structuredClone({ ...this.snapshot, elapsedMs: this.elapsed() });
  }

  // ---- the conversation ----

  private answerPrompt(text: string): InterviewerTurn {
    const question = questionOf(this.snapshot.config, this.options);
    // Clarifying questions before the design: the interviewer reveals the constraints once.
    if (!this.state.constraintsRevealed && /\?/.test(text)) {
      this.record({ role: 'candidate', text, at: this.elapsed() });
      this.state.current!.answers.push(text);
      this.state.constraintsRevealed = true;
      const reply = `Here is what I have in mind: ${question.constraints.map((c) => c.replace(/[.\s]+$/, '')).join('; ')}. Now walk me through your design.`;
      return this.say('follow-up', reply, null);
    }
    const sketch = analyseDocument(text, this.options.analyzeOptions);
    const verdict = sketchVerdict(sketch);
    this.record({ role: 'candidate', text, at: this.elapsed(), verdict });
    this.state.answerMistakes.push(...verdict.mistakes.map((rule) => ({ rule, quote: sketchQuote(sketch, rule) })));
    this.state.sketchFindings = promptFindings(sourceFindings(sketch));
    this.readSketch(sketch);
    return this.advance('sketchRead');
  }

  /** The practice gaps re-ranked with the candidate's own words from their design sketch. */
  private readSketch(sketch: AnalysedText): void {
    const pending = new Set(this.state.queue);
    const updated = withCandidateWords(this.snapshot.gaps, sketch);
    this.snapshot.gaps = updated;
    this.gapsByKey.clear();
    for (const gap of updated) this.gapsByKey.set(gap.key, gap);
    const fresh = updated.filter((g) => pending.has(g.key) || !this.snapshot.plan.includes(g.key));
    this.state.queue = rankGaps(fresh, this.persona, this.snapshot.config.level).map((g) => g.key);
  }

  /** Moves on: the requirement change when it is due, else the next gap, else the wrap-up. */
  private advance(transition: Transition, kind: InterviewerTurnKind = 'question'): InterviewerTurn {
    this.state.current = null;
    const clock = this.clockState();
    if (isOver(clock)) {
      this.state.wrappedUp = true;
      return this.say('wrap-up', WRAP_UP.timeOver, null);
    }
    if (requirementChangeDue(clock, this.answersGiven(), this.state.requirementChanged) && transition !== 'sketchRead') {
      this.state.requirementChanged = true;
      const change = requirementChangeText(this.practiceQuestion(), this.snapshot.component);
      const gap = this.requirementChangeGap();
      this.state.current = { key: gap.key, question: change, answers: [], followUps: 0, stillMissing: gap.missing };
      return this.say(kind === 'interruption' ? 'interruption' : 'requirement-change', requirementChangeTurnText(transition, change), null);
    }
    const gap = this.takeNext();
    if (!gap) {
      this.state.wrappedUp = true;
      return this.say('wrap-up', WRAP_UP.noMoreGaps, null);
    }
    return this.ask(kind, nextQuestionText(transition, probeQuestion(gap, this.persona)), gap);
  }

  /** The next gap in the queue, made current. */
  private takeNext(): PlannedGap | undefined {
    const key = this.state.queue.shift();
    if (key === undefined) return undefined;
    const gap = this.gap(key);
    this.state.current = { key, question: probeQuestion(gap, this.persona), answers: [], followUps: 0, stillMissing: gap.missing };
    this.outcome(key);
    return gap;
  }

  private conclude(current: CurrentProbe, status: GapOutcome['status']): void {
    const outcome = this.outcome(current.key);
    outcome.status = status;
    outcome.answers = current.answers.length;
    outcome.followUps = current.followUps;
    outcome.stillMissing = status === 'strong' ? [] : current.stillMissing;
  }

  private outcome(key: string): GapOutcome {
    return (this.state.outcomes[key] ??= { status: 'open', answers: 0, followUps: 0, hints: 0, stillMissing: [] });
  }

  private answersGiven(): number {
    return this.snapshot.transcript.filter((t) => t.role === 'candidate' && t.verdict).length;
  }

  private requirementChangeGap(): PlannedGap {
    const known = this.gapsByKey.get(CHANGE_KEY);
    if (known) return known;
    const gap = unquotedGap(CHANGE_KEY, CHANGE_KEY, null);
    this.snapshot.gaps.push(gap);
    this.gapsByKey.set(gap.key, gap);
    return gap;
  }

  private promptHint(question: string): string {
    const hints = this.persona.hints;
    if (hints === 'none') return `Let me restate it. ${question}`;
    if (hints === 'nudge') return 'Start with the numbers: who uses it, how much traffic, and what must never go wrong.';
    const constraints = this.practiceQuestion()?.constraints.slice(0, 2) ?? [];
    return constraints.length ? `Two of the numbers I have in mind: ${constraints.join('; ')}.` : 'Start with the numbers: who uses it, how much traffic, and what must never go wrong.';
  }

  private ask(kind: InterviewerTurnKind, text: string, gap: PlannedGap, isChange = false): InterviewerTurn {
    if (isChange) return this.say(kind, text, null);
    return this.say(kind, text, gap);
  }

  private say(kind: InterviewerTurnKind, text: string, gap: PlannedGap | null): InterviewerTurn {
    const turn: InterviewerTurn = {
      role: 'interviewer',
      kind,
      text,
      gap: gap ? gap.id : null,
      rule: gap ? gap.rule : null,
      phase: this.clockState().phase,
      at: this.elapsed(),
      backend: BUILT_IN_BACKEND_ID,
    };
    if (gap?.quote) turn.quote = gap.quote;
    if (gap?.range && this.snapshot.config.source.kind === 'document') turn.range = gap.range;
    this.record(turn);
    return turn;
  }

  private record(turn: Turn): void {
    this.snapshot.transcript.push(turn);
  }

  private elapsed(): number {
    return Math.max(0, this.clock() - this.startedAt);
  }

  private gap(key: string): PlannedGap {
    const gap = this.gapsByKey.get(key);
    if (!gap) throw new Error(`Unknown gap '${key}' in this interview session.`);
    return gap;
  }

  private document(): AnalysedText | undefined {
    const source = this.snapshot.config.source;
    if (source.kind !== 'document') return undefined;
    return (this.documentCache ??= analyseDocument(source.text, this.options.analyzeOptions));
  }

  /** What the debrief says about the document: its findings on the candidate's text, the linter's score. */
  private documentFacts(): DocumentFacts | null {
    const document = this.document();
    return document ? { findings: sourceFindings(document), score: document.lintScore } : null;
  }

  private practiceQuestion(): PracticeQuestion | undefined {
    return this.snapshot.config.source.kind === 'practice' ? questionOf(this.snapshot.config, this.options) : undefined;
  }

  /** The document section a turn is about (or the document's start), capped: context for an LLM. */
  private excerptFor(turn: InterviewerTurn): string | undefined {
    const document = this.document();
    if (!document?.doc) return undefined;
    const current = this.state.current ? this.gapsByKey.get(this.state.current.key) : undefined;
    const gap = turn.gap && current?.id === turn.gap ? current : undefined;
    const section = gap?.sectionIndex !== undefined ? document.doc.sections[gap.sectionIndex] : undefined;
    const own = document.text.slice(0, document.sourceLength);
    const text = section ? own.slice(section.start, section.scopeEnd) : own;
    return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT)}…` : text;
  }
}

/** Characters of the document an LLM gets with a turn. */
const MAX_EXCERPT = 6000;

function personaOf(config: InterviewConfig): Persona {
  const persona = PERSONAS[config.persona];
  if (!persona) throw new Error(`Unknown interviewer persona '${config.persona}'.`);
  return persona;
}

function questionOf(config: InterviewConfig, options: SessionOptions): PracticeQuestion {
  if (config.source.kind !== 'practice') throw new Error('This interview is about a document, not a practice question.');
  const id = config.source.questionId;
  const question = options.questions ? options.questions.find((q) => q.id === id) : bankQuestion(id);
  if (!question) throw new Error(`Unknown practice question '${id}'.`);
  return question;
}

/** A document with nothing flagged still gets one probe: what breaks first in its biggest component. */
function fallbackGap(component: string | null): PlannedGap {
  const kind = 'structure:failureMode';
  return {
    fixedQuestion: `Nothing in it jumps out as missing, so let's stress it: traffic doubles overnight. What breaks first in ${component ?? 'your design'}, and what do users see?`,
    id: kind,
    key: `${kind}@fallback`,
    kind,
    rule: null,
    part: 'failureMode',
    quote: component ?? '',
    context: '',
    quoteKind: 'none',
    section: null,
    ...(component ? { component } : {}),
    weight: 1,
    missing: gapKindInfo(kind).parts.map((p) => p.name),
  };
}

function promptFindings(findings: readonly Finding[]): TurnRequest['findings'] {
  return findings.map((f) => ({ rule: f.rule, message: f.message, quote: (f.data.trigger ?? '').replace(/\s+/g, ' ').trim() }));
}

/** The design sketch for a practice question: strong when it states at least three of the four parts. */
function sketchVerdict(sketch: AnalysedText): AnswerVerdict {
  const structure = structureOf(sketch);
  const missing = (Object.keys(structure) as Array<keyof typeof structure>).filter((p) => !structure[p].present);
  const mistakes = [...new Set(sourceFindings(sketch).map((f) => f.rule))].filter(isAnswerMistake);
  return { strong: missing.length <= 1, structure, mistakes, stillMissing: missing.map((p) => gapKindInfo(`structure:${p}`).parts[0].name) };
}

function sketchQuote(sketch: AnalysedText, rule: string): string {
  const f = sourceFindings(sketch).find((x) => x.rule === rule);
  return f ? (f.data.trigger ?? sketch.text.slice(f.data.start, f.data.end)).replace(/\s+/g, ' ').trim() : '';
}
