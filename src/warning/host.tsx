/** @jsxImportSource dom-jsx */
// The warning's host element: a plain element with an open shadow root (the contract's
// hooks live on it). The same host element is re-inserted when the page's React removes
// it, so its state and shadow root survive re-renders. Its content is built with the DOM
// JSX runtime (dom-jsx.ts) and rebuilt only when what it shows changes (the controller
// skips identical renders); keyboard focus is carried over to the rebuilt button.
import { Warning, type WarningProps } from './Warning';
import { CommentWarning, type CommentWarningProps } from './CommentWarning';
import { WARNING_CSS } from './styles';
import { HOST_ATTRIBUTE, type OwnHostKind } from '../lib/own-host';
import { COMMENT_CSS } from './comment-styles';

export interface WarningHost {
  readonly element: HTMLElement;
  update(props: WarningProps, dark: boolean): void;
  /** The compact warning of a comment box (a host made with kind `comment`). */
  updateComment(props: CommentWarningProps, dark: boolean): void;
  destroy(): void;
}

const owned = new WeakSet<Node>();

/** True for our hosts and anything inside them: the DOM watcher ignores their mutations. */
export function isOwnNode(node: Node): boolean {
  return owned.has(node);
}

/** Registers another of our hosts (the own-post marker, the batch bar) as ours. */
export function claimOwnNode(node: Node): void {
  owned.add(node);
}

/** `post`: a composer's warning; `comment`: a comment box's (docs/CONTRACT.md `data-kind`). */
export function createWarningHost(doc: Document, kind: 'post' | 'comment' = 'post'): WarningHost {
  const element = doc.createElement('div');
  element.setAttribute(HOST_ATTRIBUTE, 'warning' satisfies OwnHostKind);
  element.setAttribute('data-kind', kind);
  owned.add(element);
  const shadow = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = kind === 'comment' ? WARNING_CSS + COMMENT_CSS : WARNING_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);

  const paint = (next: HTMLElement, attrs: { site: string; audience: string; state: string }, dark: boolean) => {
    setAttr(element, 'data-site', attrs.site);
    setAttr(element, 'data-audience', attrs.audience);
    setAttr(element, 'data-state', attrs.state);
    element.classList.toggle('dark', dark);
    const focusKey = focusKeyOf(shadow.activeElement);
    const box = mount.firstElementChild;
    if (box) patchBox(box, next);
    else mount.append(next);
    if (focusKey) mount.querySelector<HTMLElement>(focusKey)?.focus();
  };

  return {
    element,
    update(props, dark) {
      paint((<Warning {...props} />) as HTMLElement, props, dark);
    },
    updateComment(props, dark) {
      paint((<CommentWarning {...props} />) as HTMLElement, { site: props.site, audience: 'public', state: 'warning' }, dark);
    },
    destroy() {
      mount.replaceChildren();
      element.remove();
    },
  };
}

/** A selector that finds "the same" control after a rebuild, for keyboard focus. */
function focusKeyOf(el: Element | null): string | null {
  if (!el) return null;
  const action = el.getAttribute('data-action');
  if (action) return `[data-action="${action}"]`;
  return el.classList.contains('link') ? '.link' : null;
}

/**
 * Moves the rebuilt content into the existing box, but keeps the box and its polite live
 * region as the same elements: screen readers announce changes inside a live region that
 * stays, not a region that is replaced.
 */
function patchBox(box: Element, next: Element): void {
  for (const a of [...box.attributes]) if (!next.hasAttribute(a.name)) box.removeAttribute(a.name);
  for (const a of [...next.attributes]) if (box.getAttribute(a.name) !== a.value) box.setAttribute(a.name, a.value);
  const live = box.querySelector(':scope > [aria-live]');
  const nextLive = next.querySelector(':scope > [aria-live]');
  if (!live || !nextLive) {
    box.replaceChildren(...next.childNodes);
    return;
  }
  for (const child of [...box.childNodes]) if (child !== live) child.remove();
  const kids = [...next.childNodes];
  const at = kids.indexOf(nextLive);
  live.before(...kids.slice(0, at));
  live.after(...kids.slice(at + 1));
  for (const a of [...nextLive.attributes]) if (live.getAttribute(a.name) !== a.value) live.setAttribute(a.name, a.value);
  live.replaceChildren(...nextLive.childNodes);
}

// Writes only on change: each write would be a mutation the page's own observers see.
function setAttr(el: Element, name: string, value: string) {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
