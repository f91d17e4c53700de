// Bench documents: the deterministic generator's output at the standard sizes, and where to edit them.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const GENERATOR = fileURLToPath(new URL('./generate.mjs', import.meta.url));

/** The generated document of about `kb` kilobytes (seed 7, the published one). */
export function benchDocument(kb) {
  return execFileSync(process.execPath, [GENERATOR, String(kb)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * A position in the middle of the document inside a prose paragraph (not a heading, list, table or code
 * line), at the start of a word, so an inserted word lands in a sentence the rules read.
 * @returns {{ line: number, character: number, offset: number }}
 */
export function middleProsePosition(text) {
  const lines = text.split('\n');
  let offset = 0;
  const starts = lines.map((l) => { const s = offset; offset += l.length + 1; return s; });
  for (let d = 0; d < lines.length; d++) {
    for (const line of [(lines.length >> 1) + d, (lines.length >> 1) - d]) {
      const l = lines[line];
      if (l === undefined || !/^[A-Z][a-z]/.test(l) || l.length < 60 || insideFence(lines, line)) continue;
      const character = l.indexOf(' ', l.length >> 1) + 1;
      if (character <= 0) continue;
      return { line, character, offset: starts[line] + character };
    }
  }
  throw new Error('no prose line found in the bench document');
}

function insideFence(lines, line) {
  let open = false;
  for (let i = 0; i < line; i++) if (lines[i].startsWith('```')) open = !open;
  return open;
}
