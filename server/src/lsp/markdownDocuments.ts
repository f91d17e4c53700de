// Which documents the server analyses: markdown only, by language id or by file extension.
const MARKDOWN_EXTENSION = /\.(md|markdown)$/i;

export function isMarkdownDocument(doc: { uri: string; languageId: string }): boolean {
  if (doc.languageId === 'markdown') return true;
  // The path part only: a query or fragment must not decide the type.
  const path = doc.uri.replace(/[?#].*$/, '');
  return MARKDOWN_EXTENSION.test(path);
}
