// The line break inserted text uses: the document's own, so an edit never mixes CRLF and LF.

/** CRLF when the text uses any, else LF. */
export function lineBreakOfText(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
