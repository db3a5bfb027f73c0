// A host element for the own-post marker and the batch bar: our attribute, an open shadow
// root with its own stylesheet, content rebuilt only when what it shows changes, keyboard
// focus carried over to the rebuilt control.
import { claimOwnNode } from './host';
import { HOST_ATTRIBUTE } from '../lib/own-host';

export interface ShadowHost {
  readonly element: HTMLElement;
  readonly shadow: ShadowRoot;
  /**
   * Replaces the content with what `build` makes, when `key` changed (only then is it
   * built: a post re-rendered by the page moves its marker, it does not rebuild it),
   * keeping focus on the same action.
   */
  show(key: string, build: () => Node): void;
  setAttr(name: string, value: string | null): void;
  destroy(): void;
}

export function createShadowHost(doc: Document, kind: string, css: string, tag = 'span'): ShadowHost {
  const element = doc.createElement(tag);
  element.setAttribute(HOST_ATTRIBUTE, kind);
  claimOwnNode(element);
  const shadow = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  let shown = '';
  return {
    element,
    shadow,
    show(key, build) {
      if (key === shown) return;
      shown = key;
      const action = shadow.activeElement?.getAttribute('data-action');
      mount.replaceChildren(build());
      if (action) mount.querySelector<HTMLElement>(`[data-action="${action}"]`)?.focus();
    },
    setAttr(name, value) {
      // Writes only on change: each write would be a mutation the page's observers see.
      if (value === null) {
        if (element.hasAttribute(name)) element.removeAttribute(name);
      } else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    },
    destroy() {
      mount.replaceChildren();
      element.remove();
    },
  };
}
