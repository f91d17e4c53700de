// The quality bar's matching (issue 4): whether a planned probe hits one of the three gaps a person labelled
// for a design answer. Shared by the labelled set (qualityBar.test.ts) and the held-out set
// (qualityBarHeldout.test.ts) so both are judged by exactly the same rules.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument, type DesignDocument } from '../../../server/src/analysis/document/model';
import { RULES } from '../../../server/src/analysis/rules';
import { STRUCTURE_PARTS } from '../../../server/src/analysis/types';
import { InterviewSession } from '../../../server/src/interview/session';
import type { Level, Probe } from '../../../server/src/interview/types';

export interface LabelledGap {
  gap: string;
  /** Heading text of the section the gap is in; null for a gap about the whole document. */
  section: string | null;
  why: string;
}

export interface Label {
  file: string;
  persona: 'neutral';
  topGaps: LabelledGap[];
}

export const GAP_IDS = new Set<string>([...RULES.map((r) => r.id), ...STRUCTURE_PARTS.map((p) => `structure:${p}`)]);

/**
 * A missing part and the rule that checks that part in a design section are one gap to the interviewer: a
 * probe on "structure:failureMode" asks what "missing-failure-mode" asks. Fixed before any engine run.
 */
export const SAME_GAP: Readonly<Record<string, string>> = {
  'structure:failureMode': 'missing-failure-mode',
  'structure:newCost': 'mitigation-without-cost',
};

export function gapKind(id: string): string {
  return SAME_GAP[id] ?? id;
}

