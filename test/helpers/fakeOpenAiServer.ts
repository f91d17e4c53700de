// A real OpenAI-compatible HTTP server on 127.0.0.1 for tests: speaks POST /chat/completions (streaming SSE),
// records every request, and serves a scripted reply per request (stream, HTTP error, stall, malformed chunk).
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface RecordedRequest {
  method: string;
  /** Path with query, e.g. "/v1/chat/completions". */
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The parsed JSON body (undefined if it was not JSON). */
  body: any;
  /** Milliseconds (Date.now) when the request arrived. */
  receivedAt: number;
}

export type FakeReply =
  /** A streamed completion: one SSE chunk per content delta, then `finish_reason: stop` and `[DONE]`. */
  | { kind: 'stream'; deltas: string[] }
  /** An HTTP error with an OpenAI-style `{ error }` body. */
  | { kind: 'error'; status: number; message?: string; code?: string; headers?: Record<string, string> }
  /** Headers and one content chunk, then silence (the connection stays open until the client gives up). */
  | { kind: 'stall'; firstDelta: string }
  /** One good chunk, then a `data:` line that is not JSON. */
  | { kind: 'malformed'; firstDelta: string }
  /** A stream that ends properly without any content. */
  | { kind: 'empty' }
  /** Reads the request and never answers, not even headers. */
  | { kind: 'hang' }
  /** One good chunk, then an `{ error }` object in the stream (a server giving up mid-answer). */
  | { kind: 'streamError'; firstDelta: string; message: string };

export class FakeOpenAiServer {
  readonly requests: RecordedRequest[] = [];
  private queue: FakeReply[] = [{ kind: 'stream', deltas: ['What happens?'] }];

  private constructor(
    private readonly server: http.Server,
    readonly port: number,
  ) {}

  static async start(): Promise<FakeOpenAiServer> {
    let fake!: FakeOpenAiServer;
    const server = http.createServer((req, res) => fake.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    fake = new FakeOpenAiServer(server, (server.address() as AddressInfo).port);
    return fake;
  }

  /** The base URL a client uses (OpenAI style, ending in /v1). */
  get baseURL(): string {
    return `http://127.0.0.1:${this.port}/v1`;
  }

  /** Replies for the next requests, in order; the last one repeats for any further request. Clears the record. */
  serve(...replies: FakeReply[]): void {
    if (replies.length === 0) throw new Error('serve() needs at least one reply');
    this.queue = [...replies];
    this.requests.length = 0;
  }

  /** Requests to the chat completions endpoint only. */
  get completions(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.endsWith('/chat/completions'));
  }

  async close(): Promise<void> {
    // Stalled streams keep their sockets open: cut them so close() resolves.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const receivedAt = Date.now();
    const body: Buffer[] = [];
    req.on('data', (c: Buffer) => body.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(body).toString('utf8');
      let parsed: unknown;
      try {
        parsed = raw ? JSON.parse(raw) : undefined;
      } catch {
        parsed = undefined;
      }
      this.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: parsed, receivedAt });
      if (req.method !== 'POST' || !(req.url ?? '').endsWith('/chat/completions')) {
        sendError(res, 404, `Unknown path ${req.url}`);
        return;
      }
      const reply = this.queue.length > 1 ? this.queue.shift()! : this.queue[0];
      const model = (parsed as { model?: string } | undefined)?.model ?? 'unknown';
      this.reply(res, reply, model);
    });
  }

  private reply(res: http.ServerResponse, reply: FakeReply, model: string): void {
    switch (reply.kind) {
      case 'error':
        sendError(res, reply.status, reply.message ?? `HTTP ${reply.status}`, reply.code, reply.headers);
        return;
      case 'stream':
        startStream(res);
        res.write(sse(chunk(model, { role: 'assistant', content: '' }, null)));
        for (const d of reply.deltas) res.write(sse(chunk(model, { content: d }, null)));
        res.write(sse(chunk(model, {}, 'stop')));
        res.end('data: [DONE]\n\n');
        return;
      case 'empty':
        startStream(res);
        res.write(sse(chunk(model, { role: 'assistant', content: '' }, null)));
        res.write(sse(chunk(model, {}, 'stop')));
        res.end('data: [DONE]\n\n');
        return;
      case 'stall':
        startStream(res);
        res.write(sse(chunk(model, { role: 'assistant', content: reply.firstDelta }, null)));
        return; // never ends
      case 'hang':
        return;
      case 'streamError':
        startStream(res);
        res.write(sse(chunk(model, { role: 'assistant', content: reply.firstDelta }, null)));
        res.write(sse({ error: { message: reply.message, type: 'server_error', code: null } }));
        res.end();
        return;
      case 'malformed':
        startStream(res);
        res.write(sse(chunk(model, { role: 'assistant', content: reply.firstDelta }, null)));
        res.write('data: {"id":"chatcmpl-fake","choices":[{"delta":{"content":"trunc\n\n');
        res.end('data: [DONE]\n\n');
        return;
    }
  }
}

function startStream(res: http.ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  res.flushHeaders();
}

function sendError(res: http.ServerResponse, status: number, message: string, code?: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ error: { message, type: status === 401 ? 'invalid_request_error' : 'server_error', param: null, code: code ?? null } });
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
}

function chunk(model: string, delta: Record<string, string>, finish: string | null): object {
  return { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1700000000, model, choices: [{ index: 0, delta, finish_reason: finish }] };
}

function sse(data: object): string {
  return `data: ${JSON.stringify(data)}\n\n`;
}
