// A structural outline of part of a page, for a bug report the person copies by hand: tags,
// roles, aria attributes and the site's own control labels, so that the project learns what
// the live markup looks like when it changes. It never holds what the page shows of the
// person or of others: text is left out (only its length is kept), the text box the person
// writes in is not entered, and an attribute value is kept only when the site adapter
// recognises it as one of the site's own control labels (`keep`); any other value is
// replaced by its length.

export interface OutlineOptions {
  /**
   * The site's own words, as the adapter knows them: returns the value to show (possibly
   * shortened, e.g. a label's prefix alone) or null to hide it.
   */
  readonly keep: (value: string) => string | null;
  /** Elements not entered (the text box holding the draft). */
  readonly opaque: (el: Element) => boolean;
  readonly maxLines?: number;
}

/** Attributes whose values are structure, never content: shown as they are. */
const STRUCTURAL = new Set(['role', 'type', 'method', 'contenteditable', 'data-lexical-editor', 'aria-modal', 'aria-checked', 'aria-disabled', 'aria-expanded', 'aria-hidden', 'aria-selected', 'aria-haspopup', 'hidden', 'tabindex', 'dir']);
/** Attributes whose values may be labels: kept only when the site knows them. */
const LABELS = new Set(['aria-label', 'aria-placeholder', 'aria-valuetext', 'alt', 'title', 'placeholder']);
/** Attributes that only matter by their presence (ids, references): the value is hidden. */
const PRESENCE = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-posinset', 'href', 'id']);

function quote(value: string): string {
  return JSON.stringify(value);
}

function describe(el: Element, options: OutlineOptions): string {
  const parts = [el.localName];
  for (const attr of el.attributes) {
    const name = attr.name;
    if (STRUCTURAL.has(name)) parts.push(`${name}=${quote(attr.value.slice(0, 20))}`);
    else if (LABELS.has(name)) {
      const kept = options.keep(attr.value);
      parts.push(kept === null ? `${name}=[${attr.value.length} chars]` : `${name}=${quote(kept)}`);
    } else if (PRESENCE.has(name)) parts.push(name);
  }
  if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) parts.push(el.checked ? 'checked' : 'unchecked');
  if (el instanceof HTMLElement && el.style.transform) parts.push(`transform=${quote(el.style.transform.slice(0, 40))}`);
  return parts.join(' ');
}

/** The outline of `root`, one element per line, indented by depth. */
export function structuralOutline(root: Element, options: OutlineOptions): string {
  const max = options.maxLines ?? 400;
  const lines: string[] = [];
  const visit = (el: Element, depth: number) => {
    if (lines.length >= max) return;
    const pad = '  '.repeat(depth);
    lines.push(pad + describe(el, options));
    if (options.opaque(el)) {
      lines.push(`${pad}  (not read: the person's own text)`);
      return;
    }
    for (const child of el.childNodes) {
      if (lines.length >= max) break;
      if (child.nodeType === 1) visit(child as Element, depth + 1);
      else if (child.nodeType === 3) {
        const text = (child.nodeValue ?? '').trim();
        if (!text) continue;
        const kept = options.keep(text);
        lines.push(`${pad}  ${kept === null ? `#text [${text.length} chars]` : `#text ${quote(kept)}`}`);
      }
    }
  };
  visit(root, 0);
  if (lines.length >= max) lines.push(`… (cut at ${max} lines)`);
  return lines.join('\n');
}
