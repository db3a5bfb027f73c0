// The content script's lifecycle: start and teardown, the port that notices an extension
// reload, the settings, the messages, the status for the popup and the badge, and the one
// DOM watcher, which runs only while the site is switched on. What it shows is done by its
// features beside it: the composer warnings (composer-warnings.ts, with the switch's state
// machine in switch.ts), always; the others a site's entry hands it (the comment warnings,
// comment-warnings.ts) or one registered later by a script injected on demand (Facebook's
// own posts, own-posts-entry.ts), so a page loads only the code it can use.
import type { Runtime } from 'webextension-polyfill';
import { ext, listenForMessages } from '../lib/ext';
import type { SiteAdapter } from '../sites/site';
import type { PopupToContent, SwitchOutcome, TabStatus } from '../lib/messages';
import { isBackgroundToContent, isPopupToContent } from '../lib/messages';
import { watchDom, type DomWatcher } from '../lib/dom-watcher';
import { isOwnNode } from '../warning/host';
import { loadSettings, onSettingsChanged, defaultSettings, type Settings } from '../lib/settings';
import { extensionContextValid } from '../lib/extension-context';
import { OWN_HOST } from '../lib/own-host';
import { sameValue } from '../lib/same-value';
import type { Feature, FeatureContext, FeatureFactory } from './feature';
import { ComposerWarnings } from './composer-warnings';

export { DONE_MS, SWITCH_TIMEOUT_MS } from './switch';

export class Controller {
  private settings: Settings = defaultSettings();
  private watcher: DomWatcher | null = null;
  private readonly abort = new AbortController();
  /** Aborted when the site is switched off: the watcher and the features' listeners go with it. */
  private session: AbortController | null = null;
  private lastStatus: TabStatus | null = null;
  private readonly composers: ComposerWarnings;
  private readonly features: Feature[];
  private readonly ctx: FeatureContext;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly doc: Document,
    factories: readonly FeatureFactory[] = [],
  ) {
    const ctx: FeatureContext = (this.ctx = {
      adapter,
      doc,
      signal: this.abort.signal,
      siteSettings: () => this.siteSettings(),
      flushNow: () => this.watcher?.flushNow(),
      schedule: () => this.watcher?.schedule(),
      reportStatus: () => this.reportStatus(),
      composerRoots: () => this.composers.roots(),
    });
    this.composers = new ComposerWarnings(ctx);
    this.features = [this.composers];
    for (const make of factories) this.addFeature(make);
  }

  /**
   * A feature loaded after the start (a script injected on demand, in this same world): it
   * joins the running watcher and, when the site is on, reads the whole page on the next
   * frame (its start asks for a full read). Its attributes must already be watched (a
   * feature of the entry declares them), since the watcher is not restarted for it.
   */
  addFeature(make: FeatureFactory): void {
    if (this.abort.signal.aborted) return;
    const feature = make(this.ctx);
    if (!feature) return;
    this.features.push(feature);
    if (this.session && this.watcher) {
      feature.start(AbortSignal.any([this.abort.signal, this.session.signal]));
      this.watcher.schedule();
    }
  }

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  /** Whether the DOM watcher runs now (only while the site is switched on). */
  get watching(): boolean {
    return this.watcher !== null;
  }

  async start(): Promise<void> {
    const signal = this.abort.signal;
    this.removeLeftoverHosts();
    this.settings = await loadSettings();
    if (signal.aborted) return;
    const unsubscribe = onSettingsChanged((settings) => {
      this.settings = settings;
      this.applySettings();
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
    this.applySettings();
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

  /** The site switched on: watch the page; off: stop watching, remove every host. */
  private applySettings(): void {
    if (this.abort.signal.aborted) return;
    const on = this.siteSettings().enabled;
    if (on && !this.session) this.startSession();
    else if (!on && this.session) this.stopSession();
    else if (on) {
      for (const feature of this.features) feature.settingsChanged?.();
      this.watcher?.schedule();
    } else this.reportStatus();
  }

  private startSession(): void {
    const session = new AbortController();
    this.session = session;
    const signal = AbortSignal.any([this.abort.signal, session.signal]);
    this.watcher = watchDom({
      root: this.doc,
      attributes: [...new Set([...this.adapter.observedAttributes, this.adapter.containers.attribute, ...this.features.flatMap((feature) => feature.attributes ?? [])])],
      note: (record) => {
        // Every feature sees every record (their indexes need them all).
        let wanted = false;
        for (const feature of this.features) wanted = (feature.note ? feature.note(record) : true) || wanted;
        return wanted;
      },
      // A panel's slide ended: the features whose reading depends on what is on screen look again.
      screenChanged: (target) => {
        let changed = false;
        for (const feature of this.features) changed = (feature.screenChanged?.(target) ?? false) || changed;
        return changed;
      },
      // Our hosts' shadow trees need no check: an observer of the document is not told of
      // mutations inside shadow roots, and a slide's end inside one reaches the document's
      // listener retargeted to the host itself.
      isOwnNode,
      flush: () => this.reconcile(),
      urgent: () => this.features.some((feature) => feature.hostDetached()),
      signal,
    });
    for (const feature of this.features) feature.start(signal);
    this.reconcile();
  }

  private stopSession(): void {
    this.session?.abort();
    this.session = null;
    this.watcher = null;
    for (const feature of this.features) feature.clear();
    this.reportStatus();
  }

  /** Asks for a full reading of the composers on the next frame. */
  private rescan(): void {
    this.composers.rescan();
    this.watcher?.schedule();
  }

  /** Removes our UI and every listener; the page is left as if we had never run. */
  teardown(): void {
    if (this.abort.signal.aborted) return;
    this.abort.abort();
    this.session = null;
    this.watcher = null;
    for (const feature of this.features) feature.clear();
  }

  /** Hosts left in the DOM by an older copy of this script (before an extension update). */
  private removeLeftoverHosts(): void {
    for (const el of this.doc.querySelectorAll(OWN_HOST)) {
      if (!isOwnNode(el)) el.remove();
    }
  }

  private siteSettings() {
    return this.settings.sites[this.adapter.site];
  }

  /** One pass of every feature. Runs once per frame at most, and only while the site is on. */
  reconcile(): void {
    if (this.abort.signal.aborted) return;
    if (!extensionContextValid()) {
      this.teardown();
      return;
    }
    if (this.watcher) {
      // Called outside a flush too (e.g. by a test): first take what the page did so far.
      this.watcher.takeRecords();
      for (const feature of this.features) feature.reconcile();
    }
    this.reportStatus();
  }

  status(): TabStatus {
    const site = this.siteSettings();
    const composers = site.enabled ? this.composers.status() : { audience: 'none' as const, canMakePrivate: false, state: null };
    const status: TabStatus = { site: this.adapter.site, ...composers, muted: site.publicOnPurpose, enabled: site.enabled };
    if (site.enabled) for (const feature of this.features) feature.addStatus?.(status);
    return status;
  }

  /** Tells the background (for the toolbar badge) only when the status really changed. */
  private reportStatus(): void {
    const status = this.status();
    if (sameValue(status, this.lastStatus)) return;
    this.lastStatus = status;
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
    if (message.type === 'popup:own-posts-start') return { ok: this.features.some((feature) => feature.startBatch?.() === true) };
    return this.makePrivateFromPopup();
  }

  /** The popup's switch: the same as the warning's button, for the composer it reports on. */
  makePrivateFromPopup(): Promise<SwitchOutcome> {
    return this.composers.makePrivateFromPopup();
  }
}