/** The gap kind a probe is about: its rule, or the structure part its gap id names. */
export function probeKind(probe: Probe): string {
  if (probe.rule) return gapKind(probe.rule);
  const part = /^structure:(\w+)/.exec(probe.gap);
  return part ? gapKind(`structure:${part[1]}`) : probe.gap;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Offsets where a quote occurs, tolerant of the engine clipping it ("...") or re-spacing it. */
export function quoteOffsets(text: string, quote: string): number[] {
  const core = quote.trim().replace(/^["'“‘]+|["'”’]+$/g, '').replace(/(\.\.\.|…)\s*$/, '').replace(/^(\.\.\.|…)\s*/, '').trim();
  if (!core) return [];
  for (const candidate of [core, core.slice(0, 40)]) {
    const pattern = new RegExp(escapeRegExp(candidate).replace(/\s+/g, '\\s+'), 'gi');
    const offsets = [...text.matchAll(pattern)].map((m) => m.index!);
    if (offsets.length) return offsets;
  }
  return [];
}

/** A planned probe with the section the engine placed it in, when it says (undefined: it does not). */
export interface PlacedProbe {
  probe: Probe;
  section?: string | null;
}

/**
 * The probes of the opening plan with their sections. Probe has no section field yet, so the section comes
 * from the session snapshot (its gaps by key, in plan order) when it has that shape; a `section` field on the
 * probe, once the engine adds one, wins.
 */
export function placedPlan(session: InterviewSession): PlacedProbe[] {
  const probes = session.plan();
  const snapshot = session.toJSON() as unknown as { plan?: unknown; gaps?: unknown };
  const sections = new Map<string, string | null>();
  if (Array.isArray(snapshot.plan) && Array.isArray(snapshot.gaps)) {
    for (const g of snapshot.gaps as Array<{ key?: unknown; section?: unknown }>) {
      if (typeof g.key === 'string' && (typeof g.section === 'string' || g.section === null)) sections.set(g.key, g.section);
    }
  }
  return probes.map((probe, i) => {
    const own = (probe as Probe & { section?: unknown }).section;
    if (typeof own === 'string' || own === null) return { probe, section: own };
    const key = Array.isArray(snapshot.plan) && probes.length === snapshot.plan.length ? snapshot.plan[i] : undefined;
    return typeof key === 'string' && sections.has(key) ? { probe, section: sections.get(key) } : { probe };
  });
}

/**
 * Where in the document a probe points: the start of the section it was planned in, nowhere when the engine
 * placed it in no section (a generic question: only a whole-document label can match it), else the section
 * whose heading it quotes, else every place its quote occurs (the loosest: a common word can occur anywhere).
 */
export function probeOffsets(doc: DesignDocument, placed: PlacedProbe): number[] {
  const { probe, section } = placed;
  if (section === null) return [];
  if (typeof section === 'string') {
    const titled = doc.sections.filter((s) => s.heading?.text.trim() === section.trim());
    if (titled.length) return titled.map((s) => s.start);
  }
  const heading = doc.sections.find((s) => s.heading && s.heading.text.trim() === probe.quote.trim());
  if (heading) return [heading.start];
  return quoteOffsets(doc.text, probe.quote);
}

/** Index of the labelled gap a probe hits, or -1. */
export function hitIndex(doc: DesignDocument, label: Label, placed: PlacedProbe): number {
  const kind = probeKind(placed.probe);
  const offsets = probeOffsets(doc, placed);
  return label.topGaps.findIndex((g) => {
    if (gapKind(g.gap) !== kind) return false;
    if (g.section === null) return true;
    // A labelled section covers its subsections: a probe on "Read path > Cache" is a probe on "Read path".
    return doc.sections.some((s) => s.heading?.text.trim() === g.section && offsets.some((o) => o >= s.start && o < s.end));
  });
}

export function describe3(placed: PlacedProbe[]): string {
  return placed.map(({ probe: p, section }, i) => `  ${i + 1}. [${p.gap}] @ ${section ?? '?'} "${p.quote}": ${p.question}`).join('\n');
}

export function planFor(label: Label, text: string): PlacedProbe[] {
  return placedPlan(InterviewSession.start({ source: { kind: 'document', text, name: label.file }, persona: label.persona, level: levelOf(label.file), minutes: 45 }, () => 0));
}

/**
 * The level the answer was written and labelled for, as its file name says ("ride-matching-staff-decent.md"):
 * the candidate picks it when starting a session. Senior where the name does not say.
 */
export function levelOf(file: string): Level {
  return /-(mid|senior|staff)-/.exec(file)?.[1] as Level | undefined ?? 'senior';
}

/** The labels of a fixture directory. */
export function readLabels(dir: string): Label[] {
  return JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8'));
}

/** Index of the labelled gap whose section a probe is asked in, whatever its kind, or -1 (a looser measure than the bar). */
export function sectionIndex(doc: DesignDocument, label: Label, placed: PlacedProbe): number {
  const offsets = probeOffsets(doc, placed);
  return label.topGaps.findIndex((g) => g.section !== null && doc.sections.some((s) => s.heading?.text.trim() === g.section && offsets.some((o) => o >= s.start && o < s.end)));
}

/** The bar on one answer's first three hits: the first hits a labelled gap, and the three hit two distinct ones. */
export function meetsBar(hits: readonly number[]): { first: boolean; twoOfThree: boolean } {
  return { first: hits[0] >= 0, twoOfThree: new Set(hits.filter((h) => h >= 0)).size >= 2 };
}

/** A fixture's first three planned probes and which labelled gap each hits (-1: none). */
export function firstThreeHits(dir: string, label: Label): { doc: DesignDocument; firstThree: PlacedProbe[]; hits: number[] } {
  const text = fs.readFileSync(path.join(dir, label.file), 'utf8');
  const doc = parseDocument(text);
  const firstThree = planFor(label, text).slice(0, 3);
  return { doc, firstThree, hits: firstThree.map((p) => hitIndex(doc, label, p)) };
}

/** The labels' own checks, and the bar over a labelled set: the issue wants every fixture; `floor` holds what is reached. */
export function qualityBarSuite(dir: string, floor: { first: number; twoOfThree: number; firstInSection?: number }): void {
  const labels = readLabels(dir);
  describe('the labelled set', () => {
    it('has one label per design answer in the folder', () => {
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md').sort();
      assert.deepStrictEqual(labels.map((l) => l.file).sort(), files);
    });

    for (const label of labels) {
      it(`${label.file}: three distinct gaps on real gap ids and real sections, each with a reason`, () => {
        const doc = parseDocument(fs.readFileSync(path.join(dir, label.file), 'utf8'));
        assert.strictEqual(label.persona, 'neutral');
        assert.strictEqual(label.topGaps.length, 3);
        const keys = label.topGaps.map((g) => `${gapKind(g.gap)}@${g.section}`);
        assert.strictEqual(new Set(keys).size, 3, `duplicate gaps: ${keys.join(', ')}`);
        for (const g of label.topGaps) {
          assert.ok(GAP_IDS.has(g.gap), `unknown gap id ${g.gap}`);
          if (g.section !== null) assert.ok(doc.sections.some((s) => s.heading?.text.trim() === g.section), `no section "${g.section}"`);
          assert.ok(g.why.trim().length >= 20, `no reason for ${g.gap}`);
        }
      });
    }
  });

  describe('neutral persona, opening plan', () => {
    const verdicts = labels.map((label) => {
      const { doc, firstThree, hits } = firstThreeHits(dir, label);
      const { first, twoOfThree } = meetsBar(hits);
      const inSection = first || (firstThree.length > 0 && sectionIndex(doc, label, firstThree[0]) >= 0);
      const expected = label.topGaps.map((g) => `    - ${g.gap} @ ${g.section ?? '(document)'}`).join('\n');
      return { label, first, inSection, twoOfThree, planned: firstThree.length, context: `  ${label.file}\n  plan:\n${describe3(firstThree)}\n  labelled:\n${expected}` };
    });
    const firstHits = verdicts.filter((v) => v.first).length;
    const twoOfThree = verdicts.filter((v) => v.twoOfThree).length;
    const misses = verdicts.filter((v) => !v.first || !v.twoOfThree);

    it('plans at least one probe for every answer', () => {
      assert.deepStrictEqual(verdicts.filter((v) => v.planned === 0).map((v) => v.label.file), []);
    });

    // The bar is every answer; the floor keeps what has been reached from slipping while the misses are worked on.
    it(`first probe hits one of the three labelled gaps: ${firstHits}/${labels.length} (floor ${floor.first})`, () => {
      assert.ok(firstHits >= floor.first, `only ${firstHits}/${labels.length}; misses:\n${misses.filter((v) => !v.first).map((v) => v.context).join('\n')}`);
    });

    it(`first three probes cover two of them: ${twoOfThree}/${labels.length} (floor ${floor.twoOfThree})`, () => {
      assert.ok(twoOfThree >= floor.twoOfThree, `only ${twoOfThree}/${labels.length}; misses:\n${misses.filter((v) => !v.twoOfThree).map((v) => v.context).join('\n')}`);
    });

    // Looser than the bar: the first question is asked where a labelled gap is, even when its kind differs
    // (a queue's backlog where the label says "what breaks when the job stalls").
    const inSection = verdicts.filter((v) => v.inSection).length;
    it(`first probe is asked in a labelled gap's section (any kind): ${inSection}/${labels.length} (floor ${floor.firstInSection ?? floor.first})`, () => {
      assert.ok(inSection >= (floor.firstInSection ?? floor.first), `only ${inSection}/${labels.length}`);
    });
  });
}
