// Wrapping for the terminal: a long line breaks at spaces, and its continuation lines start under the text after
// its bullet ("  1. ", "     A: ", "  - "), so a debrief stays readable in an 80-column terminal.

/** Where a line's text starts after its indentation and bullet. */
const HANGING = /^(\s*(?:[-*]\s+|\d+\.\s+(?:[A-Z]:\s+)?|[A-Z][\w ]{0,15}:\s+)?)/;

export function wrapLine(line: string, width: number): string {
  if (line.length <= width) return line;
  const head = HANGING.exec(line)![1];
  const indent = ' '.repeat(Math.min(head.length, Math.floor(width / 2)));
  const [first, ...rest] = line.slice(head.length).split(/ +/);
  const out: string[] = [];
  let current = `${head}${first}`;
  for (const word of rest) {
    if (current.length + 1 + word.length > width) {
      out.push(current);
      current = `${indent}${word}`;
    } else {
      current = `${current} ${word}`;
    }
  }
  out.push(current);
  return out.join('\n');
}

/** Every line of a text wrapped to the width. */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}
