// The one DOM watcher. Facebook mutates thousands of nodes a second; the observer callback
// therefore only decides whether anything relevant happened and queues one flush for the
// next animation frame (uBlock Origin's pattern). rAF callbacks run before the frame is
// painted, so a composer inserted by a task is warned about in the very frame that first
// shows it. Hidden tabs get no animation frames, so there a zero-delay task stands in.

export interface DomWatcher {
  /** Queue a flush (coalesced with any already queued). */
  schedule(): void;
  /** Run a queued flush now, synchronously (e.g. before answering the popup). */
  flushNow(): void;
  /** Hands records not yet delivered to `note`, so a read made now sees every mutation so far. */
  takeRecords(): void;
}

export interface DomWatcherOptions {
  root: Node;
  /** Attribute names that can change what the flush computes; all others are ignored. */
  attributes: readonly string[];
  /** Mutations only inside (or of) nodes for which this returns true are ignored: our own UI. */
  isOwnNode: (node: Node) => boolean;
  flush: () => void;
  /** Stops the watcher for good (its only way to stop: one owner, one abort). */
  signal: AbortSignal;
  /**
   * Asked when a relevant mutation arrives: true means waiting for the next frame would leave
   * a visible gap (the page's re-render just detached one of our hosts), so flush at once.
   */
  urgent?: () => boolean;
  /**
   * Given every relevant mutation record, before the flush is queued: for indexes kept up to
   * date from the records themselves (src/lib/element-index.ts). Returns whether the record
   * can change what the flush computes: a batch of records none of which can (a timeline
   * rewriting its timestamps) queues no flush. Without `note`, every relevant record does.
   */
  note?: (record: MutationRecord) => boolean;
  /**
   * Given the target of a transition's or an animation's end (which changes what is on screen
   * without a mutation: Facebook's sliding panels): true when it can change what the flush
   * computes (e.g. it is inside an indexed container, now marked changed), which queues a
   * flush exactly as a mutation does. Without it, such events are not listened to.
   */
  screenChanged?: (target: Node) => boolean;
  /** Injected in tests and the benchmark. */
  requestFrame?: (cb: () => void) => void;
}

/**
 * The events that end a change of what is on screen. They bubble (transitionend,
 * transitioncancel, animationend), so one capture listener per document sees every one.
 */
export const SCREEN_END_EVENTS = ['transitionend', 'transitioncancel', 'animationend'] as const;

export function watchDom(options: DomWatcherOptions): DomWatcher {
  const { root, attributes, isOwnNode, flush, signal } = options;
  const requestFrame =
    options.requestFrame ??
    ((cb: () => void) => {
      if (document.visibilityState === 'hidden') setTimeout(cb, 0);
      else requestAnimationFrame(cb);
    });
  let queued = false;
  let stopped = false;

  const run = () => {
    if (!queued || stopped) return;
    queued = false;
    flush();
  };
  const schedule = () => {
    if (queued || stopped) return;
    queued = true;
    requestFrame(run);
  };

  const relevant = (record: MutationRecord): boolean => {
    if (isOwnNode(record.target)) return false;
    if (record.type !== 'childList') return true;
    // Removals count even for our own nodes: the page's React may take a host out.
    if (record.removedNodes.length > 0) return true;
    // An indexed loop: no iterator per record (every record the page makes comes here).
    const added = record.addedNodes;
    for (let i = 0; i < added.length; i += 1) if (!isOwnNode(added[i] as Node)) return true;
    return false;
  };

  /** NONE: no record was relevant; SEEN: some were, none wants a flush; WANTED: one does. */
  const NONE = 0;
  const SEEN = 1;
  const WANTED = 2;
  const take = (records: MutationRecord[]): number => {
    const { note } = options;
    let result = NONE;
    for (const record of records) {
      if (!relevant(record)) continue;
      if (!note) return WANTED;
      // Every relevant record is noted (the indexes need them all), wanted or not.
      if (note(record)) result = WANTED;
      else if (result === NONE) result = SEEN;
    }
    return result;
  };

  const observer = new MutationObserver((records) => {
    // Nothing to learn from more records once a flush is queued, unless an index wants
    // them or a detached host must be put back at once.
    if (queued && !options.urgent && !options.note) return;
    const taken = take(records);
    if (taken === NONE) return;
    // A host can be taken out by records no reading wants (React replacing a parent).
    if (options.urgent?.()) {
      queued = true;
      run();
    } else if (taken === WANTED) schedule();
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: attributes.length > 0,
    ...(attributes.length > 0 ? { attributeFilter: [...attributes] } : {}),
    // Visible audience names are text: a React update may change only a text node.
    characterData: true,
  });

  const { screenChanged } = options;
  const doc = root.ownerDocument ?? (root as Document);
  const onScreenEnd = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Node) || stopped || isOwnNode(target)) return;
    if (screenChanged?.(target)) schedule();
  };
  if (screenChanged) {
    // Capture: a page handler that stops propagation cannot hide a slide's end. Passive:
    // it never delays the page. Removed with the signal.
    for (const type of SCREEN_END_EVENTS) doc.addEventListener(type, onScreenEnd, { capture: true, passive: true, signal });
  }

  const stop = () => {
    stopped = true;
    observer.disconnect();
  };
  signal.addEventListener('abort', stop, { once: true });

  return {
    schedule,
    flushNow: () => {
      // Mutations made since the observer last delivered (earlier in this same task).
      take(observer.takeRecords());
      queued = true;
      run();
    },
    takeRecords: () => {
      if (!stopped) take(observer.takeRecords());
    },
  };
}
