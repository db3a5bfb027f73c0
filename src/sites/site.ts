// The interface every supported site implements. Everything that knows a site's DOM, its
// strings or its API lives behind it (src/sites/<site>/); the content script only asks
// "what composers are there, who will see them, and please make this one private".
import type { ContainerSelector } from '../lib/element-index';

/** Normalised audience vocabulary (docs/CONTRACT.md). */
export type Audience =
  | 'public'
  | 'friends'
  | 'friends-of-friends'
  | 'friends-except'
  | 'specific-friends'
  | 'only-me'
  | 'custom'
  | 'group-private'
  | 'private'
  | 'unknown';

export type SiteId = 'facebook' | 'instagram';

/** What kind of warning a composer needs. */
export type ComposerKind =
  /** A Facebook post whose own audience can be switched to Friends. */
  | 'post'
  /** A post in a Facebook group: the group's privacy decides; nothing to switch. */
  | 'group'
  /** An Instagram post: the account's privacy decides; the account can be made private. */
  | 'account';

/** One composer found on the page, as the site adapter reads it at this moment. */
export interface Composer {
  /** The composer's `[role=dialog]`: the identity of the composer and the host's ancestor. */
  readonly root: Element;
  readonly kind: ComposerKind;
  readonly audience: Audience;
  /** Where the warning host goes: inserted into `parent` before `before` (null: appended). */
  readonly anchor: { readonly parent: Element; readonly before: Node | null };
  /** Whether the one-click switch can be offered for this composer. */
  readonly canMakePrivate: boolean;
  /** A public group's About page, for the group warning's link. */
  readonly aboutUrl?: string;
  /**
   * The reading depends on the page outside `root` (a group's header): such a composer is
   * read again on every change of the page, not only on changes inside it.
   */
  readonly readsPage?: boolean;
}

/** A failure the person can act on: a `_locales` message key plus its substitutions. */
export interface SiteFailure {
  readonly ok: false;
  /** `_locales` key of a sentence telling the person what to do by hand. */
  readonly messageKey: string;
  /** One line for the console, for bug reports: what exactly was not found. */
  readonly diagnostic: string;
}
export interface SiteSuccess {
  readonly ok: true;
  /** The audience after the switch, as read back from the site. */
  readonly audience: Audience;
}
export type SwitchResult = SiteSuccess | SiteFailure;

export interface SiteContext {
  /** Ask for a fresh scan on the next frame (e.g. after an async read finished). */
  readonly rescan: () => void;
  /** Aborted when the content script is torn down (extension reloaded or updated). */
  readonly signal: AbortSignal;
  /** Sends a typed message to the background (used for cross-tab work such as Instagram's). */
  readonly send: (message: import('../lib/messages').ContentToBackground) => Promise<unknown>;
}

/** A comment box the person is writing in, and the published post it is under. */
export interface CommentBox {
  /** The box itself (a contenteditable text box or a textarea). */
  readonly box: Element;
  /** The post's container: "this post" for dismiss (docs/CONTRACT.md "Comment warnings"). */
  readonly post: Element;
  /** Where the host goes, next to the box inside `post`: into `parent` before `before`. */
  readonly anchor: { readonly parent: Element; readonly before: Node | null };
}

/** Who will see a comment under a post. `unknown` stays quiet (docs/CONTRACT.md). */
export interface CommentVerdict {
  readonly audience: 'public' | 'not-public' | 'unknown';
  /** `_locales` key of the warning's first sentence, when public. */
  readonly messageKey?: string;
}

/** The comment part of a site: read only when the person starts writing (a focus, a keystroke). */
export interface CommentSupport {
  /** CSS selector of the boxes, to find a box again after a re-render replaced it. */
  readonly boxSelector: string;
  /** The comment box `el` is, with its post; null when it is none. Cheap: runs on a focus. */
  find(el: Element, doc: Document): CommentBox | null;
  /** Whether the box holds no text. */
  isEmpty(box: Element): boolean;
  /**
   * Who will see a comment under the post: at once when the page says it (Facebook), a
   * promise when the site must be asked (Instagram's author privacy). Never throws.
   */
  verdict(target: CommentBox, doc: Document): CommentVerdict | Promise<CommentVerdict>;
}

