// Finding the dialogs that publish on a Facebook page and reading who each will post to. Runs
// once per frame while Facebook mutates, so it reads only the dialogs the content script keeps
// indexed (never the whole feed), and reads layout only for the few candidate buttons inside
// a dialog (to ignore panels slid off-screen).
//
// docs/CONTRACT.md "Every dialog that publishes counts": the feed's "Create post", the
// profile's two-step composer, "Edit post", group composers and the Share dialog. They are
// found by structure, never by the dialog's own (localised, sometimes absent) label: a
// dialog holding a text box, or an audience button and a publish button.
import type { Audience, Composer } from '../site';
import { isWord, languageOf, type FacebookLanguage } from './lexicon';
import { audienceButtons, readAudience } from './audience';
import { firstOnScreen, isOnScreen, leafTexts } from './on-screen';
import { groupPageOf, groupPrivacy } from './group';
import { ARTICLE, BUTTON, DIALOG, HEADING, RADIO, TEXTBOX } from './selectors';
import { commonAncestor } from '../../lib/dom-tree';

/**
 * The audience last read from a composer's visible panel. While the audience chooser or the
 * profile's second step covers that panel, the audience is still the one last seen.
 */
const lastSeen = new WeakMap<Element, Audience>();

/** docs/MARKUP.md: every composer (feed, profile, group, share) is a `[role=dialog]` (high). */
export const DIALOGS = { selector: DIALOG, attribute: 'role', ignoreInside: TEXTBOX } as const;

export function findComposers(doc: Document, dialogs: Iterable<Element> = doc.querySelectorAll(DIALOG)): Composer[] {
  const composers: Composer[] = [];
  for (const dialog of dialogs) {
    const composer = readComposer(doc, dialog, languageOf(doc, dialog));
    if (composer) composers.push(composer);
  }
  return composers;
}

/** The composer a `[role=dialog]` holds, or null if it holds none. */
export function readComposer(doc: Document, dialog: Element, lang: FacebookLanguage | null): Composer | null {
  const textbox = ownTextbox(dialog);
  const buttons = audienceButtons(dialog, lang);
  if (!textbox) {
    // No text box: a Share dialog still publishes when it has an audience button and a
    // publish button; anything else (menus, the "Select Audience" dialog with its radios) not.
    const own = buttons.filter((b) => b.closest(DIALOG) === dialog);
    if (own.length === 0 || dialog.querySelector(RADIO) || !lang || submitButtons(dialog, lang).length === 0) return null;
  }
  // A post opened in a viewer holds a comment box, not a post composer. (A share dialog
  // also embeds the shared post as an article, but it has an audience button.)
  if (buttons.length === 0 && dialog.querySelector(ARTICLE)) return null;
  const group = buttons.length === 0 ? groupPageOf(doc) : null;
  if (group) {
    const privacy = groupPrivacy(doc, textbox, lang);
    const audience: Audience = privacy === 'public' ? 'public' : privacy === 'private' ? 'group-private' : 'unknown';
    return lazyAnchor({ root: dialog, kind: 'group', audience, canMakePrivate: false, aboutUrl: group.aboutUrl, readsPage: true }, lang, null);
  }

  const visible = buttons.length === 0 ? null : firstOnScreen(buttons, dialog);
  let audience: Audience;
  if (visible) {
    audience = readAudience(visible, lang);
    lastSeen.set(dialog, audience);
  } else {
    audience = lastSeen.get(dialog) ?? 'unknown';
  }
  // The switch needs the Friends name (and the chooser's words): not offered where unsourced.
  const canMakePrivate = lang !== null && lang.audiences.friends.length > 0 && buttons.length > 0;
  return lazyAnchor({ root: dialog, kind: 'post', audience, canMakePrivate }, lang, visible);
}

/** The dialog's own text box (not a nested dialog's, not a comment box inside a shared post). */
function ownTextbox(dialog: Element): Element | null {
  for (const box of dialog.querySelectorAll(TEXTBOX)) {
    if (box.closest(DIALOG) === dialog && !box.closest(ARTICLE)) return box;
  }
  return null;
}

/** The anchor is computed only when a host is placed (it reads layout). */
function lazyAnchor(base: Omit<Composer, 'anchor'>, lang: FacebookLanguage | null, audienceButton: Element | null): Composer {
  let anchor: Composer['anchor'] | undefined;
  return {
    ...base,
    get anchor() {
      anchor ??= anchorIn(base.root, lang, audienceButton);
      return anchor;
    },
  };
}

/**
 * Where the warning (and the "could not read" notice alike) goes: just above the block that
 * holds the visible Post (or Next, Save, Share now) button, inside the visible panel, so it
 * sits next to the decision without entering the button's own flex row. Fallback: the end
 * of the dialog itself.
 */
export function anchorIn(dialog: Element, lang: FacebookLanguage | null, audienceButton: Element | null): Composer['anchor'] {
  const fallback = { parent: dialog, before: null };
  const textbox = ownTextbox(dialog);
  const submit = (lang ? visibleSubmit(dialog, lang) : null) ?? lastButtonAfter(dialog, textbox);
  if (!submit) return fallback;
  // Something else on screen in the same panel: the audience button, the text box, or (on a
  // step with neither, the profile's "Post settings") the panel's heading.
  const reference =
    audienceButton && audienceButton.isConnected && isOnScreen(audienceButton, dialog)
      ? audienceButton
      : textbox && isOnScreen(textbox, dialog)
        ? textbox
        : firstOnScreen(dialog.querySelectorAll(HEADING), dialog);
  if (!reference) return fallback;
  const container = commonAncestor(submit, reference, dialog);
  if (!container || container === submit) return fallback;
  let block: Element = submit;
  while (block.parentElement && block.parentElement !== container) block = block.parentElement;
  return block.parentElement === container ? { parent: container, before: block } : fallback;
}

/** Post / Next / Save / Share now buttons (docs/MARKUP.md: div[role=button] with aria-label "Post", high). */
function submitButtons(dialog: Element, lang: FacebookLanguage): Element[] {
  const candidates: Element[] = [];
  for (const button of dialog.querySelectorAll(BUTTON)) {
    const label = button.getAttribute('aria-label');
    if (label !== null ? isWord(label, lang.submit) : leafTexts(button).some((t) => isWord(t, lang.submit))) {
      candidates.push(button);
    }
  }
  return candidates;
}

/** The Post / Next / Save / Share now button on screen: the last, the footer's comes after anything similar. */
function visibleSubmit(dialog: Element, lang: FacebookLanguage): Element | null {
  const candidates = submitButtons(dialog, lang);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c && isOnScreen(c, dialog)) return c;
  }
  return null;
}

/**
 * A language whose words are unknown: the publish button is, by structure, the last button on
 * screen after the text box (the composer's footer), so the notice still sits above it.
 */
function lastButtonAfter(dialog: Element, textbox: Element | null): Element | null {
  if (!textbox) return null;
  const buttons = [...dialog.querySelectorAll(BUTTON)];
  for (let i = buttons.length - 1; i >= 0; i--) {
    const b = buttons[i];
    if (!b || !(textbox.compareDocumentPosition(b) & 4 /* FOLLOWING */) || textbox.contains(b)) continue;
    if (isOnScreen(b, dialog)) return b;
  }
  return null;
}
