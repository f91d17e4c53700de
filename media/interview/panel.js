// The mock interview's webview: renders the host's PanelState, applies its HostMessages and posts WebviewMessages
// (the protocol is client/src/interview/panelProtocol.ts; keep the two in step). Plain JS, no framework, no build.
// Every string from the host (model output, document quotes, the user's own answers) is untrusted: it goes into
// the DOM only through textContent, never as HTML. The host answers `ready` with `state`; a turn arrives as
// `status: streaming`, `turnStart`, `turnChunk`s, `turnEnd`, `status: idle`; the end as `debrief`, `status: ended`.
(function () {
  'use strict';

  const vscode = acquireVsCodeApi();

  const KIND_LABELS = {
    question: 'Question',
    'follow-up': 'Follow-up',
    interruption: 'Interruption',
    'requirement-change': 'Requirement change',
    hint: 'Hint',
    'wrap-up': 'Wrap-up',
  };
  const PHASE_LABELS = { clarify: 'Clarify', 'deep-dive': 'Deep dive', pressure: 'Pressure', 'wrap-up': 'Wrap-up' };
  const PART_LABELS = { constraint: 'Constraint', failureMode: 'Failure mode', mitigation: 'Primary mitigation', newCost: 'New cost' };
  const STATUSES = ['idle', 'thinking', 'streaming', 'ended'];
  const NOTICE_LEVELS = ['info', 'warning', 'error'];
  /** The phase clock turns to the warning colour in its last minute. */
  const URGENT_MS = 60_000;
  /** Scrolled within this many pixels of the bottom, new content keeps the view pinned to it. */
  const PIN_SLACK_PX = 48;
  /** Chunks and keystrokes arrive many times a second: their saves are coalesced. */
  const SAVE_DELAY_MS = 200;

  const dom = {
    title: byId('title'),
    meta: byId('meta'),
    clock: byId('clock'),
    clockElapsed: byId('clock-elapsed'),
    clockTotal: byId('clock-total'),
    clockPhase: byId('clock-phase'),
    clockProgress: byId('clock-progress'),
    notice: byId('notice'),
    scroller: byId('scroller'),
    transcript: byId('transcript'),
    thinking: byId('thinking'),
    debrief: byId('debrief'),
    answerArea: byId('answer-area'),
    answer: byId('answer'),
    answerHelp: byId('answer-help'),
    send: byId('send'),
    stop: byId('stop'),
    hint: byId('hint'),
    skip: byId('skip'),
    end: byId('end'),
    export: byId('export'),
  };

  /**
   * What the webview knows. `panel` is the host's PanelState (null until the host or the saved state gives one);
   * `streamingTurnId` is the interviewer turn being streamed; `draft` is the unsent answer.
   */
  const model = { panel: null, streamingTurnId: null, draft: '' };
  /** Turn id -> its <article>, for streaming chunks into place. */
  const turnElements = new Map();
  let saveTimer = undefined;

  restoreSavedState();
  wireControls();
  window.addEventListener('message', (event) => applyHostMessage(event.data));
  renderAll();
  post({ type: 'ready' });

  // ---- Host messages -------------------------------------------------------------------------------------------

  function applyHostMessage(message) {
    if (!message || typeof message !== 'object' || typeof message.type !== 'string') return;
    switch (message.type) {
      case 'state':
        model.panel = normalizePanelState(message.state);
        if (!isBusy() || !findTurn(model.streamingTurnId)) model.streamingTurnId = null;
        renderAll();
        break;
      case 'turnStart':
        startTurn(text(message.id), kindOf(message.kind), text(message.backend));
        break;
      case 'turnChunk':
        appendChunk(text(message.id), text(message.text));
        scheduleSave();
        return;
      case 'turnEnd':
        endTurn(normalizeTurn(message.turn));
        break;
      case 'candidate':
        addCandidateTurn(normalizeTurn(message.turn));
        break;
      case 'clock':
        ensurePanel().clock = normalizeClock(message.clock);
        renderClock();
        break;
      case 'status':
        setStatus(statusOf(message.status));
        break;
      case 'notice':
        ensurePanel().notice = normalizeNotice(message.notice);
        renderNotice();
        break;
      case 'debrief':
        ensurePanel().debrief = normalizeDebrief(message.debrief);
        renderDebrief();
        renderControls();
        revealDebrief();
        break;
      default:
        return;
    }
    save();
  }

  function startTurn(id, kind, backend) {
    const panel = ensurePanel();
    const turn = { id, role: 'interviewer', kind, text: '', backend };
    replaceOrAppendTurn(turn);
    model.streamingTurnId = id;
    panel.status = 'streaming';
    keepPinned(() => renderTurnInPlace(turn));
    renderActivity();
  }

  function appendChunk(id, chunk) {
    let turn = findTurn(id);
    // A chunk for a turn this webview never saw start (it was reloaded mid-stream): start it here.
    if (!turn || turn.role !== 'interviewer') {
      startTurn(id, 'question', '');
      turn = findTurn(id);
    }
    turn.text += chunk;
    model.streamingTurnId = id;
    if (model.panel.status !== 'streaming') model.panel.status = 'streaming';
    keepPinned(() => {
      const article = turnElements.get(id);
      if (!article) return renderTurnInPlace(turn);
      article.querySelector('.turn-text').textContent = turn.text;
      article.classList.toggle('is-empty', turn.text === '');
    });
    renderActivity();
  }

  function endTurn(turn) {
    if (!turn) return;
    const panel = ensurePanel();
    turn.role = 'interviewer';
    replaceOrAppendTurn(turn);
    if (model.streamingTurnId === turn.id) model.streamingTurnId = null;
    if (isBusy()) panel.status = 'idle';
    keepPinned(() => renderTurnInPlace(turn));
    renderActivity();
  }

  function addCandidateTurn(turn) {
    if (!turn) return;
    turn.role = 'candidate';
    replaceOrAppendTurn(turn);
    keepPinned(() => renderTurnInPlace(turn));
  }

  function setStatus(status) {
    const panel = ensurePanel();
    panel.status = status;
    if (!isBusy()) model.streamingTurnId = null;
    renderActivity();
    renderClock();
  }

  // ---- Webview messages ----------------------------------------------------------------------------------------

  function post(message) {
    vscode.postMessage(message);
  }

  function wireControls() {
    dom.send.addEventListener('click', sendAnswer);
    dom.stop.addEventListener('click', stopTurn);
    dom.hint.addEventListener('click', () => requestTurn('hint'));
    dom.skip.addEventListener('click', () => requestTurn('skip'));
    dom.end.addEventListener('click', () => requestTurn('end'));
    dom.export.addEventListener('click', () => post({ type: 'export' }));
    dom.answer.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.isComposing || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      sendAnswer();
    });
    dom.answer.addEventListener('input', () => {
      model.draft = dom.answer.value;
      renderControls();
      scheduleSave();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && isBusy()) {
        event.preventDefault();
        stopTurn();
      }
    });
    // Line links anywhere (turns, debrief) share one handler: they carry their 0-based line in data-line.
    document.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target.closest('button[data-line]') : null;
      if (!target) return;
      const line = Number(target.getAttribute('data-line'));
      if (Number.isInteger(line) && line >= 0) post({ type: 'openLine', line });
    });
    if (/Mac|iPhone|iPad/.test(navigator.platform)) {
      dom.answerHelp.textContent = '⌘+Enter sends · Enter adds a line · Escape stops the interviewer';
    }
    dom.send.title = /Mac|iPhone|iPad/.test(navigator.platform) ? 'Send your answer (⌘+Enter)' : 'Send your answer (Ctrl+Enter)';
  }

  function sendAnswer() {
    if (!canSend()) return;
    const answer = dom.answer.value.trim();
    post({ type: 'answer', text: answer });
    dom.answer.value = '';
    model.draft = '';
    // Busy until the host answers, so a second Ctrl+Enter cannot send twice.
    setStatus('thinking');
    save();
  }

  function stopTurn() {
    if (isBusy()) post({ type: 'stop' });
  }

  function requestTurn(type) {
    if (!model.panel || isBusy() || model.panel.status === 'ended') return;
    post({ type });
    setStatus('thinking');
    save();
  }

  // ---- Rendering -----------------------------------------------------------------------------------------------

  function renderAll() {
    renderHeader();
    renderClock();
    renderNotice();
    renderTranscript();
    renderDebrief();
    if (dom.answer.value !== model.draft) dom.answer.value = model.draft;
    renderActivity();
  }

  /** What changes with the status: the thinking indicator, the streaming mark, the buttons. */
  function renderActivity() {
    const busy = isBusy();
    const streaming = findTurn(model.streamingTurnId);
    for (const [id, article] of turnElements) article.classList.toggle('is-streaming', busy && id === model.streamingTurnId);
    const waiting = !model.panel || (busy && (!streaming || streaming.text === ''));
    dom.thinking.hidden = !waiting;
    dom.transcript.setAttribute('aria-busy', String(busy));
    renderControls();
  }

  function renderHeader() {
    const panel = model.panel;
    const title = panel ? panel.title : dom.title.textContent;
    dom.title.textContent = title;
    document.title = title;
    dom.meta.replaceChildren();
    if (!panel) return;
    const parts = [
      ['Persona', panel.persona],
      ['Level', panel.level],
      ['Source', panel.source],
    ].filter(([, value]) => value);
    parts.forEach(([label, value], i) => {
      if (i > 0) dom.meta.append(el('span', 'meta-separator', ' · '));
      const item = el('span', 'meta-item');
      item.append(el('span', 'meta-label', `${label} `), el('span', 'meta-value', value));
      dom.meta.append(item);
    });
  }

  function renderClock() {
    const panel = model.panel;
    const clock = panel ? panel.clock : normalizeClock(null);
    const ended = panel && panel.status === 'ended';
    dom.clockElapsed.textContent = formatDuration(clock.elapsedMs, Math.floor);
    dom.clockTotal.textContent = formatDuration(clock.totalMs, Math.floor);
    const phase = PHASE_LABELS[clock.phase] || PHASE_LABELS.clarify;
    const remaining = formatDuration(clock.phaseRemainingMs, Math.ceil);
    dom.clockPhase.textContent = ended ? 'Interview ended' : `${phase} · ${remaining} left`;
    dom.clockProgress.max = Math.max(clock.totalMs, 1);
    dom.clockProgress.value = Math.min(clock.elapsedMs, dom.clockProgress.max);
    dom.clock.classList.toggle('is-urgent', !ended && clock.phaseRemainingMs <= URGENT_MS);
    dom.clock.setAttribute(
      'aria-label',
      ended
        ? `Interview ended after ${formatDuration(clock.elapsedMs, Math.floor)}`
        : `Elapsed ${formatDuration(clock.elapsedMs, Math.floor)} of ${formatDuration(clock.totalMs, Math.floor)}; ${phase} phase, ${remaining} left`,
    );
  }

  function renderNotice() {
    const notice = model.panel && model.panel.notice;
    dom.notice.replaceChildren();
    if (!notice) return;
    const box = el('div', `notice notice--${notice.level}`);
    const label = { info: 'Note', warning: 'Warning', error: 'Error' }[notice.level];
    const message = el('p', 'notice-text');
    message.append(el('strong', 'notice-label', `${label}: `), document.createTextNode(notice.text));
    const dismiss = el('button', 'icon-button', '×');
    dismiss.type = 'button';
    dismiss.setAttribute('aria-label', 'Dismiss notice');
    dismiss.title = 'Dismiss';
    dismiss.addEventListener('click', () => {
      if (model.panel) model.panel.notice = undefined;
      renderNotice();
      save();
      dom.answer.focus();
    });
    box.append(message, dismiss);
    dom.notice.append(box);
  }

  function renderTranscript() {
    turnElements.clear();
    dom.transcript.replaceChildren();
    const turns = model.panel ? model.panel.turns : [];
    for (const turn of turns) {
      const article = turnArticle(turn);
      turnElements.set(turn.id, article);
      dom.transcript.append(article);
    }
    dom.scroller.scrollTop = dom.scroller.scrollHeight;
  }

  /** Replaces a turn's article (same id) or appends a new one. */
  function renderTurnInPlace(turn) {
    const article = turnArticle(turn);
    const previous = turnElements.get(turn.id);
    if (previous && previous.parentNode === dom.transcript) previous.replaceWith(article);
    else dom.transcript.append(article);
    turnElements.set(turn.id, article);
  }

  function turnArticle(turn) {
    const interviewer = turn.role === 'interviewer';
    const kind = interviewer ? kindOf(turn.kind) : null;
    const article = el('article', `turn turn--${interviewer ? 'interviewer' : 'candidate'}${kind ? ` turn--${kind}` : ''}`);
    article.setAttribute('data-turn-id', turn.id);
    const head = el('div', 'turn-head');
    head.append(el('span', 'turn-who', interviewer ? 'Interviewer' : 'You'));
    if (kind) head.append(el('span', `badge badge--${kind}`, KIND_LABELS[kind]));
    if (interviewer && turn.backend) head.append(el('span', 'turn-backend', turn.backend));
    article.append(head, el('div', 'turn-text', turn.text));
    if (interviewer && turn.text === '') article.classList.add('is-empty');
    if (typeof turn.line === 'number') {
      const source = el('p', 'turn-source');
      source.append(document.createTextNode('Quotes your document, '), lineLink(turn.line));
      if (turn.quote) source.title = turn.quote;
      article.append(source);
    }
    if (turn.fallbackReason) {
      const note = el('p', 'turn-fallback');
      note.append(el('strong', '', 'Built-in interviewer used: '), document.createTextNode(turn.fallbackReason));
      article.append(note);
    }
    if (interviewer && model.streamingTurnId === turn.id && isBusy()) article.classList.add('is-streaming');
    return article;
  }

  function renderControls() {
    const panel = model.panel;
    const busy = isBusy();
    const ended = !!panel && panel.status === 'ended';
    const ready = !!panel && !busy && !ended;
    const previouslyFocused = document.activeElement;
    dom.answerArea.hidden = ended;
    dom.send.disabled = !canSend();
    dom.stop.disabled = !busy;
    dom.hint.disabled = !ready;
    dom.skip.disabled = !ready;
    dom.end.disabled = !ready;
    // Once ended only Export is left: the session's buttons go rather than sit there disabled.
    for (const button of [dom.send, dom.stop, dom.hint, dom.skip, dom.end]) button.hidden = ended;
    dom.export.hidden = !(panel && panel.debrief);
    // A button that just got disabled would drop focus to <body>: keep the keyboard user near the answer box.
    if (previouslyFocused instanceof HTMLButtonElement && (previouslyFocused.disabled || previouslyFocused.hidden)) {
      if (!ended) dom.answer.focus();
      else if (!dom.export.hidden) dom.export.focus();
    }
  }

  function renderDebrief() {
    const debrief = model.panel && model.panel.debrief;
    dom.debrief.replaceChildren();
    dom.debrief.hidden = !debrief;
    if (!debrief) return;
    const heading = el('h2', 'debrief-title', 'Debrief');
    heading.id = 'debrief-title';
    heading.tabIndex = -1;
    dom.debrief.append(heading, signalCard(debrief.signal));

    if (debrief.fixesFirst.length) {
      dom.debrief.append(el('h3', '', 'Practise these first'));
      const list = el('ol', 'fixes');
      for (const fix of debrief.fixesFirst) {
        const item = el('li', 'fix');
        const title = el('p', 'fix-title');
        title.append(el('strong', '', fix.title));
        const line = lineOf(fix);
        if (line !== undefined) title.append(document.createTextNode(' '), lineLink(line));
        item.append(title, el('p', 'fix-why', fix.why));
        list.append(item);
      }
      dom.debrief.append(list);
    }

    if (debrief.answers.length) {
      dom.debrief.append(el('h3', '', 'Your answers'));
      debrief.answers.forEach((answer, index) => dom.debrief.append(answerCard(answer, index)));
    }

    if (debrief.mistakes.length) {
      dom.debrief.append(el('h3', '', 'Mistakes that showed'));
      const list = el('ul', 'mistakes');
      for (const mistake of debrief.mistakes) {
        const item = el('li', 'mistake');
        item.append(el('code', 'rule-id', mistake.rule));
        if (mistake.count > 1) item.append(el('span', 'mistake-count', ` ×${mistake.count}`));
        if (mistake.example) item.append(document.createTextNode(' — '), el('q', 'quote', mistake.example));
        const line = lineOf(mistake) ?? lineOfQuote(mistake.example);
        if (line !== undefined) item.append(document.createTextNode(' '), lineLink(line));
        list.append(item);
      }
      dom.debrief.append(list);
    }

    if (debrief.unprobed.length) {
      dom.debrief.append(el('h3', '', 'Not reached (time ran out)'));
      const list = el('ul', 'unprobed');
      for (const gap of debrief.unprobed) {
        const item = el('li');
        item.append(el('code', 'rule-id', gap));
        list.append(item);
      }
      dom.debrief.append(list);
    }
  }

  function signalCard(signal) {
    const card = el('div', 'signal');
    const score = el('div', 'signal-score');
    score.append(el('span', 'signal-number', String(signal.score)), el('span', 'signal-max', '/100'));
    const body = el('div', 'signal-body');
    const verdict = el('p', 'signal-label');
    verdict.append(document.createTextNode('Seniority signal: reads as '), el('strong', '', signal.label));
    body.append(verdict);
    if (signal.reasons.length) {
      const reasons = el('ul', 'signal-reasons');
      for (const reason of signal.reasons) reasons.append(el('li', '', reason));
      body.append(reasons);
    }
    card.append(score, body);
    return card;
  }

  function answerCard(answer, index) {
    const card = el('article', `debrief-answer ${answer.verdict.strong ? 'is-strong' : 'is-weak'}`);
    const head = el('h4', 'debrief-answer-title');
    head.append(
      document.createTextNode(`Answer ${index + 1} `),
      el('span', `verdict ${answer.verdict.strong ? 'verdict--strong' : 'verdict--weak'}`, answer.verdict.strong ? 'strong' : 'needs work'),
    );
    const question = el('p', 'debrief-question');
    question.append(el('span', 'debrief-q-label', 'Question: '), document.createTextNode(answer.question));
    const line = lineOf(answer) ?? lineOfQuestion(answer.question);
    if (line !== undefined) question.append(document.createTextNode(' '), lineLink(line));
    const said = el('details', 'debrief-said');
    said.append(el('summary', '', 'Your answer'), el('p', 'debrief-said-text', answer.answer));

    const parts = el('dl', 'parts');
    for (const part of Object.keys(PART_LABELS)) {
      const found = answer.verdict.structure[part] || { present: false };
      const row = el('div', `part ${found.present ? 'part--found' : 'part--missing'}`);
      const value = el('dd', 'part-value');
      value.append(el('span', 'part-mark', found.present ? '✓ found' : '✗ missing'));
      if (found.present && found.quote) value.append(document.createTextNode(' '), el('q', 'quote', found.quote));
      row.append(el('dt', 'part-name', PART_LABELS[part]), value);
      parts.append(row);
    }
    card.append(head, question, parts);
    if (answer.verdict.mistakes.length) {
      const mistakes = el('p', 'debrief-mistakes');
      mistakes.append(el('span', 'debrief-q-label', 'Mistakes: '));
      answer.verdict.mistakes.forEach((rule, i) => {
        if (i > 0) mistakes.append(document.createTextNode(', '));
        mistakes.append(el('code', 'rule-id', rule));
      });
      card.append(mistakes);
    }
    if (answer.verdict.stillMissing.length) {
      const missing = el('p', 'debrief-missing');
      missing.append(el('span', 'debrief-q-label', 'Still missing: '), document.createTextNode(answer.verdict.stillMissing.join('; ')));
      card.append(missing);
    }
    card.append(said);
    return card;
  }

  function revealDebrief() {
    const heading = document.getElementById('debrief-title');
    if (!heading) return;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  function lineLink(line) {
    const link = el('button', 'link', `line ${line + 1}`);
    link.type = 'button';
    link.setAttribute('data-line', String(line));
    link.title = `Open line ${line + 1} in the document`;
    return link;
  }

  /** Keeps the transcript scrolled to the bottom across an update if the user was reading the bottom. */
  function keepPinned(update) {
    const scroller = dom.scroller;
    const pinned = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight <= PIN_SLACK_PX;
    update();
    if (pinned) scroller.scrollTop = scroller.scrollHeight;
  }

  // ---- Model helpers -------------------------------------------------------------------------------------------

  function ensurePanel() {
    if (!model.panel) model.panel = normalizePanelState({});
    return model.panel;
  }

  function isBusy() {
    return !!model.panel && (model.panel.status === 'thinking' || model.panel.status === 'streaming');
  }

  function canSend() {
    return !!model.panel && model.panel.status === 'idle' && dom.answer.value.trim() !== '';
  }

  function findTurn(id) {
    if (!model.panel || id === null || id === undefined) return undefined;
    return model.panel.turns.find((turn) => turn.id === id);
  }

  function replaceOrAppendTurn(turn) {
    const turns = ensurePanel().turns;
    const index = turns.findIndex((t) => t.id === turn.id);
    if (index >= 0) turns[index] = turn;
    else turns.push(turn);
  }

  /** The document line of a debrief entry, when the host gave one (`line`, or a `range`). */
  function lineOf(entry) {
    if (isLine(entry.line)) return entry.line;
    const start = entry.range && entry.range.start;
    return start && isLine(start.line) ? start.line : undefined;
  }

  /** The line of the interviewer turn that asked this question, found by its text. */
  function lineOfQuestion(question) {
    const turn = model.panel.turns.find((t) => t.role === 'interviewer' && t.text === question && isLine(t.line));
    return turn ? turn.line : undefined;
  }

  /** The line of an interviewer turn that quoted these words. */
  function lineOfQuote(quote) {
    if (!quote) return undefined;
    const turn = model.panel.turns.find((t) => t.role === 'interviewer' && t.quote === quote && isLine(t.line));
    return turn ? turn.line : undefined;
  }

  // ---- Saved state (hide/show, reload) -------------------------------------------------------------------------

  /** The saved state is the PanelState plus the unsent draft and the streaming turn id, so the host's serializer can read it as a PanelState. */
  function save() {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    if (!model.panel) return;
    vscode.setState(Object.assign({}, model.panel, { draft: model.draft, streamingTurnId: model.streamingTurnId }));
  }

  function scheduleSave() {
    if (saveTimer === undefined) saveTimer = setTimeout(save, SAVE_DELAY_MS);
  }

  function restoreSavedState() {
    const saved = vscode.getState();
    if (!saved || typeof saved !== 'object' || !Array.isArray(saved.turns)) return;
    model.panel = normalizePanelState(saved);
    model.draft = typeof saved.draft === 'string' ? saved.draft : '';
    model.streamingTurnId = typeof saved.streamingTurnId === 'string' ? saved.streamingTurnId : null;
  }

  // ---- Normalising untrusted input: every field gets the type the renderer expects ------------------------------

  function normalizePanelState(raw) {
    const state = isObject(raw) ? raw : {};
    const turns = Array.isArray(state.turns) ? state.turns.map(normalizeTurn).filter(Boolean) : [];
    return {
      title: text(state.title) || 'Mock interview',
      persona: text(state.persona),
      level: text(state.level),
      source: text(state.source),
      turns,
      clock: normalizeClock(state.clock),
      status: statusOf(state.status),
      debrief: normalizeDebrief(state.debrief),
      notice: normalizeNotice(state.notice),
    };
  }

  function normalizeTurn(raw) {
    if (!isObject(raw)) return undefined;
    const turn = { id: text(raw.id), role: raw.role === 'candidate' ? 'candidate' : 'interviewer', text: text(raw.text) };
    if (turn.role === 'interviewer') turn.kind = kindOf(raw.kind);
    if (raw.backend) turn.backend = text(raw.backend);
    if (raw.fallbackReason) turn.fallbackReason = text(raw.fallbackReason);
    if (isLine(raw.line)) turn.line = raw.line;
    if (raw.quote) turn.quote = text(raw.quote);
    return turn;
  }

  function normalizeClock(raw) {
    const clock = isObject(raw) ? raw : {};
    return {
      elapsedMs: nonNegative(clock.elapsedMs),
      totalMs: nonNegative(clock.totalMs),
      phase: Object.prototype.hasOwnProperty.call(PHASE_LABELS, clock.phase) ? clock.phase : 'clarify',
      phaseRemainingMs: nonNegative(clock.phaseRemainingMs),
    };
  }

  function normalizeNotice(raw) {
    if (!isObject(raw) || !raw.text) return undefined;
    return { level: NOTICE_LEVELS.includes(raw.level) ? raw.level : 'info', text: text(raw.text) };
  }

  function normalizeDebrief(raw) {
    if (!isObject(raw)) return undefined;
    const list = (value) => (Array.isArray(value) ? value.filter(isObject) : []);
    const signal = isObject(raw.signal) ? raw.signal : {};
    return {
      answers: list(raw.answers).map((a) => ({
        question: text(a.question),
        answer: text(a.answer),
        verdict: normalizeVerdict(a.verdict),
        line: isLine(a.line) ? a.line : undefined,
        range: normalizeRange(a.range),
      })),
      mistakes: list(raw.mistakes).map((m) => ({
        rule: text(m.rule),
        count: nonNegative(m.count),
        example: text(m.example),
        line: isLine(m.line) ? m.line : undefined,
        range: normalizeRange(m.range),
      })),
      fixesFirst: list(raw.fixesFirst).map((f) => ({
        gap: text(f.gap),
        title: text(f.title),
        why: text(f.why),
        line: isLine(f.line) ? f.line : undefined,
        range: normalizeRange(f.range),
      })),
      signal: { score: Math.round(nonNegative(signal.score)), label: text(signal.label), reasons: strings(signal.reasons) },
      unprobed: strings(raw.unprobed),
    };
  }

  function normalizeVerdict(raw) {
    const verdict = isObject(raw) ? raw : {};
    const structure = {};
    for (const part of Object.keys(PART_LABELS)) {
      const found = isObject(verdict.structure) && isObject(verdict.structure[part]) ? verdict.structure[part] : {};
      structure[part] = { present: found.present === true, quote: found.quote ? text(found.quote) : undefined };
    }
    return { strong: verdict.strong === true, structure, mistakes: strings(verdict.mistakes), stillMissing: strings(verdict.stillMissing) };
  }

  function normalizeRange(raw) {
    return isObject(raw) && isObject(raw.start) && isLine(raw.start.line) ? { start: { line: raw.start.line } } : undefined;
  }

  function kindOf(value) {
    return Object.prototype.hasOwnProperty.call(KIND_LABELS, value) ? value : 'question';
  }

  function statusOf(value) {
    return STATUSES.includes(value) ? value : 'idle';
  }

  function text(value) {
    return value === undefined || value === null ? '' : String(value);
  }

  function strings(value) {
    return Array.isArray(value) ? value.map(text) : [];
  }

  function nonNegative(value) {
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
  }

  function isLine(value) {
    return Number.isInteger(value) && value >= 0;
  }

  function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }

  // ---- DOM -----------------------------------------------------------------------------------------------------

  function byId(id) {
    const node = document.getElementById(id);
    if (!node) throw new Error(`panel.js: #${id} is missing from the panel HTML`);
    return node;
  }

  /** An element with a class and text; the text is set with textContent, so it is never parsed as HTML. */
  function el(tag, className, content) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  function formatDuration(ms, round) {
    const seconds = Math.max(0, round(ms / 1000));
    const minutes = Math.floor(seconds / 60);
    return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  }
})();
