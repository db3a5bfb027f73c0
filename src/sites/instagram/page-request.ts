// Learning that the settings page's OWN request finished, without sending one and without
// polling: the page's resource timeline (PerformanceObserver, type "resource") gets an entry
// when a fetch or XHR of the page completes, with its status in `responseStatus` (Chromium
// 109+; 0 or absent elsewhere, then unknown). The content script shares the page's DOM
// window, so it sees the page's `POST /api/v1/web/accounts/set_private/` finish (docs/MARKUP.md
// "Making the account private") and only then asks the API what is true now.

export interface FinishedRequest {
  /** The HTTP status, or null when the browser does not tell. */
  readonly status: number | null;
}

export interface RequestWatch {
  /** Resolves when a request to the path finishes after the watch began; never rejects. */
  readonly finished: Promise<FinishedRequest>;
  stop(): void;
}

/** A watch that never sees anything (no PerformanceObserver here): the driver's timeout decides. */
const BLIND: RequestWatch = { finished: new Promise<FinishedRequest>(() => undefined), stop: () => undefined };

export function watchPageRequest(win: (Window & typeof globalThis) | null, path: string): RequestWatch {
  const Observer = win?.PerformanceObserver;
  if (!win || typeof Observer !== 'function') return BLIND;
  const since = win.performance.now();
  let settle: (request: FinishedRequest) => void = () => undefined;
  const finished = new Promise<FinishedRequest>((resolve) => (settle = resolve));
  let observer: PerformanceObserver;
  try {
    observer = new Observer((list) => {
      for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
        if (entry.startTime < since || !sameRequest(entry.name, path, win.location.origin)) continue;
        const status = typeof entry.responseStatus === 'number' && entry.responseStatus > 0 ? entry.responseStatus : null;
        observer.disconnect();
        settle({ status });
        return;
      }
    });
    observer.observe({ type: 'resource' });
  } catch {
    // A browser whose content scripts cannot observe the page's timeline: the driver's
    // bounded wait, then the API, decide.
    return BLIND;
  }
  return { finished, stop: () => observer.disconnect() };
}

function sameRequest(url: string, path: string, origin: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.origin === origin && parsed.pathname === path;
  } catch {
    return false;
  }
}
