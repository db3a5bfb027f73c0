// Reading a composer's audience button (docs/MARKUP.md "The audience button"): a
// `[role=button]` whose aria-label starts with "Edit privacy. Sharing with " (high in
// English; the sourced localised prefixes are in lexicon.ts) and whose visible text is the
// audience name alone. Where a language's prefix is not sourced, the button is recognised by
// its visible text, read against the lexicon.
import type { Audience } from '../site';
import { LEXICON, audienceNamed, labelForm, prefixOf, type FacebookLanguage } from './lexicon';
import { leafTexts } from './on-screen';
import { LABELLED_BUTTON, ROLE_BUTTON } from './selectors';

/** The name a button shows: its whole text if that is a name, else the first leaf that is. */
function visibleAudience(button: Element, lang: FacebookLanguage): Audience | null {
  const whole = audienceNamed(button.textContent ?? '', lang);
  if (whole) return whole;
  for (const leaf of leafTexts(button)) {
    const named = audienceNamed(leaf, lang);
    if (named) return named;
  }
  return null;
}

/**
 * The audience buttons inside `scope`, in document order (several when stale panels are
 * mounted; the caller picks the one on screen). Variant 1: aria-label prefix. Variant 2
 * (fallback for languages whose prefix is unknown): a role=button showing an audience name.
 */
export function audienceButtons(scope: Element, lang: FacebookLanguage | null): Element[] {
  const byLabel: Element[] = [];
  for (const button of scope.querySelectorAll(LABELLED_BUTTON)) {
    if (prefixOf(button.getAttribute('aria-label') ?? '')) byLabel.push(button);
  }
  if (byLabel.length > 0 || !lang) return byLabel;
  const byText: Element[] = [];
  for (const button of scope.querySelectorAll(ROLE_BUTTON)) {
    // An audience button holds a short name, not a paragraph; skip long texts cheaply.
    if ((button.textContent ?? '').length > 60) continue;
    if (visibleAudience(button, lang)) byText.push(button);
  }
  return byText;
}

/**
 * The audience a button stands for. Unknown language: `unknown` (never a guess). Otherwise
 * the visible name first, then the aria-label's tail after a known prefix (in the page's
 * language, then English, since the only sourced prefix is English).
 */
export function readAudience(button: Element, lang: FacebookLanguage | null): Audience {
  if (!lang) return 'unknown';
  const visible = visibleAudience(button, lang);
  if (visible) return visible;
  const label = button.getAttribute('aria-label') ?? '';
  const known = prefixOf(label);
  if (known) {
    const tail = labelForm(label).slice(known.prefix.length);
    // The tail is the name ("Public. "), or may end with it after a colon ("…: Public").
    const tails = [tail, tail.slice(tail.lastIndexOf(':') + 1)];
    for (const t of tails) {
      const named = audienceNamed(t, lang) ?? audienceNamed(t, known.lang) ?? (LEXICON.en ? audienceNamed(t, LEXICON.en) : null);
      if (named) return named;
    }
  }
  return 'unknown';
}
