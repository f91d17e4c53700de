// How many unexpected server exits are restarted: at most `maxRestarts` within a sliding window, then stop
// (a server that crashes on start would otherwise loop forever). Pure, so it is tested without VS Code.

export interface RestartDecision {
  restart: boolean;
  /** Restarts within the window, this one included (when restarting). */
  count: number;
  maxRestarts: number;
}

export class RestartPolicy {
  private readonly exits: number[] = [];

  constructor(
    readonly maxRestarts = 5,
    readonly windowMs = 3 * 60_000,
  ) {}

  /** Records an unexpected exit at `now` and says whether to restart. */
  exited(now: number): RestartDecision {
    this.exits.push(now);
    while (this.exits.length > 0 && now - this.exits[0] > this.windowMs) this.exits.shift();
    const count = this.exits.length;
    return { restart: count <= this.maxRestarts, count: Math.min(count, this.maxRestarts), maxRestarts: this.maxRestarts };
  }

  /** A deliberate restart by the user starts counting afresh. */
  reset(): void {
    this.exits.length = 0;
  }
}
