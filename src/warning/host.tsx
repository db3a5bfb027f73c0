// The warning's host element: a plain element with an open shadow root (the contract's
// hooks live on it), rendered with Preact. The same host element is re-inserted when the
// page's React removes it, so its state and shadow root survive re-renders.
import { render } from 'preact';
import { Warning, type WarningProps } from './Warning';
import { WARNING_CSS } from './styles';

export const HOST_ATTRIBUTE = 'data-audience-guard';

export interface WarningHost {
  readonly element: HTMLElement;
  update(props: WarningProps, dark: boolean): void;
  destroy(): void;
}

const owned = new WeakSet<Node>();

/** True for our hosts and anything inside them: the DOM watcher ignores their mutations. */
export function isOwnNode(node: Node): boolean {
  return owned.has(node);
}

export function createWarningHost(doc: Document): WarningHost {
  const element = doc.createElement('div');
  element.setAttribute(HOST_ATTRIBUTE, 'warning');
  owned.add(element);
  const shadow = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = WARNING_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);

  return {
    element,
    update(props, dark) {
      setAttr(element, 'data-site', props.site);
      setAttr(element, 'data-audience', props.audience);
      setAttr(element, 'data-state', props.state);
      element.classList.toggle('dark', dark);
      render(<Warning {...props} />, mount);
    },
    destroy() {
      render(null, mount);
      element.remove();
    },
  };
}

// Writes only on change: each write would be a mutation the page's own observers see.
function setAttr(el: Element, name: string, value: string) {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
