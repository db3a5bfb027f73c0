// What a site offers for the person's own published posts (Facebook only): find them,
// say which are public, and make one Friends by driving the site's own controls.
import type { ContainerSelector } from '../lib/element-index';
import type { Audience, SwitchResult } from './site';

export interface OwnPostReading {
  readonly root: Element;
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
  /** Reads one post: null unless it is the person's own and shows an audience. `ownProfile`: the page is their profile. */
  readPost(root: Element, doc: Document, ownProfile: Element | null): OwnPostReading | null;
  /** Makes the post `find()` returns Friends, verified by reading its header back. */
  makeFriends(find: () => Element | null, doc: Document, signal: AbortSignal): Promise<SwitchResult>;
  permalinkOf(root: Element): string | null;
  labelOf(root: Element): string;
}
