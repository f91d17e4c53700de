import * as assert from 'assert';
import * as fc from 'fast-check';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { parseDocument } from '../../../../server/src/analysis/document/model';
import { BUILTIN_CONCEPTS, buildVocabulary } from '../../../../server/src/analysis/vocabulary';
import { anchorsOf, groupEnd, splitTopLevel } from '../../../../server/src/analysis/vocabulary/anchors';
import { isAcronym, termToRegExpSource } from '../../../../server/src/analysis/vocabulary/compile';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

/** Evidence of every corpus and rule fixture, the bench document, and a text spelling every built-in term. */
function texts(): string[] {
  const out: string[] = [];
  const dirs = ['corpus', 'non-design', ...readdirSync(path.join(FIXTURES, 'rules')).map((d) => path.join('rules', d))];
  for (const dir of dirs) {
    for (const f of readdirSync(path.join(FIXTURES, dir)).filter((n) => n.endsWith('.md'))) out.push(readFileSync(path.join(FIXTURES, dir, f), 'utf8'));
  }
  out.push(execFileSync(process.execPath, [path.join(ROOT, 'bench', 'generate.mjs'), '60'], { encoding: 'utf8' }));
  // Every term as written, in capitals and after a hyphen, so each term's own anchor is exercised.
  const terms = Object.values(BUILTIN_CONCEPTS).flatMap((d) => d.terms ?? []).map((t) => t.replace(/\*$/, 'ing'));
  out.push(terms.map((t) => `We see ${t} here; ${t.toUpperCase()} there, x-${t}.`).join('\n\n'));
  return out.map((t) => parseDocument(t).evidence);
}

describe('anchor tables are sound: every place an anchored expression matches is a candidate', () => {
  const vocabulary = buildVocabulary();
  const evidence = texts();
  for (const id of Object.keys(BUILTIN_CONCEPTS)) {
    it(id, () => {
      const concept = vocabulary.get(id);
      const table = vocabulary.anchorTable(id);
      for (const text of evidence) {
        const all = table.candidates(text);
        // False friends too, when they are anchored (the exclusion check then skips sentences without their anchors).
        const friends = concept.exclude && concept.anchored.excludeAnchors ? new RegExp(concept.exclude.source, 'iy') : null;
        for (const re of [concept.anchored.insensitive, concept.anchored.sensitive, friends]) {
          if (!re) continue;
          const k = table.slotOf(concept, re === friends ? 'exclude' : re === concept.anchored.sensitive ? 'sensitive' : 'insensitive')!;
          const candidates = new Set(all.offsets.subarray(all.from[k], all.from[k + 1]));
          for (let at = 0; at < text.length; at++) {
            re.lastIndex = at;
            if (re.test(text) && !candidates.has(at)) {
              assert.fail(`${id}: ${JSON.stringify(text.slice(at, at + 40))} matches at ${at} but is no candidate`);
            }
          }
        }
      }
    });
  }

});

type Kind = 'insensitive' | 'sensitive' | 'exclude';

/** Each alternative of a concept's anchored expressions, with the expression it belongs to. */
function anchoredAlternatives(id: string): Array<{ source: string; kind: Kind }> {
  const def = BUILTIN_CONCEPTS[id];
  const out: Array<{ source: string; kind: Kind }> = [];
  const sources: Array<{ source: string; kind: Kind }> = [
    ...(def.terms ?? []).map((t) => ({ source: termToRegExpSource(t), kind: (isAcronym(t.trim().replace(/\*$/, '')) ? 'sensitive' : 'insensitive') as Kind })),
    ...(def.patterns ?? []).map((p) => ({ source: `(?:${p})`, kind: 'insensitive' as Kind })),
    ...(def.exclude ?? []).map((t) => ({ source: termToRegExpSource(t), kind: 'exclude' as Kind })),
    ...(def.excludePatterns ?? []).map((p) => ({ source: `(?:${p})`, kind: 'exclude' as Kind })),
  ];
  for (const { source, kind } of sources) {
    const inner = source.startsWith('(?:') && groupEnd(source, 0) === source.length ? source.slice(3, -1) : source;
    for (const alt of splitTopLevel(inner)) if (anchorsOf(alt)) out.push({ source: alt, kind });
  }
  return out;
}

/** Strings an alternative matches, \b left out (the generator cannot spell it; the real expression checks it). */
function matchingStrings(source: string): fc.Arbitrary<string> | null {
  try {
    return fc.stringMatching(new RegExp(`^(?:${source.replace(/\\b/g, '')})$`));
  } catch {
    return null; // look-arounds: the corpus texts above still cover these alternatives
  }
}

/** What \s matches besides ASCII white space (the first entry keeps plain spaces). */
const UNICODE_SPACES = [' ', '\u00a0', '\u1680', '\u2000', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];

describe('anchor tables are sound on generated matches of every anchored alternative', () => {
  const vocabulary = buildVocabulary();
  for (const id of Object.keys(BUILTIN_CONCEPTS)) {
    const alternatives = anchoredAlternatives(id);
    if (!alternatives.length) continue;
    it(id, () => {
      const concept = vocabulary.get(id);
      const table = vocabulary.anchorTable(id);
      for (const { source, kind } of alternatives) {
        const strings = matchingStrings(source);
        if (!strings) continue;
        // False friends are only anchored when all of theirs can be (else every sentence is scanned for them).
        if (kind === 'exclude' && !concept.anchored.excludeAnchors) continue;
        const sensitive = kind === 'sensitive';
        const re = kind === 'exclude' ? new RegExp(concept.exclude!.source, 'iy') : sensitive ? concept.anchored.sensitive! : concept.anchored.insensitive!;
        fc.assert(
          fc.property(strings, fc.boolean(), fc.constantFrom(...UNICODE_SPACES), (s, upper, space) => {
            // Every white space \s matches, not only the ASCII ones the generator spells.
            const spaced = s.replace(/[ \t]/g, (c) => (c === ' ' ? space : c));
            const text = `x ${sensitive || !upper ? spaced : spaced.toUpperCase()} y`;
            re.lastIndex = 2;
            if (!re.test(text)) return; // \b not met around what the generator spelled
            const all = table.candidates(text);
            const k = table.slotOf(concept, kind)!;
            assert.ok(all.offsets.subarray(all.from[k], all.from[k + 1]).includes(2), `${id}: ${JSON.stringify(text)} matches but is no candidate`);
          }),
          { numRuns: 60 },
        );
      }
    });
  }
});
