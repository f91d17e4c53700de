// The interview webview's HTML: a static skeleton that media/interview/panel.js fills in. Pure (no vscode import)
// so it is unit-tested and loaded as-is by the headless-chromium UI test. Everything dynamic is rendered by
// panel.js with textContent; the only interpolated values here are escaped.

export interface PanelHtmlOptions {
  /** Fresh per render, base64/base64url characters, at least 16 of them (it goes into the CSP and an attribute). */
  nonce: string;
  /** `webview.cspSource`: where the stylesheet, images and fonts may come from. */
  cspSource: string;
  /** `webview.asWebviewUri(media/interview/panel.js)`, as a string. */
  scriptUri: string;
  /** `webview.asWebviewUri(media/interview/panel.css)`, as a string. */
  styleUri: string;
  /** The panel's title (the document or practice question), shown until the first state arrives. */
  title: string;
}

const NONCE_SHAPE = /^[A-Za-z0-9+/_=-]{16,}$/;

/** The Content-Security-Policy: no network (no connect-src), no inline style, only the nonce'd script. */
export function panelCsp(nonce: string, cspSource: string): string {
  return `default-src 'none'; style-src ${cspSource}; script-src 'nonce-${nonce}'; img-src ${cspSource} data:; font-src ${cspSource};`;
}

export function panelHtml({ nonce, cspSource, scriptUri, styleUri, title }: PanelHtmlOptions): string {
  // A nonce with a quote or space would break out of the CSP; a short one is guessable.
  if (!NONCE_SHAPE.test(nonce)) throw new Error('panelHtml: the nonce must be 16+ base64 characters');
  const e = escapeHtml;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${e(panelCsp(nonce, cspSource))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${e(styleUri)}">
<title>${e(title)}</title>
</head>
<body>
<div class="app">
  <header class="session-header">
    <div class="session-heading">
      <h1 id="title" class="session-title">${e(title)}</h1>
      <p id="meta" class="session-meta"></p>
    </div>
    <div id="clock" class="clock" role="timer" aria-label="Interview clock">
      <div class="clock-times"><span id="clock-elapsed" class="clock-elapsed">00:00</span> / <span id="clock-total">00:00</span></div>
      <div id="clock-phase" class="clock-phase"></div>
      <progress id="clock-progress" class="clock-progress" max="1" value="0" aria-hidden="true"></progress>
    </div>
  </header>
  <div id="notice" class="notice-region" role="status"></div>
  <main id="scroller" class="scroller" tabindex="-1">
    <section id="transcript" class="transcript" role="log" aria-live="polite" aria-label="Interview transcript"></section>
    <p id="thinking" class="thinking" role="status" hidden><span class="thinking-dots" aria-hidden="true"><span></span><span></span><span></span></span><span>The interviewer is thinking…</span></p>
    <section id="debrief" class="debrief" aria-labelledby="debrief-title" hidden></section>
  </main>
  <footer class="composer">
    <div id="answer-area" class="answer-area">
      <label for="answer" class="answer-label">Your answer</label>
      <textarea id="answer" class="answer" rows="4" aria-describedby="answer-help" aria-keyshortcuts="Control+Enter Meta+Enter" placeholder="Answer the question: constraint, failure mode, mitigation, new cost…"></textarea>
      <p id="answer-help" class="answer-help">Ctrl+Enter sends · Enter adds a line · Escape stops the interviewer</p>
    </div>
    <div class="toolbar" role="toolbar" aria-label="Interview actions">
      <button type="button" id="send" class="button primary" aria-keyshortcuts="Control+Enter Meta+Enter">Send</button>
      <button type="button" id="stop" class="button secondary" aria-keyshortcuts="Escape" title="Stop the interviewer's turn (Escape)">Stop</button>
      <button type="button" id="hint" class="button secondary" title="Ask for a hint">Hint</button>
      <button type="button" id="skip" class="button secondary" title="Skip this question">Skip</button>
      <span class="toolbar-spacer"></span>
      <button type="button" id="end" class="button secondary" title="End the interview and show the debrief">End &amp; debrief</button>
      <button type="button" id="export" class="button primary" title="Export the transcript and debrief as markdown" hidden>Export</button>
    </div>
  </footer>
</div>
<script nonce="${e(nonce)}" src="${e(scriptUri)}"></script>
</body>
</html>
`;
}

/** Text for an HTML text node or a double-quoted attribute (every attribute here is double-quoted, so ' stays). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ENTITIES[c]!);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
