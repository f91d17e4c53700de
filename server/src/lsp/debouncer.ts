// One pending timer per document: a new edit restarts the quiet period.
export class Debouncer {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  schedule(uri: string, delayMs: number, run: () => void): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        run();
      }, delayMs),
    );
  }

  pending(uri: string): boolean {
    return this.timers.has(uri);
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  cancelAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
