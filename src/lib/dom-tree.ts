// Small, site-independent questions about the shape of the DOM tree.

/** The nearest element holding both `a` and `b`, searched no higher than `limit` (null: none). */
export function commonAncestor(a: Element, b: Element, limit?: Element): Element | null {
  const ancestors = new Set<Element>();
  for (let n: Element | null = b; n; n = n.parentElement) {
    ancestors.add(n);
    if (n === limit) break;
  }
  for (let n: Element | null = a; n; n = n.parentElement) {
    if (ancestors.has(n)) return n;
    if (n === limit) break;
  }
  return null;
}
