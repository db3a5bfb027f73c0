// The person's own public posts: a marker on each (every one loaded in the page, not only
// those on screen), the one-post switch, and the batch bar. Fed by the controller's one DOM
// watcher (note/flush), never by an observer of its own; a flush in which no post changed
// reads no post.
import type { OwnPostReading, OwnPostsSite } from '../sites/own-posts-site';
import type { SwitchResult } from '../sites/site';
import { createPostIndex } from './own-posts-index';
import { BatchRun, type BatchItem } from './own-posts-batch';
import { MarkerHost, type MarkerState } from '../warning/Marker';
import { BatchHost } from '../warning/Batch';
import { bumpStat } from '../lib/stats';
import type { OwnPostsStatus, TabStatus } from '../lib/messages';
import type { Feature } from './feature';

/** How long a post's "done" marker stays before it goes away. */
export const MARKER_DONE_MS = 8000;
/** A post switch that has not finished by then is abandoned and reported as failed. */
export const POST_SWITCH_TIMEOUT_MS = 30000;

interface Entry {
  key: string | Element;
  reading: OwnPostReading;
  host: MarkerHost | null;
  state: MarkerState;
  errorKey?: string;
  doneTimer?: ReturnType<typeof setTimeout>;
}


export interface OwnPostsOptions {
  site: OwnPostsSite;
  doc: Document;
  signal: AbortSignal;
  /** Ask for a flush on the next frame / now (the controller's watcher). */
  schedule(): void;
  flushNow(): void;
  isDark(): boolean;
  /** Whether marking is on (the site is enabled in the settings). */
  enabled(): boolean;
}

export class OwnPosts implements Feature {
  private index;
  /** The last reading of every post that shows an audience (the person's or not). */
  private readonly readings = new Map<Element, OwnPostReading>();
  private readonly entries = new Map<string | Element, Entry>();
  /** Which entry each read post belongs to. */
  private readonly keyByRoot = new Map<Element, string | Element>();
  private profileControl: Element | null = null;
  /** Read every post on the next pass (after marking was switched off and on again). */
  private readAll = false;
  private href = '';
  private batchHost: BatchHost | null = null;
  private batch: BatchRun | null = null;
  private batchKey = '';
  private readonly abort = new AbortController();
  /** The number of marked entries, null after any entry changed. */
  private markedCache: number | null = null;
  /** An element was removed since the hosts were last found all in place. */
  private maybeDetached = true;

  constructor(private readonly o: OwnPostsOptions) {
    this.index = createPostIndex(o.site.posts);
    o.signal.addEventListener('abort', () => this.teardown(), { once: true });
  }

  /** The site was switched on: records were not noted while it was off, so start from a full read. */
  start(): void {
    this.index = createPostIndex(this.o.site.posts);
    this.readAll = true;
  }

  note(record: MutationRecord): boolean {
    return this.index.note(record);
  }

  /** One pass, from the controller's reconcile (once per frame at most). */
  reconcile(): void {
    this.flush();
  }

  private flush(): void {
    if (this.abort.signal.aborted) return;
    if (!this.o.enabled()) {
      if (!this.batch || this.batch.state === 'finished' || this.batch.state === 'stopped') this.clear();
      return;
    }
    const { doc, site } = this.o;
    const { posts, dirty, removed, outside } = this.index.read(doc);
    for (const el of removed) this.readings.delete(el);

    // The own profile's "Edit profile": looked for only where something new appeared (or on
    // a new address), held while it stays in the page.
    let reread: Iterable<Element> = dirty;
    const href = doc.location?.href ?? '';
    const lost = this.profileControl !== null && !this.profileControl.isConnected;
    if (lost || href !== this.href) this.profileControl = null;
    let found: Element | null = null;
    if (this.profileControl === null) {
      if (outside === null || href !== this.href) found = site.findProfileControl(doc, doc);
      else for (const node of outside) if ((found = site.findProfileControl(node, doc))) break;
      if (found) this.profileControl = found;
    }
    this.href = href;
    const fullPass = lost || found !== null || this.readAll;
    if (fullPass) reread = posts;
    this.readAll = false;

    const changed: Element[] = [];
    for (const root of reread) {
      const previous = fullPass ? undefined : this.readings.get(root);
      const reading = site.readPost(root, doc, this.profileControl, previous);
      // The same reading: nothing this post shows changed (its like count, its timestamp).
      if (reading !== null && reading === previous) continue;
      changed.push(root);
      if (reading) this.readings.set(root, reading);
      else this.readings.delete(root);
    }
    // Only the posts that changed are looked at again; nothing changed, nothing to do,
    // unless the page took one of our hosts out.
    if (changed.length > 0 || removed.length > 0) this.update(changed, removed);
    else if (this.hostDetached()) for (const e of this.entries.values()) if (e.host && !e.host.element.isConnected) this.render(e);
  }

