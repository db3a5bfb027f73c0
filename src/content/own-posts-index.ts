// The posts in the page, kept up to date from the one DOM watcher's records (like
// src/lib/element-index.ts for dialogs), and which of them changed since the last read, so a
// timeline of 300 posts costs a re-read of only the posts something happened in. A record
// costs one `closest()` walk; a frame in which nothing changed costs nothing at all.
import type { PostsSelector } from '../sites/own-posts-site';

export interface PostReading {
  /** Every post now known to be in the document. */
  readonly posts: ReadonlySet<Element>;
  /** Posts that are new, or in which something changed, since the last read. */
  readonly dirty: ReadonlySet<Element>;
  /** Posts gone since the last read. */
  readonly removed: readonly Element[];
  /** Subtrees added outside any post (where a profile's "Edit profile" can appear); null: look at the whole document. */
  readonly outside: readonly Element[] | null;
}

/** Above this many added nodes between two reads, one full query is cheaper than checking each. */
const MAX_PENDING = 500;

export function createPostIndex({ selector, attribute, textHolders }: PostsSelector) {
  let known: Set<Element> | null = null;
  let pending: Element[] = [];
  /** Removed subtrees: the known posts in them are gone (never a walk over every known post). */
  let gone: Element[] = [];
  let dirty = new Set<Element>();
  /** An element left the page since the last `takeRemoved()`. */
  let removedElement = true;

  /** Whether text held directly by `el` is text the reading looks at. */
  const holdsReadText = (el: Node | null): boolean =>
    textHolders === undefined || (el !== null && el.nodeType === 1 && textHolders.includes((el as Element).localName));

  /** Marks the post holding `node` changed; returns whether there is one. */
  const touch = (node: Node | null): boolean => {
    const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
    const post = el?.closest(selector);
    if (post) dirty.add(post);
    return Boolean(post);
  };

  return {
    /** Takes one record; returns whether the next read can differ because of it. */
    note(record: MutationRecord): boolean {
      if (known === null) return true;
      const { target } = record;
      if (record.type === 'childList') {
        // Indexed loops: no iterator per record (this runs for every record the page makes).
        const { addedNodes, removedNodes } = record;
        let elements = false;
        for (let i = 0; i < addedNodes.length; i += 1) {
          const node = addedNodes[i] as Node;
          if (node.nodeType !== 1) continue;
          elements = true;
          if (pending.length >= MAX_PENDING) {
            known = null;
            pending = [];
            return true;
          }
          pending.push(node as Element);
        }
        for (let i = 0; i < removedNodes.length; i += 1) {
          const node = removedNodes[i] as Node;
          if (node.nodeType !== 1) continue;
          elements = true;
          gone.push(node as Element);
          removedElement = true;
        }
        if (gone.length > MAX_PENDING) {
          known = null;
          pending = [];
          gone = [];
          return true;
        }
        if (!elements && !holdsReadText(target)) return false;
        // Elements came or went: posts may have, or an "Edit profile" outside them.
        if (elements) {
          touch(target);
          return true;
        }
      } else if (record.type === 'characterData') {
        if (!holdsReadText(target.parentElement)) return false;
      } else if (record.type === 'attributes' && record.attributeName === attribute) {
        pending.push(target as Element);
        touch(target);
        return true;
      }
      return touch(target);
    },
    /**
     * Whether an element may have left the page since the last call (only then can one of
     * our hosts have gone with it). True while the index knows nothing.
     */
    takeRemoved(): boolean {
      const was = removedElement || known === null;
      removedElement = false;
      return was;
    },
    read(doc: Document): PostReading {
      if (known === null) {
        known = new Set(doc.querySelectorAll(selector));
        pending = [];
        gone = [];
        dirty = new Set();
        return { posts: known, dirty: known, removed: [], outside: null };
      }
      const removed: Element[] = [];
      const drop = (el: Element) => {
        if (known?.delete(el)) {
          dirty.delete(el);
          removed.push(el);
        }
      };
      for (const node of gone) {
        // Moved, not removed: still in the document, still known.
        if (node.isConnected) continue;
        if (node.matches(selector)) drop(node);
        for (const el of node.querySelectorAll(selector)) if (!el.isConnected) drop(el);
      }
      gone = [];
      // A role taken away (or changed) unmakes a post in place.
      for (const node of pending) if (known.has(node) && !node.matches(selector)) drop(node);
      const outside: Element[] = [];
      for (const node of pending) {
        if (!node.isConnected) continue;
        const inside = node.parentElement?.closest(selector);
        if (node.matches(selector)) {
          known.add(node);
          dirty.add(node);
        } else if (!inside) outside.push(node);
        for (const el of node.querySelectorAll(selector)) {
          known.add(el);
          dirty.add(el);
        }
      }
      const changed = dirty;
      for (const el of changed) if (!known.has(el)) changed.delete(el);
      pending = [];
      dirty = new Set();
      return { posts: known, dirty: changed, removed, outside };
    },
  };
}

export type PostIndex = ReturnType<typeof createPostIndex>;
