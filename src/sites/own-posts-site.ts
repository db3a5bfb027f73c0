// What a site offers for the person's own published posts (Facebook only): find them,
// say which are public, and make one Friends by driving the site's own controls.
import type { ContainerSelector } from '../lib/element-index';
import type { Audience, SwitchResult } from './site';

export interface OwnPostReading {
  readonly root: Element;
  /** The person's own post (a post of someone else's is read too, so that it is not read again for nothing). */
  readonly own: boolean;
  /** Stable across re-renders (the permalink's path), or null. */
  readonly key: string | null;
  readonly audience: Audience;
  /** Where the marker goes: inserted into `parent` before `before`. */
  readonly anchor: { readonly parent: Element; readonly before: Node | null };
}

export interface OwnPostsSite {
  /** The elements posts live in, indexed from the DOM watcher's records. */
  readonly posts: ContainerSelector;
  /** The page's "this is your own profile" control inside `scope`, or null (scope: an added subtree, or the document). */
  findProfileControl(scope: ParentNode, doc: Document): Element | null;
  /**
   * Reads one post: null when it shows no audience. `ownProfile`: the page is their profile.
   * `previous` (this post's last reading, with the same `ownProfile`) is returned as it is
   * when what it was read from is still there unchanged: a post whose like count or
   * timestamp changed costs a few checks, not a new reading.
   */
  readPost(root: Element, doc: Document, ownProfile: Element | null, previous?: OwnPostReading): OwnPostReading | null;
  /** Makes the post `find()` returns Friends, verified by reading its header back. */
  makeFriends(find: () => Element | null, doc: Document, signal: AbortSignal): Promise<SwitchResult>;
  permalinkOf(root: Element): string | null;
  labelOf(root: Element): string;
}
