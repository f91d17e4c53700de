// Writes every analysis result (findings, sections, structure, score; fresh and cached after an edit) for the
// corpus, the rule fixtures and the 250 KB bench document to a JSON file. A speed-up must leave it
// byte-identical: run it before and after the change and compare, e.g.
//   npx tsx bench/resultSnapshot.ts /tmp/before.json   (on the old code)
//   npx tsx bench/resultSnapshot.ts /tmp/after.json && cmp /tmp/before.json /tmp/after.json
import { execFileSync } from 'child_process';
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { analyze, createAnalysisCache } from '../server/src/analysis';

const ROOT = path.join(__dirname, '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const out = process.argv[2];
if (!out) {
  console.error('usage: npx tsx bench/resultSnapshot.ts OUT.json');
  process.exit(2);
}

const documents: Array<[string, string]> = [];
for (const dir of ['corpus', 'non-design', ...readdirSync(path.join(FIXTURES, 'rules')).map((d) => path.join('rules', d))]) {
  for (const f of readdirSync(path.join(FIXTURES, dir)).filter((n) => n.endsWith('.md')).sort()) {
    documents.push([path.join(dir, f), readFileSync(path.join(FIXTURES, dir, f), 'utf8')]);
  }
}
documents.push(['bench-250kb', execFileSync(process.execPath, [path.join(__dirname, 'generate.mjs'), '250'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })]);

const results: Record<string, unknown> = {};
const cache = createAnalysisCache();
for (const [name, text] of documents) {
  results[name] = analyze(text);
  // The cached path after a one-word edit in the middle must agree too.
  const mid = text.indexOf(' ', text.length >> 1) + 1;
  analyze(text, { cache });
  results[`${name}#edit`] = analyze(`${text.slice(0, mid)}clearly ${text.slice(mid)}`, { cache });
}
writeFileSync(out, JSON.stringify(results));
console.log(`${documents.length} documents -> ${out}`);
