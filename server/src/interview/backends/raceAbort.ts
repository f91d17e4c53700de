// Settles with `promise`, or rejects as soon as `signal` aborts: the SDK's retry sleep cannot be interrupted,
// and Stop must take effect at once.

export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined); // the loser settles later; nobody listens
    return Promise.reject(abortReason(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

/** An Error named AbortError, the convention fetch and the SDK use for a cancelled request. */
export function abortError(message = 'The interviewer turn was stopped.'): Error {
  const err = new Error(message);
  err.name = 'AbortError';
  return err;
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error && signal.reason.name === 'AbortError' ? signal.reason : abortError();
}
