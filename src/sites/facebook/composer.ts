// Finding the composers open on a Facebook page and reading who each will post to. Runs once
// per frame while Facebook mutates, so it reads only the dialogs the content script keeps
// indexed (never the whole feed), and reads layout only for the few candidate buttons inside
// a dialog (to ignore panels slid off-screen).
import type { Audience, Composer } from '../site';
import { isWord, languageOf, type FacebookLanguage } from './lexicon';
import { audienceButtons, readAudience } from './audience';
import { firstOnScreen, isOnScreen, leafTexts } from './on-screen';
import { groupPageOf, groupPrivacy } from './group';

/** docs/MARKUP.md "The composer dialog": the Lexical text box (high). */
export const TEXTBOX = '[contenteditable="true"][role="textbox"]';

/**
 * The audience last read from a composer's visible panel. While the audience chooser or the
 * profile's second step covers that panel, the audience is still the one last seen.
 */
const lastSeen = new WeakMap<Element, Audience>();

/** docs/MARKUP.md: every composer (feed, profile, group, share) is a `[role=dialog]` (high). */
export const DIALOGS = { selector: '[role="dialog"]', attribute: 'role', ignoreInside: TEXTBOX } as const;

export function findComposers(doc: Document, dialogs: Iterable<Element> = doc.querySelectorAll(DIALOGS.selector)): Composer[] {
  const lang = languageOf(doc);
  const composers: Composer[] = [];
  for (const dialog of dialogs) {
    const composer = readComposer(doc, dialog, lang);
    if (composer) composers.push(composer);
  }
  return composers;
}

/** The composer a `[role=dialog]` holds, or null if it holds none. */
export function readComposer(doc: Document, dialog: Element, lang: FacebookLanguage | null): Composer | null {
  const textbox = dialog.querySelector(TEXTBOX);
  // A dialog without a text box is not a composer (the "Select Audience" dialog, menus).
  if (!textbox) return null;
  // The text box belongs to a dialog nested inside this one: that one is the composer.
  if (textbox.closest('[role="dialog"]') !== dialog) return null;
  // A post opened in a viewer holds a comment box, not a post composer. (A share dialog
  // also embeds the shared post as an article, but it has an audience button.)
  if (textbox.closest('[role="article"]')) return null;
  const buttons = audienceButtons(dialog, lang);
  if (buttons.length === 0 && dialog.querySelector('[role="article"]')) return null;
  const group = buttons.length === 0 ? groupPageOf(doc) : null;
  if (group) {
    const privacy = groupPrivacy(doc, group, lang);
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
  return lazyAnchor({ root: dialog, kind: 'post', audience, canMakePrivate: lang !== null && buttons.length > 0 }, lang, visible);
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
 * Where the warning goes: just above the block that holds the visible Post (or Next, or
 * Save) button, inside the visible panel, so it sits next to the decision without entering
 * the button's own flex row. Fallback: the end of the dialog itself.
 */
export function anchorIn(dialog: Element, lang: FacebookLanguage | null, audienceButton: Element | null): Composer['anchor'] {
  const fallback = { parent: dialog, before: null };
  const submit = lang ? visibleSubmit(dialog, lang) : null;
  if (!submit) return fallback;
  const textbox = dialog.querySelector(TEXTBOX);
  const reference =
    audienceButton && audienceButton.isConnected && isOnScreen(audienceButton, dialog)
      ? audienceButton
      : textbox && isOnScreen(textbox, dialog)
        ? textbox
        : null;
  if (!reference) return fallback;
  const container = commonAncestor(submit, reference, dialog);
  if (!container) return fallback;
  let block: Element = submit;
  while (block.parentElement && block.parentElement !== container) block = block.parentElement;
  return block.parentElement === container ? { parent: container, before: block } : fallback;
}

/** The Post / Next / Save button on screen (docs/MARKUP.md: div[role=button] with aria-label "Post", high). */
function visibleSubmit(dialog: Element, lang: FacebookLanguage): Element | null {
  const candidates: Element[] = [];
  for (const button of dialog.querySelectorAll('[role="button"], button')) {
    const label = button.getAttribute('aria-label');
    if (label !== null ? isWord(label, lang.submit) : leafTexts(button).some((t) => isWord(t, lang.submit))) {
      candidates.push(button);
    }
  }
  // The last one on screen: the footer's button comes after anything similar above it.
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c && isOnScreen(c, dialog)) return c;
  }
  return null;
}

function commonAncestor(a: Element, b: Element, limit: Element): Element | null {
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
