// What the content script's lifecycle (controller.ts) hands its features (the composer
// warnings, the comment warnings), and what it asks of them. The lifecycle owns the one DOM
// watcher, the settings, the ports and the messages; a feature owns its hosts.
import type { SiteAdapter } from '../sites/site';
import type { SiteSettings } from '../lib/settings';
import type { TabStatus } from '../lib/messages';

export interface FeatureContext {
  readonly adapter: SiteAdapter;
  readonly doc: Document;
  /** Aborted when the content script is torn down (extension reloaded or updated). */
  readonly signal: AbortSignal;
  siteSettings(): SiteSettings;
  /** Runs a pass now, synchronously, with every mutation so far (after a click, a switch). */
  flushNow(): void;
  /** Queues a pass for the next frame. */
  schedule(): void;
  /** Tells the background (badge) and the popup what changed, if anything did. */
  reportStatus(): void;
  /** The composer dialogs open now (their text boxes are posts, not comments). */
  composerRoots(): Iterable<Element>;
}

/**
 * Makes a feature for a controller. A site's entry (facebook.ts, instagram.ts) hands the
 * controller the factories of the features that site has, so a page loads only their code;
 * a feature loaded later (own-posts-entry.ts) registers its factory with the running
 * controller (start.ts). Null: the site has nothing for this feature.
 */
export type FeatureFactory = (ctx: FeatureContext) => Feature | null;

export interface Feature {
  /**
   * The site was switched on (or the script started on it): `session` is aborted when it is
   * switched off again or at teardown; listeners added for it go with it.
   */
  start(session: AbortSignal): void;
  /** Settings changed while the site is on (muted, comment warnings on or off). */
  settingsChanged?(): void;
  /**
   * One mutation record the watcher found relevant (for indexes kept from records). Returns
   * whether it can change what this feature shows: a pass is queued only when some feature
   * says so. A feature without `note` wants a pass for every record.
   */
  note?(record: MutationRecord): boolean;
  /** A transition or animation ended at `target`: true when that changes what this feature reads. */
  screenChanged?(target: Node): boolean;
  /** One pass: place, update or remove this feature's hosts. At most once per frame. */
  reconcile(): void;
  /** True when the page's re-render just detached one of this feature's hosts. */
  hostDetached(): boolean;
  /** Removes every host and forgets every entry (the site was switched off, or teardown). */
  clear(): void;
  /** Attribute names this feature's reading depends on, added to the one watcher's. */
  readonly attributes?: readonly string[];
  /** Adds what this feature shows to the tab's status (only while the site is on). */
  addStatus?(status: TabStatus): void;
  /** The popup's "make all Friends" (own posts): false when there is nothing to start. */
  startBatch?(): boolean;
}
