// Which of several look-alike elements the person actually sees. Facebook's composer is a
// set of sliding panels: earlier panels stay mounted, moved off-screen with a transform
// (docs/MARKUP.md "The composer dialog", medium), so the same button can exist two or three
// times. Layout is read only for the few candidates passed in, never for the whole page.

const TRANSLATE = /translate(?:X|3d)?\(\s*(-?[\d.]+)/;

/** True if an ancestor (up to `frame`) is moved sideways by an inline transform or hidden. */
function movedOrHidden(el: Element, frame: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n.hasAttribute('hidden')) return true;
    const transform = (n as HTMLElement).style?.transform;
    if (transform) {
      const m = TRANSLATE.exec(transform);
      if (m && Number.parseFloat(m[1] ?? '0') !== 0) return true;
    }
    if (n === frame) break;
  }
  return false;
}

/**
 * Whether `el` is on screen inside `frame` (the composer dialog): not in a panel slid away,
 * not hidden, and at least half of it horizontally inside the frame.
 */
export function isOnScreen(el: Element, frame: Element): boolean {
  if (!el.isConnected || movedOrHidden(el, frame)) return false;
  const f = frame.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return false;
  const overlap = Math.min(r.right, f.right) - Math.max(r.left, f.left);
  if (overlap < r.width / 2) return false;
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  return check ? check.call(el, { visibilityProperty: true }) : true;
}

/** The first of `candidates` on screen in `frame`, or null. */
export function firstOnScreen(candidates: Iterable<Element>, frame: Element): Element | null {
  for (const c of candidates) if (isOnScreen(c, frame)) return c;
  return null;
}

/** Text pieces of an element as the eye reads them: each non-empty text node, trimmed. */
export function leafTexts(el: Element): string[] {
  const out: string[] = [];
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n.nodeValue ?? '').trim();
    if (text) out.push(text);
  }
  return out;
}
