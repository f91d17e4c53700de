import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { escapeHtml, panelHtml, type PanelHtmlOptions } from '../../../client/src/interview/panelHtml';

const OPTIONS: PanelHtmlOptions = {
  nonce: 'r4nd0mN0nceABCDEFGH1234',
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/interview/panel.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/interview/panel.css',
  title: 'Mock interview: notification-service.md',
};

const PANEL_JS = readFileSync(path.join(__dirname, '../../../media/interview/panel.js'), 'utf8');

function cspOf(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(match, 'no CSP meta tag');
  return match[1]!.replace(/&amp;/g, '&');
}

describe('client/interview/panelHtml', () => {
  it('sets exactly the strict CSP: nothing by default, the nonce for scripts, no connect-src', () => {
    const csp = cspOf(panelHtml(OPTIONS));
    assert.equal(
      csp,
      "default-src 'none'; style-src https://file+.vscode-resource.vscode-cdn.net; script-src 'nonce-r4nd0mN0nceABCDEFGH1234'; " +
        'img-src https://file+.vscode-resource.vscode-cdn.net data:; font-src https://file+.vscode-resource.vscode-cdn.net;',
    );
    assert.doesNotMatch(csp, /connect-src|unsafe-inline|unsafe-eval/);
  });

  it('has one script tag: panel.js with the nonce', () => {
    const html = panelHtml(OPTIONS);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.deepEqual(scripts, [`<script nonce="${OPTIONS.nonce}" src="${OPTIONS.scriptUri}">`]);
    assert.match(html, /<script [^>]*><\/script>/, 'the script tag has no inline body');
  });

  it('has no inline style or event handler (the CSP would block them; the panel must not rely on them)', () => {
    const html = panelHtml(OPTIONS);
    assert.doesNotMatch(html, /<style\b/i);
    assert.doesNotMatch(html, /\sstyle=/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    assert.match(html, new RegExp(`<link rel="stylesheet" href="${OPTIONS.styleUri.replace(/[.+]/g, '\\$&')}">`));
  });

  it('escapes the title in <title> and the heading', () => {
    const title = `</title><script>alert("x")</script> & 'q'`;
    const html = panelHtml({ ...OPTIONS, title });
    const escaped = "&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 'q'";
    assert.ok(html.includes(`<title>${escaped}</title>`));
    assert.ok(html.includes(`>${escaped}</h1>`));
    assert.equal((html.match(/<script\b/g) ?? []).length, 1);
    assert.ok(!html.includes('alert("x")'));
  });

  it('escapes the URIs so a quote cannot leave the attribute', () => {
    const html = panelHtml({ ...OPTIONS, scriptUri: 'https://x/a.js" onload="evil()', styleUri: 'https://x/a.css"><script>evil()</script>' });
    assert.ok(html.includes('src="https://x/a.js&quot; onload=&quot;evil()"'));
    assert.ok(html.includes('href="https://x/a.css&quot;&gt;&lt;script&gt;evil()&lt;/script&gt;"'));
    const scriptTag = /<script\b([^>]*)>/.exec(html)![1]!;
    // Attribute values are quoted with ": the tag must parse to exactly nonce and src, no injected onload.
    assert.deepEqual([...scriptTag.matchAll(/\s([a-z-]+)="[^"]*"/g)].map((m) => m[1]), ['nonce', 'src']);
    assert.equal(scriptTag.replace(/\s([a-z-]+)="[^"]*"/g, ''), '');
    assert.equal((html.match(/<script\b/g) ?? []).length, 1);
  });

  it('refuses a nonce that is short or could break out of the CSP', () => {
    for (const nonce of ['', 'short', "abcdefghijklmnop'; script-src *", 'abcdefghijklmnop q']) {
      assert.throws(() => panelHtml({ ...OPTIONS, nonce }), /nonce/, JSON.stringify(nonce));
    }
    assert.doesNotThrow(() => panelHtml({ ...OPTIONS, nonce: 'a+b/c=d_e-fAAAAAAAAAAA==' }));
  });

  it('has every element panel.js looks up by id, once', () => {
    const html = panelHtml(OPTIONS);
    const ids = [...PANEL_JS.matchAll(/byId\('([^']+)'\)/g)].map((m) => m[1]!);
    assert.ok(ids.length >= 15, `panel.js looks up ${ids.length} ids`);
    for (const id of ids) assert.equal(html.split(`id="${id}"`).length - 1, 1, `#${id}`);
  });

  it('labels the answer box and the buttons, and makes the transcript a polite live log', () => {
    const html = panelHtml(OPTIONS);
    assert.match(html, /<label for="answer"[^>]*>Your answer<\/label>/);
    assert.match(html, /<section id="transcript"[^>]*role="log" aria-live="polite"/);
    for (const [id, label] of [['send', 'Send'], ['stop', 'Stop'], ['hint', 'Hint'], ['skip', 'Skip'], ['end', 'End &amp; debrief'], ['export', 'Export']]) {
      assert.match(html, new RegExp(`<button type="button" id="${id}"[^>]*>${label}</button>`), id);
    }
  });

  it('escapeHtml escapes what can end a text node or a double-quoted attribute, and nothing else', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp; é</a>`), "&lt;a href=&quot;x&quot; title='y'&gt;&amp;amp; é&lt;/a&gt;");
  });
});
