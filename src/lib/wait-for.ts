// Waiting for the page to react, without polling. A wait re-checks at most once per frame
// when anything that changes what is on screen happens: a DOM mutation, or the end of a CSS
// transition or animation (Facebook slides its panels with transitions, which move things on
// screen without any mutation: docs/MARKUP.md "The audience chooser"). A timeout ends the
// wait only for a site that really does not answer; the caller's AbortSignal ends it early.

export interface WaitOptions {
  timeoutMs: number;
  signal: AbortSignal;
  /**
   * Called when the wait ends by its timeout (not by abort), whether the last look found the
   * value or not: a step that only succeeds when its timeout fires waited for nothing that
   * woke it. Lets a caller count such steps (the bench's machine-independent budget).
   */
  onTimeout?: () => void;
}

/** Events that change what is on screen without a DOM mutation. They bubble to the document. */
const SCREEN_EVENTS = ['transitionend', 'transitioncancel', 'animationend', 'animationcancel'] as const;

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
      for (const type of SCREEN_EVENTS) doc.removeEventListener(type, wake, true);
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
    const wake = () => {
      if (queued || finished) return;
      queued = true;
      // Once per frame; hidden tabs get no frames, so a short task stands in there.
      if (view && doc.visibilityState !== 'hidden') view.requestAnimationFrame(check);
      else setTimeout(check, 16);
    };
    const observer = new MutationObserver(wake);
    observer.observe(doc, { childList: true, subtree: true, attributes: true, characterData: true });
    // Capture: a page's handler that stops propagation cannot hide a slide's end from us.
    for (const type of SCREEN_EVENTS) doc.addEventListener(type, wake, { capture: true, passive: true });
    const timer = setTimeout(() => {
      options.onTimeout?.();
      finish(safeRead());
    }, options.timeoutMs);
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
