// Polls for an asynchronous result with a deadline; never a fixed sleep. A timeout names what was awaited
// and the last state seen, so a failure says what went wrong.

const POLL_MS = 50;

/**
 * Resolves with the first truthy value of `probe`. `describe` renders the last probed value (or error) into
 * the timeout message.
 */
export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  ms = 15_000,
  describe: (last: T | undefined | null | false) => string = (last) => JSON.stringify(last),
): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T | undefined | null | false;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (last) return last;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const seen = lastError !== undefined ? `error: ${(lastError as Error).message ?? lastError}` : describe(last);
      throw new Error(`Timed out after ${ms} ms waiting for ${what}; last seen: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
