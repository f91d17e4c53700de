// Gives up on an LLM turn when nothing happens for a while: no response to a request, no chunk of a started
// stream, or a retry wait (429 retry-after) longer than the turn may take. Re-armed on every sign of life.

/** What the turn was waiting for when the watchdog last re-armed. */
export type TurnWait =
  | { kind: 'response' }
  | { kind: 'retry'; status: number }
  | { kind: 'chunk' };

export class TurnWatchdog {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiting: TurnWait = { kind: 'response' };
  /** What the turn was waiting for when the time ran out; undefined while it has not fired. */
  firedWhile: TurnWait | undefined;

  constructor(
    readonly ms: number,
    private readonly onFire: () => void,
  ) {}

  /** Restarts the countdown: the turn is now waiting for `wait`. */
  arm(wait: TurnWait): void {
    if (this.firedWhile) return;
    this.waiting = wait;
    this.clear();
    this.timer = setTimeout(() => {
      this.firedWhile = this.waiting;
      this.onFire();
    }, this.ms);
  }

  stop(): void {
    this.clear();
  }

  private clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
