// Layout for unit tests: happy-dom renders nothing, so every box is 0×0. Tests that depend on
// what is on screen call `giveLayout()`: each connected element is then a 100×20 box at the
// origin, moved sideways by its ancestors' inline `translateX(±N%)` (N% of 100 px), and 0×0
// when it or an ancestor is `hidden` or `display: none`. That is enough for the code's own
// on-screen test (overlap with the dialog), without a branch for a document without layout.
import { afterEach, vi } from 'vitest';

const WIDTH = 100;
const HEIGHT = 20;
const TRANSLATE = /translate(?:X|3d)?\(\s*(-?[\d.]+)%/;

function boxOf(el: Element): DOMRect {
  if (!el.isConnected) return new DOMRect(0, 0, 0, 0);
  let x = 0;
  for (let n: Element | null = el; n; n = n.parentElement) {
    const style = (n as HTMLElement).style;
    if (n.hasAttribute('hidden') || style?.display === 'none') return new DOMRect(0, 0, 0, 0);
    const m = style?.transform ? TRANSLATE.exec(style.transform) : null;
    if (m) x += (Number.parseFloat(m[1] ?? '0') / 100) * WIDTH;
  }
  return new DOMRect(x, 0, WIDTH, HEIGHT);
}

/** Gives every element a box for the rest of the current test. */
export function giveLayout(): void {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return boxOf(this);
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});
