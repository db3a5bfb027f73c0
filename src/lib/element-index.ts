// The elements a site's composers live in (its dialogs), kept up to date from the DOM
// watcher's mutation records instead of a document-wide query per frame, and whether
// anything in them changed since the last read. On a feed of 80,000 nodes the query was
// nearly all of the extension's script time, and re-reading an open composer (which reads
// layout) in every frame the feed changed anywhere forced a layout of the whole page; now a
// frame in which only the feed changed costs one check per record.

export interface ContainerSelector {
  /** CSS selector of the elements (e.g. `[role="dialog"]`). */
  readonly selector: string;
  /** The attribute the selector tests, so that setting or removing it later is seen too. */
  readonly attribute: string;
  /**
   * Changes inside an element matching this (the text box the person types in) do not
   * count as changes of the container: typing must not cost a re-read per key.
   */
  readonly ignoreInside?: string;
}

interface ContainerReading {
  /** The matching elements now in the document: the known ones first, newly found ones after. */
  readonly containers: Element[];
  /** Whether a container came or went, or something inside one (or an ancestor's attribute) changed. */
  readonly changed: boolean;
}

export interface ElementIndex {
  /**
   * Takes note of one mutation record. Returns whether the next read can differ because of
   * it: an element came or went (it may be or hold a container), the container attribute
   * changed, or the change is inside a container (or an attribute of an ancestor's).
   */
  note(record: MutationRecord): boolean;
  /**
   * Something at `target` changed what is on screen without a mutation (a transition ended):
   * marks its container changed. Returns whether `target` is in (or holds) a container.
   */
  touch(target: Node): boolean;
  read(doc: Document): ContainerReading;
}

/**
 * Above this many nodes added between two reads, one full query is cheaper than checking
 * each (a navigation replacing the whole page adds few, large subtrees; a render storm may
 * add thousands of small ones).
 */
const MAX_PENDING = 500;

export function createElementIndex({ selector, attribute, ignoreInside }: ContainerSelector): ElementIndex {
  /** null: unknown, query the whole document on the next read. */
  let known: Set<Element> | null = null;
  let pending: Element[] = [];
  let changed = true;

  const add = (node: Node) => {
    if (known === null || node.nodeType !== 1) return;
    if (pending.length >= MAX_PENDING) {
      known = null;
      pending = [];
      return;
    }
    pending.push(node as Element);
  };

  /** Whether a change at `target` can change what a container shows. */
  const touches = (target: Node, isAttribute: boolean): boolean => {
    if (known === null) return true;
    for (const container of known) {
      if (container.contains(target)) {
        const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
        return !(ignoreInside && el?.closest(ignoreInside));
      }
      // An ancestor hidden, restyled or relabelled (`lang` on <html>, aria-hidden on a layer).
      if (isAttribute && target.contains(container)) return true;
    }
    return false;
  };

  return {
    note(record) {
      if (known === null) return true;
      let elements = false;
      if (record.type === 'childList') {
        const added = record.addedNodes;
        for (let i = 0; i < added.length; i += 1) {
          const node = added[i] as Node;
          if (node.nodeType !== 1) continue;
          elements = true;
          add(node);
        }
        // A removed container fails `isConnected` on the next read: the read is wanted.
        const removed = record.removedNodes;
        for (let i = 0; i < removed.length && !elements; i += 1) if ((removed[i] as Node).nodeType === 1) elements = true;
      } else if (record.type === 'attributes' && record.attributeName === attribute) {
        add(record.target);
        elements = true;
      }
      if (!changed) changed = touches(record.target, record.type === 'attributes');
      return elements || changed;
    },
    touch(target) {
      const inside = touches(target, true);
      if (inside) changed = true;
      return inside;
    },
    read(doc) {
      if (known === null) {
        known = new Set(doc.querySelectorAll(selector));
        pending = [];
        changed = false;
        return { containers: [...known], changed: true };
      }
      let wasChanged = changed;
      for (const el of known) {
        if (!el.isConnected || !el.matches(selector)) {
          known.delete(el);
          wasChanged = true;
        }
      }
      for (const node of pending) {
        // Added, then removed again before this read: nothing to find in it.
        if (!node.isConnected) continue;
        const found = node.matches(selector) ? [node, ...node.querySelectorAll(selector)] : node.querySelectorAll(selector);
        for (const el of found) {
          // New, or a known one moved (re-inserted) elsewhere: either way, read it again.
          known.add(el);
          wasChanged = true;
        }
      }
      pending = [];
      changed = false;
      return { containers: [...known], changed: wasChanged };
    },
  };
}
