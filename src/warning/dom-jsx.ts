// A JSX runtime that builds real DOM nodes directly, for the in-page warning only (the
// extension pages use Preact). The warning is a handful of nodes rendered a few times per
// composer, so a virtual DOM buys nothing there, while Preact would be ~5 KB gzip of the
// content script's 12 KB budget. The same pattern as Refined GitHub's dom-chef.
// Files opt in with `/** @jsxImportSource dom-jsx */`.

type Child = Node | string | number | boolean | null | undefined | Child[];
type Props = Record<string, unknown> & { children?: Child };
type Component = (props: never) => Node;

export const Fragment = Symbol('Fragment');

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false || child === true) return;
  if (Array.isArray(child)) for (const c of child) append(parent, c);
  else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
}

export function jsx(type: string | Component | typeof Fragment, props: Props): Node {
  const { children, ...attrs } = props;
  if (type === Fragment) {
    const fragment = document.createDocumentFragment();
    append(fragment, children);
    return fragment;
  }
  if (typeof type === 'function') return (type as (p: Props) => Node)(props);
  const el = document.createElement(type);
  for (const [name, value] of Object.entries(attrs)) {
    // aria-* states are strings: aria-expanded={false} must say "false", not vanish.
    if (name.startsWith('aria-') && typeof value === 'boolean') {
      el.setAttribute(name, String(value));
      continue;
    }
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    } else if (name === 'disabled') {
      (el as HTMLButtonElement).disabled = Boolean(value);
    } else {
      // Attribute values are text (setAttribute never parses markup).
      el.setAttribute(name === 'className' ? 'class' : name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export { jsx as jsxs, jsx as jsxDEV };

// Types for TypeScript: any intrinsic element with any attributes; an element is a Node.
// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace JSX {
  export type Element = Node;
  export type Attributes = { [name: string]: unknown } & {
    onClick?: (event: MouseEvent) => void;
    onKeyDown?: (event: KeyboardEvent) => void;
  };
  export interface IntrinsicElements {
    [name: string]: Attributes;
  }
  export interface ElementChildrenAttribute {
    children: unknown;
  }
}
