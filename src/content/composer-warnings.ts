// The composer warnings: each pass asks the site adapter what composers are open and keeps
// exactly one warning host in each composer that is about to post publicly (or whose
// audience cannot be read), with the one-click switch (switch.ts) where there is one.
import type { Composer } from '../sites/site';
import type { SwitchOutcome, TabStatus } from '../lib/messages';
import { createElementIndex, type ElementIndex } from '../lib/element-index';
import { createWarningHost, type WarningHost } from '../warning/host';
import { bumpStat } from '../lib/stats';
import type { Feature, FeatureContext } from './feature';
import { abandonSwitch, runSwitch, type SwitchState } from './switch';

interface Entry extends SwitchState {
  host: WarningHost | null;
  dismissed: boolean;
  whyOpen: boolean;
  /** A warning for this composer was counted already. */
  counted: boolean;
  /** What the host was last rendered with, to skip identical renders. */
  renderKey?: string;
  /** What "Copy details for a bug report" did last. */
  reportState?: 'copied' | 'failed';
}

export class ComposerWarnings implements Feature {
  private readonly entries = new Map<Element, Entry>();
  /** The adapter's containers (dialogs), kept from the watcher's records while the site is on. */
  private containers: ElementIndex;
  /** The last reading, reused while nothing inside the containers changed. */
  private composers: Composer[] = [];
  /** Read the composers on the next pass even if no container changed (async news, settings). */
  private readAgain = true;
  /** One of the composers read last reads the page around it (a group's header): every record may change it. Kept, not asked per record. */
  private readsPage = false;

  constructor(private readonly ctx: FeatureContext) {
    this.containers = createElementIndex(ctx.adapter.containers);
  }

  start(): void {
    // Records were not noted while the site was off: start from a full query.
    this.containers = createElementIndex(this.ctx.adapter.containers);
    this.readAgain = true;
  }

  settingsChanged(): void {
    this.rescan();
  }

  /** Asks for a full reading of the composers on the next pass. */
  rescan(): void {
    this.readAgain = true;
  }

  note(record: MutationRecord): boolean {
    const inContainer = this.containers.note(record);
    // A composer that reads the page around it (a group's header) may change with anything.
    return inContainer || this.readAgain || this.readsPage;
  }

  /** A panel's slide ended inside a composer: read that composer again (and only then). */
  screenChanged(target: Node): boolean {
    return this.containers.touch(target);
  }

  /** The composer dialogs open now (the comment warnings leave boxes inside them alone). */
  roots(): Iterable<Element> {
    return this.entries.keys();
  }

  hostDetached(): boolean {
    for (const entry of this.entries.values()) if (entry.host && !entry.host.element.isConnected) return true;
    return false;
  }

  clear(): void {
    for (const entry of this.entries.values()) {
      abandonSwitch(entry);
      entry.host?.destroy();
    }
    this.entries.clear();
    this.composers = [];
    this.readsPage = false;
    this.readAgain = true;
  }

  reconcile(): void {
    const { adapter, doc } = this.ctx;
    let composers: Composer[] = [];
    try {
      const { containers, changed } = this.containers.read(doc);
      // Reading a composer reads layout; on a feed that changes every frame, doing it
      // when nothing in the composer changed would force a layout of the whole page.
      if (changed || this.readAgain || this.readsPage) {
        this.readAgain = false;
        this.composers = adapter.findComposers(doc, containers);
        this.readsPage = this.composers.some((c) => c.readsPage === true);
      }
      composers = this.composers;
    } catch (error) {
      // A site change must never throw into the page: report it and show nothing new.
      this.composers = [];
      this.readsPage = false;
      console.info('[Audience Guard] could not read the page:', String(error));
    }
    const muted = this.ctx.siteSettings().publicOnPurpose;
    const seen = new Set<Element>();
    for (const composer of composers) {
      seen.add(composer.root);
      let entry = this.entries.get(composer.root);
      if (!entry) {
        entry = { composer, host: null, state: 'warning', dismissed: false, whyOpen: false, counted: false, gone: new AbortController() };
        this.entries.set(composer.root, entry);
      }
      entry.composer = composer;
      this.render(entry, muted);
    }
    for (const [root, entry] of this.entries) {
      if (seen.has(root)) continue;
      // The composer is gone (posted, closed, navigated away).
      abandonSwitch(entry);
      entry.host?.destroy();
      this.entries.delete(root);
    }
  }

  private needsHost(entry: Entry, muted: boolean): boolean {
    if (entry.state === 'switching' || entry.state === 'done') return true;
    if (entry.dismissed || muted) return false;
    const audience = entry.composer.audience;
    return audience === 'public' || audience === 'unknown';
  }