  private keyOf(r: OwnPostReading): string | Element {
    return r.key ?? r.root;
  }

  private update(changed: readonly Element[], removed: readonly Element[]): void {
    this.markedCache = null;
    for (const root of changed) {
      const reading = this.readings.get(root);
      const oldKey = this.keyByRoot.get(root);
      if (!reading || !reading.own) {
        this.keyByRoot.delete(root);
        if (oldKey !== undefined) this.forget(root, oldKey);
        continue;
      }
      const key = this.keyOf(reading);
      if (oldKey !== undefined && oldKey !== key) this.forget(root, oldKey);
      this.keyByRoot.set(root, key);
      let entry = this.entries.get(key);
      if (!entry) {
        if (reading.audience !== 'public') continue;
        entry = { key, reading, host: null, state: 'marked' };
        this.entries.set(key, entry);
      }
      entry.reading = reading;
      // A post that is no longer public needs no marker, unless it shows the result of a switch.
      if (reading.audience === 'public' && entry.state === 'done') entry.state = 'marked';
      if (reading.audience !== 'public' && entry.state !== 'switching' && entry.state !== 'done') this.drop(entry);
      else this.render(entry);
    }
    for (const root of removed) {
      const key = this.keyByRoot.get(root);
      this.keyByRoot.delete(root);
      if (key !== undefined) this.forget(root, key);
    }
    this.renderBatch();
  }

  /** The post `root` is gone or no longer the person's: its marker goes (a re-rendered post is found again by its key). */
  private forget(root: Element, key: string | Element): void {
    const entry = this.entries.get(key);
    if (entry && entry.reading.root === root && entry.state !== 'switching') this.drop(entry);
  }

  private drop(entry: Entry): void {
    this.markedCache = null;
    clearTimeout(entry.doneTimer);
    entry.host?.destroy();
    this.entries.delete(entry.key);
  }

  private static isMarked(e: Entry): boolean {
    return e.reading.audience === 'public' && (e.state === 'marked' || e.state === 'error');
  }

  private marked(): Entry[] {
    return [...this.entries.values()].filter(OwnPosts.isMarked);
  }

  /** How many are marked (asked on every pass, for the status): counted again only after an entry changed. */
  private markedCount(): number {
    if (this.markedCache === null) {
      let n = 0;
      for (const e of this.entries.values()) if (OwnPosts.isMarked(e)) n += 1;
      this.markedCache = n;
    }
    return this.markedCache;
  }

  private render(entry: Entry): void {
    if (!entry.host) entry.host = new MarkerHost(this.o.doc);
    entry.host.update({
      state: entry.state,
      errorKey: entry.errorKey,
      current: this.batch?.current?.key === entry.key,
      dark: this.o.isDark(),
      onMakeFriends: (event) => {
        if (event.isTrusted && !this.batchBusy()) void this.makeFriends(entry);
      },
    });
    const { parent, before } = entry.reading.anchor;
    const el = entry.host.element;
    const target = before !== null && before.parentNode === parent && before !== el ? before : null;
    const placed = el.parentNode === parent && (target === null || el.nextSibling === target);
    if (!placed) parent.insertBefore(el, target);
  }

  private batchBusy(): boolean {
    return this.batch !== null && (this.batch.state === 'running' || this.batch.state === 'paused');
  }

  /** Finds the entry's post now (React may have replaced it): its known root, else a pass first. */
  private finder(entry: Entry): () => Element | null {
    return () => {
      if (!entry.reading.root.isConnected) this.o.flushNow();
      const now = this.entries.get(entry.key);
      return now && now.reading.root.isConnected ? now.reading.root : null;
    };
  }

