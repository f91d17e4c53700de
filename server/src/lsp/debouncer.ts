// One pending timer per document: a new edit restarts the quiet period.
type Pending = { immediate: false; handle: NodeJS.Timeout } | { immediate: true; handle: NodeJS.Immediate };

export class Debouncer {
  private readonly timers = new Map<string, Pending>();

  schedule(uri: string, delayMs: number, run: () => void): void {
    this.cancel(uri);
    const fire = () => {
      this.timers.delete(uri);
      run();
    };
    // No quiet period: setTimeout(0) still waits a millisecond or more; setImmediate runs after pending I/O.
    this.timers.set(uri, delayMs > 0 ? { immediate: false, handle: setTimeout(fire, delayMs) } : { immediate: true, handle: setImmediate(fire) });
  }

  pending(uri: string): boolean {
    return this.timers.has(uri);
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clear(timer);
    this.timers.delete(uri);
  }

  cancelAll(): void {
    for (const timer of this.timers.values()) clear(timer);
    this.timers.clear();
  }
}

function clear(timer: Pending): void {
  if (timer.immediate) clearImmediate(timer.handle);
  else clearTimeout(timer.handle);
}
