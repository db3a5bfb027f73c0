// The content script's core: one DOM watcher feeds one reconcile pass per frame, which
// asks the site adapter what composers are open and keeps exactly one warning host in each
// composer that is about to post publicly (or whose audience cannot be read).
import type { Runtime } from 'webextension-polyfill';
import { ext, listenForMessages } from '../lib/ext';
import type { Composer, SiteAdapter, SwitchResult } from '../sites/site';
import type { PopupToContent, SwitchOutcome, TabStatus, WarningState } from '../lib/messages';
import { isBackgroundToContent, isPopupToContent } from '../lib/messages';
import { watchDom, type DomWatcher } from '../lib/dom-watcher';
import { createElementIndex, type ElementIndex } from '../lib/element-index';
import { createWarningHost, isOwnNode, type WarningHost } from '../warning/host';
import { loadSettings, onSettingsChanged, defaultSettings, type Settings } from '../lib/settings';
import { bumpStat } from '../lib/stats';
import { extensionContextValid } from '../lib/extension-context';
import { OwnPosts } from './own-posts';

/** How long the "done" confirmation stays before the host goes away. */
export const DONE_MS = 8000;
/** A switch that has not finished by then is abandoned and reported as failed. */
export const SWITCH_TIMEOUT_MS = 20000;

interface Entry {
  composer: Composer;
  host: WarningHost | null;
  state: WarningState;
  dismissed: boolean;
  whyOpen: boolean;
  errorKey?: string;
  /** Audience read back after a successful switch, shown in the "done" host. */
  doneAudience?: Composer['audience'];
  doneTimer?: ReturnType<typeof setTimeout>;
  /** A warning for this composer was counted already. */
  counted: boolean;
  /** What the host was last rendered with, to skip identical renders. */
  renderKey?: string;
  /** Aborted when the composer goes away: a switch still running for it stops at once. */
  gone: AbortController;
}

