// Waiting for the page to react, without polling: a MutationObserver re-checks at most once
// per frame, a timeout ends the wait, and the caller's AbortSignal ends it early.

export interface WaitOptions {
  timeoutMs: number;
  signal: AbortSignal;
}

/** Resolves with the first truthy `read()`, or null on timeout or abort. `read` must not throw. */
export function waitFor<T>(doc: Document, read: () => T | null | undefined | false, options: WaitOptions): Promise<T | null> {
  const safeRead = (): T | null => {
    try {
      return read() || null;
    } catch {
      return null;
    }
  };
  return new Promise((resolve) => {
    const first = safeRead();
    if (first !== null || options.signal.aborted) {
      resolve(first);
      return;
    }
    let finished = false;
    let queued = false;
    const view = doc.defaultView;
    const finish = (value: T | null) => {
      if (finished) return;
      finished = true;
      observer.disconnect();
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const check = () => {
      queued = false;
      if (finished) return;
      const value = safeRead();
      if (value !== null) finish(value);
    };
    const observer = new MutationObserver(() => {
      if (queued || finished) return;
      queued = true;
      // Once per frame; hidden tabs get no frames, so a short task stands in there.
      if (view && doc.visibilityState !== 'hidden') view.requestAnimationFrame(check);
      else setTimeout(check, 16);
    });
    observer.observe(doc, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(() => finish(safeRead()), options.timeoutMs);
    const onAbort = () => finish(null);
    options.signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** A pause that ends early on abort (used only to let the page settle after a click). */
export function settle(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
