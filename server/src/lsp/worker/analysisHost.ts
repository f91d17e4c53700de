// Main-thread side of the analysis worker: one job at a time, stale jobs skipped before they start, and a
// worker that takes too long (pathological input) terminated and replaced so the server keeps serving.
import { Worker } from 'worker_threads';
import type { AnalyzeOptions, Fix, SectionReport } from '../../analysis/types';
import type { AnalysisKey, AnalysisSummary, WorkerRequest, WorkerResponse } from './workerProtocol';

/** The job was dropped before it started because a newer version of the document arrived. */
export class StaleAnalysisError extends Error {}

/** The worker did not finish in time and was replaced. */
export class AnalysisTimeoutError extends Error {}

/** The analysis threw (or the worker died); the message says why. */
export class AnalysisFailedError extends Error {}

export interface AnalysisHostOptions {
  /** Script the worker runs (the server bundle itself, which checks workerData.role). */
  workerScript: string;
  workerData: unknown;
  timeoutMs: number;
  log(message: string): void;
}

type RequestBody = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

interface Job {
  /** Builds the message; `holds` says whether the current worker already holds the analysis the job names. */
  build(holds: (a: AnalysisKey) => boolean): RequestBody;
  isStale?: () => boolean;
  resolve(value: unknown): void;
  reject(err: Error): void;
}

export class AnalysisHost {
  private worker: Worker | null = null;
  private readonly queue: Job[] = [];
  private running: { id: number; job: Job; timer: NodeJS.Timeout; uri: string } | null = null;
  /** uri -> analysis key the current worker holds. */
  private readonly held = new Map<string, string>();
  private nextId = 1;
  private disposed = false;

  constructor(private readonly options: AnalysisHostOptions) {}

  /** The analysis without its section reports (ask for those with sections()). */
  analyze(a: AnalysisKey, text: string, options: AnalyzeOptions, isStale?: () => boolean): Promise<AnalysisSummary> {
    return this.enqueue<AnalysisSummary>({ build: () => ({ kind: 'analyze', ...a, text, options }), isStale });
  }

  /** Quick fixes for findings (by index) of the analysis `a`; the text is re-sent only when the worker lost it. */
  fixes(a: AnalysisKey, text: string, options: AnalyzeOptions, findings: number[]): Promise<Fix[][]> {
    return this.enqueue<Fix[][]>({
      build: (holds) => ({ kind: 'fixes', ...a, options, findings, text: holds(a) ? undefined : text }),
    });
  }

  /** Section reports of the analysis `a`; the text is re-sent only when the worker lost it. */
  sections(a: AnalysisKey, text: string, options: AnalyzeOptions): Promise<SectionReport[]> {
    return this.enqueue<SectionReport[]>({
      build: (holds) => ({ kind: 'sections', ...a, options, text: holds(a) ? undefined : text }),
    });
  }

  /** Starts the worker and compiles the vocabulary ahead of the first real analysis. */
  warmUp(): void {
    const uri = 'tradeoff:warm-up';
    this.analyze({ uri, key: 'warm-up' }, '# Warm up\n\nThe counters are eventually consistent.\n', {})
      .catch((err: Error) => this.options.log(`Warming up the analysis worker failed: ${err.message}`))
      .finally(() => this.forget(uri));
  }

  forget(uri: string): void {
    this.held.delete(uri);
    if (this.worker) void this.enqueue({ build: () => ({ kind: 'forget', uri }) }).catch(() => undefined);
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.reject(new AnalysisFailedError('server shutting down'));
    if (this.running) {
      clearTimeout(this.running.timer);
      this.running.job.reject(new AnalysisFailedError('server shutting down'));
      this.running = null;
    }
    void this.worker?.terminate();
    this.worker = null;
  }

  private enqueue<T>(job: Omit<Job, 'resolve' | 'reject'>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.disposed) return reject(new AnalysisFailedError('server shutting down'));
      this.queue.push({ ...job, resolve: resolve as (v: unknown) => void, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (!this.running && this.queue.length > 0) {
      const job = this.queue.shift()!;
      if (job.isStale?.()) {
        job.reject(new StaleAnalysisError('a newer version of the document arrived'));
        continue;
      }
      const worker = this.ensureWorker();
      const body = job.build((a) => this.held.get(a.uri) === a.key);
      if (body.kind === 'analyze' || ((body.kind === 'fixes' || body.kind === 'sections') && body.text !== undefined)) this.held.set(body.uri, body.key);
      const id = this.nextId++;
      const timer = setTimeout(() => this.onTimeout(id), this.options.timeoutMs);
      this.running = { id, job, timer, uri: body.uri };
      worker.postMessage({ ...body, id } as WorkerRequest);
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.workerScript, {
      workerData: this.options.workerData,
      // A runaway document fails the worker, not the server. The young generation is a trade: with 8 MB the
      // peak memory was lowest, but each edit's new document (~5 MB allocated on 250 KB) got promoted and the
      // full collections that followed set the edit latency's tail; 16 MB lets most of it die young (bench B
      // p95 ~35 -> ~29 ms) for ~10 MB more peak memory with a 1 MB document open.
      resourceLimits: { maxOldGenerationSizeMb: 1536, maxYoungGenerationSizeMb: 16 },
    });
    worker.on('message', (msg: WorkerResponse) => this.onMessage(worker, msg));
    worker.on('error', (err) => this.onWorkerGone(worker, `the analysis worker failed: ${err.message}`));
    worker.on('exit', (code) => this.onWorkerGone(worker, `the analysis worker exited (code ${code})`));
    this.worker = worker;
    return worker;
  }

  private onMessage(worker: Worker, msg: WorkerResponse): void {
    if (worker !== this.worker || !this.running || this.running.id !== msg.id) return;
    const { job, timer, uri } = this.running;
    clearTimeout(timer);
    this.running = null;
    if (msg.ok) job.resolve(msg.result);
    else {
      // The worker drops a document whose analysis threw.
      this.held.delete(uri);
      this.options.log(`Analysis failed: ${msg.stack ?? msg.error}`);
      job.reject(new AnalysisFailedError(msg.error));
    }
    this.pump();
  }

  private onTimeout(id: number): void {
    if (!this.running || this.running.id !== id) return;
    const { job } = this.running;
    this.running = null;
    this.options.log(`Analysis took longer than ${this.options.timeoutMs} ms; restarting the analysis worker.`);
    this.replaceWorker();
    job.reject(new AnalysisTimeoutError(`took longer than ${Math.round(this.options.timeoutMs / 1000)} s`));
    this.pump();
  }

  private onWorkerGone(worker: Worker, reason: string): void {
    if (worker !== this.worker) return;
    this.options.log(reason);
    this.worker = null;
    this.held.clear();
    if (this.running) {
      clearTimeout(this.running.timer);
      const { job } = this.running;
      this.running = null;
      job.reject(new AnalysisFailedError(reason));
    }
    if (!this.disposed) this.pump();
  }

  private replaceWorker(): void {
    const old = this.worker;
    this.worker = null;
    this.held.clear();
    void old?.terminate();
  }
}
