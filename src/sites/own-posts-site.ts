// What a site offers for the person's own published posts (Facebook only): find them,
// say which are public, and make one Friends by driving the site's own controls.
import type { ContainerSelector } from '../lib/element-index';
import type { Audience, SwitchResult } from './site';

/** Where posts live, and which text the site's reading of a post depends on. */
export interface PostsSelector extends ContainerSelector {
  /**
   * A text change (a text node's data, or an element's text children replaced) marks its
   * post changed only when the element holding the text has one of these local names: a
   * timeline rewrites its timestamps and counters many times a second, and a reading that
   * looks at no text there need not look again. Names, not a selector: this is asked for
   * every text record the page makes. Unset: every text change counts.
   */
  readonly textHolders?: readonly string[];
}

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
  readonly posts: PostsSelector;
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