/** The `_locales` keys of the words a site's composer warning uses. */
export interface WarningWords {
  /** The headline of a public composer of this site (a group's has its own). */
  readonly publicKey: string;
  /** The headline when the audience cannot be read. */
  readonly unknownKey: string;
  /** The headline after a successful switch. */
  readonly doneKey: string;
  /** The one-click switch's button. */
  readonly makePrivateKey: string;
  /** "Post publicly anyway" in the site's words. */
  readonly dismissKey: string;
}

export interface SiteAdapter {
  readonly site: SiteId;
  /** Comment boxes under published posts, where the site has them. */
  readonly comments?: CommentSupport;
  /**
   * Attribute names whose changes can alter what `findComposers` returns. The one DOM
   * watcher observes only these (plus child-list changes), which keeps its cost low on a
   * page that mutates thousands of attributes a second.
   */
  readonly observedAttributes: readonly string[];
  /**
   * The elements composers live in (both sites: `[role="dialog"]`). The content script keeps
   * them indexed from its mutation records and hands them to `findComposers`, so a feed that
   * changes outside them costs no document-wide query.
   */
  readonly containers: ContainerSelector;
  /** Called once when the content script starts (and before the first scan). */
  start?(ctx: SiteContext): void;
  /**
   * Every composer currently open in `doc`, among `containers` (the elements in `doc` matching
   * `this.containers`; queried from `doc` when not given). Pure read: never changes the page.
   */
  findComposers(doc: Document, containers?: Iterable<Element>): Composer[];
  /** Whether the page is in dark mode, so the warning can match it. */
  isDark(doc: Document): boolean;
  /**
   * A warning that offers the switch is shown: the site may load the switch's code now, while
   * the person is still writing, so that the click finds it (Facebook injects its driver,
   * src/content/facebook-switch-entry.ts). Never throws; `makePrivate` loads it too if needed.
   */
  prepareSwitch?(): void;
  /** Make this composer's post (or the account) private by driving the site's own UI. */
  makePrivate(composer: Composer, signal: AbortSignal): Promise<SwitchResult>;
  /**
   * The status to report when no composer is open (the popup's "this tab"). Facebook: none;
   * Instagram: the account's privacy, which decides every post.
   */
  pageAudience?(): Audience | 'none';
  /**
   * The popup's switch when no composer is open: Instagram makes the account private;
   * Facebook has nothing to switch outside a composer and leaves this out.
   */
  makePagePrivate?(signal: AbortSignal): Promise<SwitchResult>;
  /** The warning's site-specific words (`_locales` keys): the warning itself names no site. */
  readonly words: WarningWords;
  /**
   * A sentence (with a link) the done state adds after a successful switch: `_locales` keys of
   * the sentence and the link's text, and the link (a site URL, so it lives with the site).
   */
  readonly doneNote?: { readonly messageKey: string; readonly linkKey: string; readonly url: string };
  /**
   * "Copy details for a bug report", offered where a composer cannot be read or a switch
   * failed: copies the composer's structural outline with only the site's own control
   * labels, a diagnostic line (`failure`: the failed switch's) and the page's language.
   * Never the draft or anyone's name. False when nothing could be copied. (Facebook's is a
   * script of its own, injected on the first click: src/content/report-entry.ts.)
   */
  copyBugReport?(composer: Composer, failure: string | undefined, shadow: ShadowRoot | null): Promise<boolean>;
  /** Handles a background message addressed to this site's content script, if any. */
  onMessage?(message: import('../lib/messages').BackgroundToContent): Promise<unknown> | undefined;
}
