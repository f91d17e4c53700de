// The answer-structure checklist above each design section: one lens per part, ✓ found / ✗ missing.
import type { CodeLens } from 'vscode-languageserver';
import { STRUCTURE_LABELS, STRUCTURE_PROMPTS } from '../analysis/structureScaffold';
import { STRUCTURE_PARTS, type SectionReport, type StructurePart } from '../analysis/types';

import { INSERT_STRUCTURE_PART_COMMAND, INTERVIEW_SECTION_COMMAND, SHOW_STRUCTURE_PART_COMMAND } from './protocolNames';

/** The lens titles name the parts as the framework does: Constraint -> Failure mode -> Mitigation -> New cost. */
export const LENS_PART_NAMES: Readonly<Record<StructurePart, string>> = {
  constraint: 'Constraint',
  failureMode: 'Failure mode',
  mitigation: 'Mitigation',
  newCost: 'New cost',
};

export interface InsertStructurePartArgs {
  uri: string;
  /** The line of the section's heading (or first line, for text before any heading) when the lens was made. */
  line: number;
  /** The section's heading text then (null without a heading): a different section moved onto `line` is not it. */
  title?: string | null;
  part: StructurePart;
}

export interface ShowStructurePartArgs {
  uri: string;
  range: SectionReport['headingRange'];
}

/** `interviewLens`: the client has the mock interviewer, so each row ends with a lens that starts it on the section. */
export function structureLenses(uri: string, sections: readonly SectionReport[], interviewLens = false): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const section of sections) {
    if (!section.describesDesign) continue;
    const at = { start: section.headingRange.start, end: section.headingRange.start };
    for (const part of STRUCTURE_PARTS) {
      const report = section.structure[part];
      const name = LENS_PART_NAMES[part];
      if (report.present && report.range) {
        const args: ShowStructurePartArgs = { uri, range: report.range };
        lenses.push({
          range: at,
          command: { title: `${name} ✓`, command: SHOW_STRUCTURE_PART_COMMAND, arguments: [args], tooltip: `${name}: “${report.quote ?? ''}” (line ${report.range.start.line + 1}). Click to go there.` },
        });
      } else {
        const args: InsertStructurePartArgs = { uri, line: section.headingRange.start.line, title: section.title, part };
        lenses.push({
          range: at,
          command: {
            title: `${name} ✗`,
            command: INSERT_STRUCTURE_PART_COMMAND,
            arguments: [args],
            tooltip: `No ${name.toLowerCase()} in this section. Click to add “**${STRUCTURE_LABELS[part]}:** ...”: ${STRUCTURE_PROMPTS[part]}.`,
          },
        });
      }
    }
    if (interviewLens) {
      lenses.push({
        range: at,
        command: { title: 'Interview me', command: INTERVIEW_SECTION_COMMAND, arguments: [{ uri, line: section.headingRange.start.line }], tooltip: 'Start a mock interview with follow-ups on this section.' },
      });
    }
  }
  return lenses;
}

export function isInsertStructurePartArgs(value: unknown): value is InsertStructurePartArgs {
  const v = value as InsertStructurePartArgs | null;
  const titleOk = v?.title === undefined || v.title === null || typeof v.title === 'string';
  return typeof v?.uri === 'string' && Number.isInteger(v.line) && v.line >= 0 && titleOk && (STRUCTURE_PARTS as readonly unknown[]).includes(v.part);
}

export function isShowStructurePartArgs(value: unknown): value is ShowStructurePartArgs {
  const v = value as ShowStructurePartArgs | null;
  const isPosition = (p: unknown) => Number.isInteger((p as { line?: unknown } | undefined)?.line) && Number.isInteger((p as { character?: unknown } | undefined)?.character);
  return typeof v?.uri === 'string' && isPosition(v.range?.start) && isPosition(v.range?.end);
}
