// Finds Instagram's "Create new post" dialog and the place for the warning in it
// (docs/MARKUP.md "Creating a post", high): a `[role="dialog"]` whose heading is "Create new
// post" on the select and share steps and "Crop" / "Edit" in between, a hidden
// `input[type=file][accept]` on the select step, a "Next" button on crop and edit, and a
// "Share" `div[role="button"]` next to the heading on the share step. Class names are
// generated and never read.
import { matchesLabel, type InstagramLabels } from './lexicon';
import { BUTTON, CAPTION_BOX, DIALOG, EDITABLE, HEADING, HIDDEN, MEDIA_INPUT, OWN } from './selectors';

export interface CreateDialog {
  readonly root: Element;
  /** Recognised by its localised labels (the account's privacy applies), or only by its structure (unknown language). */
  readonly by: 'labels' | 'structure';
  readonly anchor: { readonly parent: Element; readonly before: Node | null };
}

// A dialog once recognised stays recognised while it is in the DOM: the middle steps
// replace the heading, and the file input goes away after the select step.
const known = new WeakMap<Element, CreateDialog['by']>();

function text(el: Element): string {
  return el.textContent ?? '';
}

function firstMatching(root: Element, selector: string, labels: readonly string[]): Element | null {
  for (const el of root.querySelectorAll(selector)) {
    if (el.closest(OWN)) continue;
    if (matchesLabel(text(el), labels) || matchesLabel(el.getAttribute('aria-label'), labels)) return el;
  }
  return null;
}

function recogniseByLabels(dialog: Element, labels: InstagramLabels): boolean {
  if (matchesLabel(dialog.getAttribute('aria-label'), labels.create)) return true;
  if (firstMatching(dialog, HEADING, labels.create)) return true;
  // Crop / Edit steps: the step heading together with a Next button.
  if (firstMatching(dialog, HEADING, labels.steps) && firstMatching(dialog, BUTTON, labels.next)) return true;
  // Select step: "Select from computer" beside the hidden media input (de observed live).
  if (firstMatching(dialog, BUTTON, labels.selectFromComputer) && dialog.querySelector(MEDIA_INPUT)) return true;
  for (const box of dialog.querySelectorAll(CAPTION_BOX)) {
    if (matchesLabel(box.getAttribute('aria-label'), labels.caption)) return true;
  }
  return false;
}

function recogniseByStructure(dialog: Element): boolean {
  // The select step's hidden file input, in any language.
  for (const input of dialog.querySelectorAll(MEDIA_INPUT)) {
    if (/image|video/.test(input.getAttribute('accept') ?? '')) return true;
  }
  return false;
}

/** The lowest ancestor of `a` that also contains `b`. */
function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/** The next sibling after `el` that is not our host (so that a placed host is not moved again). */
function nextNonOwn(el: Node): Node | null {
  let next = el.nextSibling;
  while (next instanceof Element && next.matches(OWN)) next = next.nextSibling;
  return next;
}

/**
 * Right under the dialog's header row: the row holding the heading and Next or Share,
 * which puts the warning next to Share on the share step.
 */
export function anchorFor(dialog: Element, labels: InstagramLabels | null): CreateDialog['anchor'] {
  const heading = [...dialog.querySelectorAll(HEADING)].find((el) => !el.closest(OWN)) ?? null;
  const action = labels ? (firstMatching(dialog, BUTTON, labels.share) ?? firstMatching(dialog, BUTTON, labels.next)) : null;
  let header: Element | null;
  if (heading && action) header = commonAncestor(heading, action);
  else header = (heading ?? action)?.parentElement ?? null;
  if (!header || header === dialog || !dialog.contains(header) || !header.parentElement) {
    const first = dialog.firstChild;
    return { parent: dialog, before: first instanceof Element && first.matches(OWN) ? nextNonOwn(first) : first };
  }
  return { parent: header.parentElement, before: nextNonOwn(header) };
}

/** docs/MARKUP.md: the Create flow is one `[role=dialog]` through all its steps. */
export const DIALOGS = { selector: DIALOG, attribute: 'role', ignoreInside: EDITABLE } as const;

export function findCreateDialogs(
  doc: Document,
  labels: InstagramLabels | null,
  dialogs: Iterable<Element> = doc.querySelectorAll(DIALOGS.selector),
): CreateDialog[] {
  const found: CreateDialog[] = [];
  for (const dialog of dialogs) {
    if (dialog.closest(HIDDEN)) continue;
    let by = known.get(dialog);
    if (by !== 'labels') {
      if (labels && recogniseByLabels(dialog, labels)) by = 'labels';
      else if (!by && recogniseByStructure(dialog)) by = 'structure';
    }
    if (!by) continue;
    known.set(dialog, by);
    found.push({ root: dialog, by, anchor: anchorFor(dialog, labels) });
  }
  // A dialog nested in another recognised one is the same composer: keep the outer one.
  return found.filter((d) => !found.some((o) => o !== d && o.root.contains(d.root)));
}