  private render(entry: Entry, muted: boolean): void {
    const { composer } = entry;
    const { adapter, doc } = this.ctx;
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
    if (!entry.host) entry.host = createWarningHost(doc);
    const host = entry.host;
    const audience = entry.state === 'done' ? (entry.doneAudience ?? composer.audience) : composer.audience;
    const props = {
      site: adapter.site,
      words: adapter.words,
      kind: composer.kind,
      audience,
      state: entry.state,
      canMakePrivate: composer.canMakePrivate && composer.audience === 'public',
      errorKey: entry.errorKey,
      aboutUrl: composer.aboutUrl,
      whyOpen: entry.whyOpen,
      doneNote: adapter.doneNote,
      reportState: entry.reportState,
    };
    const canReport = Boolean(adapter.copyBugReport) && (entry.state === 'error' || (entry.state === 'warning' && audience === 'unknown'));
    const dark = adapter.isDark(doc);
    // Re-render only when something the person sees changed: this runs every frame in
    // which the page mutated, and Facebook mutates in most frames.
    const key = JSON.stringify([props, dark, canReport]);
    if (key !== entry.renderKey) {
      entry.renderKey = key;
      // The switch's code may be loaded ahead of the click (Facebook injects its driver).
      if (props.canMakePrivate && entry.state === 'warning') adapter.prepareSwitch?.();
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
            this.ctx.flushNow();
          },
          ...(canReport
            ? {
                onCopyReport: (event: Event) => {
                  if (event.isTrusted) void this.copyReport(entry);
                },
              }
            : {}),
          onToggleWhy: (event) => {
            if (!event.isTrusted) return;
            entry.whyOpen = !entry.whyOpen;
            this.render(entry, this.ctx.siteSettings().publicOnPurpose);
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

  /** Copies the adapter's bug report for this composer (on the person's click only). */
  private async copyReport(entry: Entry): Promise<void> {
    const ok = (await this.ctx.adapter.copyBugReport?.(entry.composer, entry.state === 'error' ? entry.diagnostic : undefined, entry.host?.element.shadowRoot ?? null)) === true;
    entry.reportState = ok ? 'copied' : 'failed';
    this.render(entry, this.ctx.siteSettings().publicOnPurpose);
  }

  private makePrivate(entry: Entry): Promise<SwitchOutcome> {
    entry.reportState = undefined;
    return runSwitch(entry, {
      adapter: this.ctx.adapter,
      signal: this.ctx.signal,
      show: () => {
        this.render(entry, false);
        this.ctx.reportStatus();
      },
      settled: () => {
        this.readAgain = true;
        this.ctx.flushNow();
      },
      doneOver: () => this.ctx.schedule(),
      counted: () => void bumpStat(entry.composer.kind === 'account' ? 'accountsSwitched' : 'postsSwitched'),
    });
  }

  /** The composer the popup reports on: the last one opened (the topmost dialog). */
  private primary(): Entry | undefined {
    let last: Entry | undefined;
    for (const entry of this.entries.values()) last = entry;
    return last;
  }

  /** The composers' part of the tab's status (the site is on). */
  status(): Pick<TabStatus, 'audience' | 'canMakePrivate' | 'state'> {
    const { adapter } = this.ctx;
    const entry = this.primary();
    if (!entry) {
      const audience = adapter.pageAudience?.() ?? 'none';
      return { audience, canMakePrivate: Boolean(adapter.makePagePrivate) && audience === 'public', state: null };
    }
    return {
      audience: entry.state === 'done' ? (entry.doneAudience ?? entry.composer.audience) : entry.composer.audience,
      canMakePrivate: entry.composer.canMakePrivate && entry.composer.audience === 'public' && entry.state !== 'switching',
      state: this.needsHost(entry, this.ctx.siteSettings().publicOnPurpose) ? entry.state : null,
    };
  }

  /** The popup's switch: the same as the warning's button, for the composer it reports on. */
  async makePrivateFromPopup(): Promise<SwitchOutcome> {
    const { adapter } = this.ctx;
    const entry = this.primary();
    if (entry && entry.composer.canMakePrivate && entry.composer.audience === 'public') return this.makePrivate(entry);
    if (!entry && adapter.makePagePrivate && adapter.pageAudience?.() === 'public') {
      const r = await adapter.makePagePrivate(this.ctx.signal);
      this.rescan();
      this.ctx.schedule();
      return r.ok ? { ok: true, audience: r.audience } : { ok: false, messageKey: r.messageKey };
    }
    return { ok: false, messageKey: 'errorNothingToSwitch' } satisfies SwitchOutcome;
  }
}
