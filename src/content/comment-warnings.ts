// The comment warnings (docs/CONTRACT.md "Comment warnings"): quiet until the person starts
// writing. One document-level focusin listener and one input listener (both capture,
// passive) are all it adds to the page; only when one of them meets a comment box does it
// ask the site adapter for the box's post and who will see a comment under it. A feed of a
// thousand posts costs nothing, and asks nothing, until then. Each warned box has one host,
// next to it inside the post's container, kept there through the page's re-renders.
import type { CommentBox, CommentSupport, CommentVerdict } from '../sites/site';
import { createWarningHost, type WarningHost } from '../warning/host';
import { bumpStat } from '../lib/stats';
import type { Feature, FeatureContext, FeatureFactory } from './feature';
import type { TabStatus } from '../lib/messages';

interface Entry {
  target: CommentBox;
  host: WarningHost | null;
  /** null while the site is being asked. */
  verdict: CommentVerdict | null;
  whyOpen: boolean;
  /** The box held text at the person's last keystroke: emptied without one, it was sent. */
  hadText: boolean;
  /** Listeners on the box and the host, removed with the entry. */
  readonly listeners: AbortController;
  /** Their focusout handler. */
  leave: (event: Event) => void;
  renderKey?: string;
  counted: boolean;
}

export class CommentWarnings implements Feature {
  /** By comment box: one entry, one host per box. */
  private readonly entries = new Map<Element, Entry>();
  /** Posts whose warning the person dismissed ("comment anyway"), until the page reloads. */
  private readonly dismissed = new WeakSet<Element>();
  private session: AbortSignal | null = null;
  private listening: AbortController | null = null;

  constructor(
    private readonly ctx: FeatureContext,
    private readonly comments: CommentSupport,
    /** The composer dialogs open now: their text boxes are posts, not comments. */
    private readonly composerRoots: () => Iterable<Element>,
  ) {}

  start(session: AbortSignal): void {
    // The listeners of an earlier session went with it (the site was switched off).
    this.listening?.abort();
    this.listening = null;
    this.session = session;
    this.sync();
  }

  settingsChanged(): void {
    this.sync();
  }

  private enabled(): boolean {
    const site = this.ctx.siteSettings();
    return site.enabled && site.warnOnComments && !site.publicOnPurpose;
  }

  /** Listens while the site is on and comment warnings are wanted; otherwise nothing at all. */
  private sync(): void {
    const on = this.session !== null && !this.session.aborted && this.enabled();
    if (on && !this.listening && this.session) {
      this.listening = new AbortController();
      const signal = AbortSignal.any([this.session, this.listening.signal]);
      const options = { capture: true, passive: true, signal };
      this.ctx.doc.addEventListener('focusin', (event) => this.consider(event.target, false), options);
      this.ctx.doc.addEventListener('input', (event) => this.consider(event.target, true), options);
      // A box that already had the focus when this started: as if just focused.
      const active = this.ctx.doc.activeElement;
      if (active) this.consider(active, false);
    } else if (!on && this.listening) {
      this.listening.abort();
      this.listening = null;
      this.clear();
    }
  }

  addStatus(status: TabStatus): void {
    if (this.warning()) status.comment = 'public';
  }

  /** Is any box warning now (for the popup and the badge)? */
  warning(): boolean {
    for (const entry of this.entries.values()) if (entry.host && entry.verdict?.audience === 'public') return true;
    return false;
  }

  hostDetached(): boolean {
    for (const entry of this.entries.values()) if (entry.host && !entry.host.element.isConnected) return true;
    return false;
  }

  /**
   * Quiet until writing: no box warned, no record concerns this feature (a focus or a
   * keystroke starts it). While one is, any record may be its box emptied (the comment was
   * sent) or replaced by a re-render.
   */
  note(): boolean {
    return this.entries.size > 0;
  }

  clear(): void {
    for (const entry of [...this.entries.values()]) this.drop(entry);
    if (!this.session || this.session.aborted) this.session = null;
  }

  /** A focus or a keystroke at `node`: a comment box? */
  private consider(node: EventTarget | null, typed: boolean): void {
    if (!(node instanceof Element) || !node.matches(this.comments.boxSelector)) return;
    // A re-render just replaced a warned box and focused the new one: the same host moves
    // to it (before any second host could be made for it).
    for (const entry of [...this.entries.values()]) if (!entry.target.box.isConnected) this.rebind(entry);
    const known = this.entries.get(node);
    if (known) {
      if (typed) known.hadText = !this.comments.isEmpty(node);
      return;
    }
    for (const root of this.composerRoots()) if (root.contains(node)) return;
    let target: CommentBox | null;
    try {
      target = this.comments.find(node, this.ctx.doc);
    } catch (error) {
      console.info('[Audience Guard] could not read a comment box:', String(error));
      return;
    }
    if (!target || this.dismissed.has(target.post)) return;
    const entry: Entry = {
      target,
      host: null,
      verdict: null,
      whyOpen: false,
      hadText: !this.comments.isEmpty(node),
      listeners: new AbortController(),
      leave: () => undefined,
      counted: false,
    };
    entry.leave = (event) => this.left(entry, event);
    this.entries.set(node, entry);
    this.listen(entry, node);
    const verdict = this.comments.verdict(target, this.ctx.doc);
    if (verdict instanceof Promise) {
      void verdict.then((v) => {
        if (this.entries.get(entry.target.box) !== entry) return;
        this.decide(entry, v);
      });
    } else this.decide(entry, verdict);
  }