  private async makeFriends(entry: Entry): Promise<boolean> {
    if (entry.state === 'switching') return false;
    entry.state = 'switching';
    this.markedCache = null;
    entry.errorKey = undefined;
    clearTimeout(entry.doneTimer);
    this.render(entry);
    const signal = AbortSignal.any([this.abort.signal, AbortSignal.timeout(POST_SWITCH_TIMEOUT_MS)]);
    let result: SwitchResult;
    try {
      result = await this.o.site.makeFriends(this.finder(entry), this.o.doc, signal);
    } catch (error) {
      result = { ok: false, messageKey: 'errorOwnPostByHand', diagnostic: `unexpected: ${String(error)}` };
    }
    if (this.abort.signal.aborted) return false;
    const now = this.entries.get(entry.key) ?? entry;
    this.markedCache = null;
    if (result.ok) {
      now.state = 'done';
      void bumpStat('ownPostsSwitched');
      now.doneTimer = setTimeout(() => {
        if (now.state === 'done') this.drop(now);
        this.renderBatch();
      }, MARKER_DONE_MS);
    } else {
      now.state = 'error';
      now.errorKey = result.messageKey;
      console.info(`[Audience Guard] own post not switched: ${result.diagnostic}`);
    }
    if (!this.entries.has(now.key)) this.entries.set(now.key, now);
    this.markedCache = null;
    this.o.flushNow();
    if (now.host) this.render(now);
    return result.ok;
  }

  /** Starts the batch over every marked post; false when there is none or one runs. */
  startBatch(): boolean {
    if (this.batchBusy()) return false;
    const items: BatchItem[] = [];
    const links = new Set<string>();
    for (const e of this.marked()) {
      const href = this.o.site.permalinkOf(e.reading.root);
      // One post shown twice (the timeline and a dialog over it) is changed once.
      if (href !== null && links.has(href)) continue;
      if (href !== null) links.add(href);
      items.push({ key: e.key, label: this.o.site.labelOf(e.reading.root), href, result: null });
    }
    if (items.length === 0) return false;
    const run = new BatchRun(
      items,
      async (item) => {
        const entry = this.entries.get(item.key);
        if (!entry || entry.reading.audience !== 'public') return false;
        // The current post is highlighted and brought into view.
        entry.reading.root.scrollIntoView?.({ block: 'center' });
        return this.makeFriends(entry);
      },
      () => {
        this.renderBatch();
        for (const e of this.entries.values()) if (e.host) this.render(e);
      },
      this.abort.signal,
    );
    this.batch = run;
    void run.run();
    return true;
  }

  private renderBatch(): void {
    const marked = this.markedCount();
    if (marked === 0 && !this.batch) {
      this.batchHost?.destroy();
      this.batchHost = null;
      this.batchKey = '';
      return;
    }
    if (!this.batchHost) this.batchHost = new BatchHost(this.o.doc);
    const host = this.batchHost;
    const view = this.batch?.view() ?? null;
    const key = JSON.stringify([marked, view, this.o.isDark()]);
    if (key !== this.batchKey) {
      this.batchKey = key;
      host.update({
        marked,
        batch: view,
        dark: this.o.isDark(),
        onAction: (action, event) => {
          if (!event.isTrusted) return;
          this.onBatchAction(action);
        },
      });
    }
    const body = this.o.doc.body;
    if (body && host.element.parentNode !== body) body.append(host.element);
  }

  private onBatchAction(action: 'make-all-private' | 'pause' | 'resume' | 'stop' | 'close'): void {
    if (action === 'make-all-private') this.startBatch();
    else if (action === 'pause') this.batch?.pause();
    else if (action === 'resume') this.batch?.resume();
    else if (action === 'stop') this.batch?.stop();
    else if (action === 'close' && !this.batchBusy()) {
      this.batch = null;
      this.renderBatch();
    }
  }

  /** Whether one of our hosts was detached by the page (put back at once). */
  hostDetached(): boolean {
    // A host can only leave the page with an element removed: until one is, the check of
    // every marker (asked on each batch of records) has nothing to find.
    if (this.index.takeRemoved()) this.maybeDetached = true;
    if (!this.maybeDetached) return false;
    for (const e of this.entries.values()) if (e.host && !e.host.element.isConnected && e.reading.root.isConnected) return true;
    if (this.batchHost !== null && !this.batchHost.element.isConnected) return true;
    this.maybeDetached = false;
    return false;
  }

  addStatus(status: TabStatus): void {
    status.ownPosts = this.status();
  }

  status(): OwnPostsStatus {
    // Counts only: the status travels to the background (no post's text or address).
    const b = this.batch;
    return { marked: this.markedCount(), batch: b ? { state: b.state, done: b.done, failed: b.failed, total: b.total, waiting: b.waiting } : null };
  }

  clear(): void {
    this.markedCache = null;
    for (const entry of [...this.entries.values()]) this.drop(entry);
    this.readings.clear();
    this.keyByRoot.clear();
    this.readAll = true;
    this.batchHost?.destroy();
    this.batchHost = null;
    this.batchKey = '';
    this.batch = null;
  }

  teardown(): void {
    if (this.abort.signal.aborted) return;
    this.abort.abort();
    this.clear();
  }
}