export class Controller {
  private readonly entries = new Map<Element, Entry>();
  private settings: Settings = defaultSettings();
  private watcher: DomWatcher | null = null;
  private readonly abort = new AbortController();
  private lastStatusJson = '';
  /** The adapter's containers (dialogs), kept from the watcher's records. */
  private readonly containers: ElementIndex;
  /** The last reading, reused while nothing inside the containers changed. */
  private composers: Composer[] = [];
  /** Read the composers on the next pass even if no container changed (async news, settings). */
  private readAgain = true;
  /** The person's own public posts (Facebook): markers and the batch (own-posts.ts). */
  private ownPosts: OwnPosts | null = null;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly doc: Document,
  ) {
    this.containers = createElementIndex(adapter.containers);
  }

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  async start(): Promise<void> {
    const signal = this.abort.signal;
    this.removeLeftoverHosts();
    this.settings = await loadSettings();
    if (signal.aborted) return;
    const unsubscribe = onSettingsChanged((settings) => {
      this.settings = settings;
      this.rescan();
    });
    this.onTeardown(unsubscribe);

    const stopListening = listenForMessages((message, sender) => this.onMessage(message, sender));
    this.onTeardown(stopListening);

    // A port to the background disconnects when this extension is reloaded or removed:
    // the fast path to tearing down. (It also disconnects when an idle service worker
    // stops; then the context is still valid and nothing happens.)
    try {
      const port = ext().runtime.connect({ name: 'content' });
      port.onDisconnect.addListener(() => {
        if (!extensionContextValid()) this.teardown();
        // On a reload the port can close a moment before this context is invalidated:
        // look once more shortly after (one timer per disconnect, not a poll).
        else setTimeout(() => extensionContextValid() || this.teardown(), 1000);
      });
      this.onTeardown(() => port.disconnect());
    } catch {
      this.teardown();
      return;
    }

    this.adapter.start?.({
      rescan: () => this.rescan(),
      signal,
      send: (message) => ext().runtime.sendMessage(message),
    });
    const own = this.adapter.ownPosts;
    if (own) {
      this.ownPosts = new OwnPosts({ site: own, doc: this.doc, signal, schedule: () => this.watcher?.schedule(), flushNow: () => this.watcher?.flushNow(),
        isDark: () => this.adapter.isDark(this.doc), enabled: () => this.siteSettings().enabled });
    }
    this.watcher = watchDom({
      root: this.doc,
      attributes: [...new Set([...this.adapter.observedAttributes, this.adapter.containers.attribute, ...(own ? [own.posts.attribute] : [])])],
      note: (record) => {
        this.containers.note(record);
        this.ownPosts?.note(record);
      },
      isOwnNode: (node) => isOwnNode(node) || isInsideHost(node),
      flush: () => this.reconcile(),
      urgent: () => this.hostDetached() || this.ownPosts?.hostDetached() === true,
      signal,
    });
    this.reconcile();
  }

  /**
   * Registers an extension-API cleanup for teardown. Once the extension context is gone,
   * those APIs throw ("Extension context invalidated"); such a throw is swallowed here
   * instead of surfacing in the page as an uncaught error.
   */
  private onTeardown(cleanup: () => void): void {
    this.abort.signal.addEventListener(
      'abort',
      () => {
        try {
          cleanup();
        } catch {
          // The context is already gone, and with it what this would have removed.
        }
      },
      { once: true },
    );
  }

  /** Asks for a full reading of the composers on the next frame. */
  private rescan(): void {
    this.readAgain = true;
    this.watcher?.schedule();
  }

  /**
   * A host that the page's re-render just detached: putting it back in the same microtask
   * (instead of the next frame) means nothing, not even another rAF callback, sees it missing.
   */
  private hostDetached(): boolean {
    for (const entry of this.entries.values()) if (entry.host && !entry.host.element.isConnected) return true;
    return false;
  }

  /** Removes our UI and every listener; the page is left as if we had never run. */
  teardown(): void {
    if (this.abort.signal.aborted) return;
    this.abort.abort();
    for (const entry of this.entries.values()) {
      clearTimeout(entry.doneTimer);
      entry.host?.destroy();
    }
    this.entries.clear();
  }

  /** Hosts left in the DOM by an older copy of this script (before an extension update). */
  private removeLeftoverHosts(): void {
    for (const el of this.doc.querySelectorAll('[data-audience-guard]')) {
      if (!isOwnNode(el)) el.remove();
    }
  }

  private siteSettings() {
    return this.settings.sites[this.adapter.site];
  }

  /** One pass: read the composers, place, update or remove hosts. Runs once per frame at most. */
  reconcile(): void {
    if (this.abort.signal.aborted) return;
    if (!extensionContextValid()) {
      this.teardown();
      return;
    }
    const site = this.siteSettings();
    let composers: Composer[] = [];
    if (site.enabled) {
      try {
        // Called outside a flush too (e.g. by a test): first take what the page did so far.
        this.watcher?.takeRecords();
        const { containers, changed } = this.containers.read(this.doc);
        // Reading a composer reads layout; on a feed that changes every frame, doing it
        // when nothing in the composer changed would force a layout of the whole page.
        if (changed || this.readAgain || this.composers.some((c) => c.readsPage)) {
          this.readAgain = false;
          this.composers = this.adapter.findComposers(this.doc, containers);
        }
        composers = this.composers;
      } catch (error) {
        // A site change must never throw into the page: report it and show nothing new.
        this.composers = [];
        console.info('[Audience Guard] could not read the page:', String(error));
      }
    } else {
      this.composers = [];
      this.readAgain = true;
    }
    const seen = new Set<Element>();
    for (const composer of composers) {
      seen.add(composer.root);
      let entry = this.entries.get(composer.root);
      if (!entry) {
        entry = { composer, host: null, state: 'warning', dismissed: false, whyOpen: false, counted: false, gone: new AbortController() };
        this.entries.set(composer.root, entry);
      }
      entry.composer = composer;
      this.render(entry, site.publicOnPurpose);
    }
    for (const [root, entry] of this.entries) {
      if (seen.has(root)) continue;
      // The composer is gone (posted, closed, navigated away).
      entry.gone.abort();
      clearTimeout(entry.doneTimer);
      entry.host?.destroy();
      this.entries.delete(root);
    }
    this.ownPosts?.flush();
    this.reportStatus();
  }

  private needsHost(entry: Entry, muted: boolean): boolean {
    if (entry.state === 'switching' || entry.state === 'done') return true;
    if (entry.dismissed || muted) return false;
    const audience = entry.composer.audience;
    return audience === 'public' || audience === 'unknown';
  }

  private render(entry: Entry, muted: boolean): void {
    const { composer } = entry;
    if (!this.needsHost(entry, muted)) {
      if (entry.host) {
        entry.host.destroy();
        entry.host = null;
        entry.renderKey = undefined;
      }
      // An error belongs to the audience that caused it; a safe audience clears it.
      if (entry.state === 'error') entry.state = 'warning';
      return;
    }
    if (!entry.host) entry.host = createWarningHost(this.doc);
    const host = entry.host;
    const audience = entry.state === 'done' ? (entry.doneAudience ?? composer.audience) : composer.audience;
    const props = {
      site: this.adapter.site,
      kind: composer.kind,
      audience,
      state: entry.state,
      canMakePrivate: composer.canMakePrivate && composer.audience === 'public',
      errorKey: entry.errorKey,
      aboutUrl: composer.aboutUrl,
      whyOpen: entry.whyOpen,
    };
    const dark = this.adapter.isDark(this.doc);
    // Re-render only when something the person sees changed: this runs every frame in
    // which the page mutated, and Facebook mutates in most frames.
    const key = JSON.stringify([props, dark]);
    if (key !== entry.renderKey) {
      entry.renderKey = key;
      host.update(
        {
          ...props,
          onMakePrivate: (event) => {
            if (event.isTrusted) void this.makePrivate(entry);
          },
          onDismiss: (event) => {
            if (!event.isTrusted || entry.state === 'switching') return;
            entry.dismissed = true;
            entry.state = 'warning';
            this.watcher?.flushNow();
          },
          onToggleWhy: (event) => {
            if (!event.isTrusted) return;
            entry.whyOpen = !entry.whyOpen;
            this.render(entry, this.siteSettings().publicOnPurpose);
          },
        },
        dark,
      );
    }
    // Place (or re-place, after the page's React removed it) exactly one host, inside the
    // composer at the adapter's anchor. Moving an element never duplicates it.
    const { parent, before } = composer.anchor;
    const target = before !== null && before.parentNode === parent ? before : null;
    const placed = host.element.parentNode === parent && (target === null || host.element.nextSibling === target);
    if (!placed) parent.insertBefore(host.element, target);
    if (!entry.counted && entry.state === 'warning' && composer.audience === 'public') {
      entry.counted = true;
      void bumpStat('warningsShown');
    }
  }

  private async makePrivate(entry: Entry): Promise<SwitchOutcome> {
    if (entry.state === 'switching') return { ok: false, messageKey: 'errorBusy' };
    entry.state = 'switching';
    entry.errorKey = undefined;
    this.render(entry, false);
    this.reportStatus();
    const timeout = AbortSignal.timeout(SWITCH_TIMEOUT_MS);
    const signal = AbortSignal.any([this.abort.signal, timeout, entry.gone.signal]);
    let result: SwitchResult;
    try {
      result = await this.adapter.makePrivate(entry.composer, signal);
    } catch (error) {
      result = { ok: false, messageKey: 'errorGeneric', diagnostic: `unexpected: ${String(error)}` };
    }
    if (this.abort.signal.aborted) return { ok: false };
    // The composer closed meanwhile: there is nothing left to show the result in.
    if (entry.gone.signal.aborted) return { ok: false, messageKey: 'errorGeneric' };
    if (result.ok) {
      entry.state = 'done';
      entry.doneAudience = result.audience;
      void bumpStat(this.adapter.site === 'instagram' ? 'accountsSwitched' : 'postsSwitched');
      clearTimeout(entry.doneTimer);
      entry.doneTimer = setTimeout(() => {
        entry.state = 'warning';
        entry.doneAudience = undefined;
        this.watcher?.schedule();
      }, DONE_MS);
    } else {
      entry.state = 'error';
      entry.errorKey = result.messageKey;
      console.info(`[Audience Guard] switch failed on ${this.adapter.site}: ${result.diagnostic}`);
    }
    // The switch drove the site's UI: read the composer again, whatever the records say.
    this.readAgain = true;
    this.watcher?.flushNow();
    return result.ok ? { ok: true, audience: result.audience } : { ok: false, messageKey: result.messageKey };
  }

  /** The composer the popup reports on: the last one opened (the topmost dialog). */
  private primary(): Entry | undefined {
    let last: Entry | undefined;
    for (const entry of this.entries.values()) last = entry;
    return last;
  }

  status(): TabStatus {
    const site = this.siteSettings();
    const entry = site.enabled ? this.primary() : undefined;
    const audience = entry
      ? entry.state === 'done'
        ? (entry.doneAudience ?? entry.composer.audience)
        : entry.composer.audience
      : site.enabled
        ? (this.adapter.pageAudience?.() ?? 'none')
        : 'none';
    return {
      site: this.adapter.site,
      audience,
      canMakePrivate: entry
        ? entry.composer.canMakePrivate && entry.composer.audience === 'public' && entry.state !== 'switching'
        : Boolean(this.adapter.makePagePrivate) && audience === 'public',
      state: entry && this.needsHost(entry, site.publicOnPurpose) ? entry.state : null,
      muted: site.publicOnPurpose,
      enabled: site.enabled,
      ...(this.ownPosts ? { ownPosts: this.ownPosts.status() } : {}),
    };
  }

  /** Tells the background (for the toolbar badge) only when the status really changed. */
  private reportStatus(): void {
    const status = this.status();
    const json = JSON.stringify(status);
    if (json === this.lastStatusJson) return;
    this.lastStatusJson = json;
    ext().runtime.sendMessage({ type: 'content:status', status }).catch(() => undefined);
  }

  private onMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
    if (sender.id !== ext().runtime.id) return undefined;
    if (isBackgroundToContent(message)) return this.adapter.onMessage?.(message);
    if (!isPopupToContent(message)) return undefined;
    return this.onPopupMessage(message);
  }

  private async onPopupMessage(message: PopupToContent): Promise<unknown> {
    // Up to date with every mutation so far; the composers are read again only if one of
    // them changed (a full read here would force a layout of the whole page per popup).
    this.watcher?.flushNow();
    if (message.type === 'popup:get-status') return this.status();
    if (message.type === 'popup:own-posts-start') return { ok: this.ownPosts?.startBatch() === true };
    return this.makePrivateFromPopup();
  }

  /** The popup's switch: the same as the warning's button, for the composer it reports on. */
  async makePrivateFromPopup(): Promise<SwitchOutcome> {
    const entry = this.primary();
    if (entry && entry.composer.canMakePrivate && entry.composer.audience === 'public') return this.makePrivate(entry);
    if (!entry && this.adapter.makePagePrivate && this.adapter.pageAudience?.() === 'public') {
      const r = await this.adapter.makePagePrivate(this.abort.signal);
      this.rescan();
      return r.ok ? { ok: true, audience: r.audience } : { ok: false, messageKey: r.messageKey };
    }
    return { ok: false, messageKey: 'errorNothingToSwitch' } satisfies SwitchOutcome;
  }
}

function isInsideHost(node: Node): boolean {
  const root = node.getRootNode();
  return root instanceof ShadowRoot && isOwnNode(root.host);
}