  private decide(entry: Entry, verdict: CommentVerdict): void {
    entry.verdict = verdict;
    // Not public, or not readable: nothing (a notice on every comment box would be noise).
    if (verdict.audience !== 'public') {
      this.drop(entry);
      return;
    }
    // The person left the box empty while the site was being asked.
    if (!this.isFocused(entry) && this.comments.isEmpty(entry.target.box)) {
      this.drop(entry);
      return;
    }
    // In the same task as the focus: the host is in the DOM before the next frame.
    this.render(entry);
    this.ctx.reportStatus();
  }

  /**
   * The box's (and the host's) focusout: left empty, the warning goes on the next pass; with
   * text, it stays. Decided there, not here: focus moving into our own host ("Why?",
   * "Comment anyway"), or a rebuilt button taking it back, is not leaving.
   */
  private left(entry: Entry, event: Event): void {
    const next = (event as FocusEvent).relatedTarget;
    if (next instanceof Node && (next === entry.host?.element || next === entry.target.box)) return;
    if (this.comments.isEmpty(entry.target.box)) this.ctx.schedule();
  }

  private listen(entry: Entry, element: Element): void {
    element.addEventListener('focusout', entry.leave, { passive: true, signal: entry.listeners.signal });
  }

  private isFocused(entry: Entry): boolean {
    const active = this.ctx.doc.activeElement;
    return active === entry.target.box || (entry.host !== null && active === entry.host.element);
  }

  private drop(entry: Entry): void {
    entry.listeners.abort();
    entry.host?.destroy();
    entry.host = null;
    if (this.entries.get(entry.target.box) === entry) this.entries.delete(entry.target.box);
  }

  reconcile(): void {
    if (this.entries.size === 0) return;
    if (!this.enabled()) {
      this.clear();
      return;
    }
    for (const entry of [...this.entries.values()]) {
      if (!entry.target.box.isConnected && !this.rebind(entry)) {
        this.drop(entry);
        continue;
      }
      const empty = this.comments.isEmpty(entry.target.box);
      // Emptied with no keystroke of the person's: the site cleared it, the comment was sent.
      // Empty and no longer focused: the person left it.
      if (empty && (entry.hadText || !this.isFocused(entry))) {
        this.drop(entry);
        continue;
      }
      if (entry.verdict?.audience === 'public') this.render(entry);
    }
  }

  /**
   * The page's re-render replaced the box (or its form): the same host moves to the new box
   * in the same place, so a box never has two. Found by the focus, or in the old place.
   */
  private rebind(entry: Entry): boolean {
    const { doc } = this.ctx;
    const { parent } = entry.target.anchor;
    const active = doc.activeElement;
    const candidate =
      active?.matches(this.comments.boxSelector) && !this.entries.has(active)
        ? active
        : parent.isConnected
          ? parent.querySelector(this.comments.boxSelector)
          : null;
    if (!candidate || this.entries.has(candidate)) return false;
    const target = this.comments.find(candidate, doc);
    if (!target) return false;
    this.entries.delete(entry.target.box);
    entry.target = target;
    this.entries.set(target.box, entry);
    this.listen(entry, target.box);
    return true;
  }

  private render(entry: Entry): void {
    const { adapter, doc } = this.ctx;
    if (!entry.host) {
      entry.host = createWarningHost(doc, 'comment');
      this.listen(entry, entry.host.element);
    }
    const host = entry.host;
    const props = { site: adapter.site, messageKey: entry.verdict?.messageKey ?? 'commentWarningPublic', whyOpen: entry.whyOpen };
    const dark = adapter.isDark(doc);
    const key = JSON.stringify([props, dark]);
    if (key !== entry.renderKey) {
      entry.renderKey = key;
      host.updateComment(
        {
          ...props,
          onDismiss: (event) => {
            if (!event.isTrusted) return;
            const post = entry.target.post;
            this.dismissed.add(post);
            for (const other of [...this.entries.values()]) if (other.target.post === post) this.drop(other);
            this.ctx.reportStatus();
          },
          onToggleWhy: (event) => {
            if (!event.isTrusted) return;
            entry.whyOpen = !entry.whyOpen;
            this.render(entry);
          },
        },
        dark,
      );
    }
    let { parent, before } = entry.target.anchor;
    if (!parent.isConnected || (before !== null && before.parentNode !== parent)) {
      // The form around the box was replaced: where the box is now.
      const fresh = this.comments.find(entry.target.box, doc);
      if (!fresh) return;
      entry.target = fresh;
      ({ parent, before } = fresh.anchor);
    }
    const placed = host.element.parentNode === parent && (before === null ? parent.lastChild === host.element : host.element.nextSibling === before);
    if (!placed) parent.insertBefore(host.element, before);
    if (!entry.counted) {
      entry.counted = true;
      void bumpStat('commentWarningsShown');
    }
  }
}

/** The comment warnings, for a site whose adapter reads comment boxes. */
export const commentWarnings: FeatureFactory = (ctx) => (ctx.adapter.comments ? new CommentWarnings(ctx, ctx.adapter.comments, () => ctx.composerRoots()) : null);
