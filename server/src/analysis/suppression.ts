// Inline suppression comments: tradeoff-disable / -enable / -disable-next-line / -disable-file.
import type { DesignDocument } from './document/model';

export interface Suppressions {
  /** The whole file is disabled. */
  file: boolean;
  isSuppressed(rule: string, line: number): boolean;
  /** Rule ids named in directives that are not rules (typos): they suppress nothing. 0-based lines. */
  unknownRules: Array<{ rule: string; line: number }>;
}

type Directive = { kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file'; rules: string[] | null; line: number; endLine: number };

// The kind must end at white space or the comment's end: "tradeoff-disable-nextline" is a typo, not a disable.
const DIRECTIVE = /^\s*tradeoff-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([\s\S]*)$/;

export function parseDirectives(doc: DesignDocument): Directive[] {
  const out: Directive[] = [];
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const names = m[2]
      .replace(/--.*$/s, '') // "-- reason" after the rule ids is a free-text justification
      .split(/[\s,]+/)
      .filter(Boolean);
    out.push({ kind: m[1] as Directive['kind'], rules: names.length ? names : null, line: doc.lines.lineOf(c.start), endLine: doc.lines.lineOf(c.end) });
  }
  return out;
}

export function buildSuppressions(doc: DesignDocument, knownRules: ReadonlySet<string> = new Set()): Suppressions {
  const directives = parseDirectives(doc);
  const unknownRules = knownRules.size
    ? directives.flatMap((d) => (d.rules ?? []).filter((r) => !knownRules.has(r)).map((rule) => ({ rule, line: d.line })))
    : [];
  const file = directives.some((d) => d.kind === 'disable-file' && d.rules === null);
  const fileRules = new Set(directives.filter((d) => d.kind === 'disable-file' && d.rules).flatMap((d) => d.rules!));
  // Line-scoped: rule -> set of lines; block-scoped: ordered disable/enable events.
  const lineScoped = new Map<string, Set<number>>();
  const events = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  for (const d of directives) {
    if (d.kind !== 'disable-next-line' && d.kind !== 'disable-line') continue;
    const line = d.kind === 'disable-next-line' ? d.endLine + 1 : d.line;
    for (const r of d.rules ?? ['*']) {
      let set = lineScoped.get(r);
      if (!set) lineScoped.set(r, (set = new Set()));
      set.add(line);
    }
  }
  return {
    file,
    unknownRules,
    isSuppressed(rule: string, line: number): boolean {
      if (file || fileRules.has(rule)) return true;
      if (lineScoped.get(rule)?.has(line) || lineScoped.get('*')?.has(line)) return true;
      let disabled = false;
      for (const e of events) {
        if (e.line > line) break;
        if (e.rules === null || e.rules.includes(rule)) disabled = e.kind === 'disable';
      }
      return disabled;
    },
  };
}
