// Blanking text for the evidence string: every character but line breaks becomes a space, so offsets and
// line numbers stay those of the source.

const SPACES = ' '.repeat(1024);

/** n spaces. */
export function spaces(n: number): string {
  return n <= SPACES.length ? SPACES.slice(0, n) : ' '.repeat(n);
}

/** s with every character but line breaks (\n, \r) replaced by a space (same length). */
export function blankRange(s: string): string {
  let nl = s.indexOf('\n');
  const cr = s.indexOf('\r');
  if (nl < 0 && cr < 0) return spaces(s.length);
  let out = '';
  let from = 0;
  if (cr < 0) {
    for (; nl >= 0; nl = s.indexOf('\n', from)) {
      out += spaces(nl - from) + '\n';
      from = nl + 1;
    }
  } else {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      out += spaces(i - from) + s[i];
      from = i + 1;
    }
  }
  return out + spaces(s.length - from);
}
