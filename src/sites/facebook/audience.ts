// Reading a composer's audience button (docs/MARKUP.md "The audience button"): a
// `[role=button]` whose aria-label starts with "Edit privacy. Sharing with " (high, English
// only) and whose visible text is the audience name alone. Localised prefixes are unknown,
// so outside English the button is recognised by its visible text, read against the lexicon.
import type { Audience } from '../site';
import { LEXICON, audienceNamed, normalise, type FacebookLanguage } from './lexicon';
import { leafTexts } from './on-screen';

/** Every known aria-label prefix, lowercased: a page's `lang` and its labels can disagree. */
const PREFIXES: readonly string[] = [
  ...new Set(Object.values(LEXICON).flatMap((l) => l.audiencePrefixes.map((p) => p.toLocaleLowerCase()))),
];

function prefixOf(label: string): string | null {
  const lower = label.toLocaleLowerCase();
  return PREFIXES.find((p) => lower.startsWith(p)) ?? null;
}

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
  for (const button of scope.querySelectorAll('[role="button"][aria-label]')) {
    if (prefixOf(button.getAttribute('aria-label') ?? '')) byLabel.push(button);
  }
  if (byLabel.length > 0 || !lang) return byLabel;
  const byText: Element[] = [];
  for (const button of scope.querySelectorAll('[role="button"]')) {
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
  const prefix = prefixOf(label);
  if (prefix) {
    const tail = label.slice(prefix.length);
    const named = audienceNamed(tail, lang) ?? (LEXICON.en ? audienceNamed(tail, LEXICON.en) : null);
    if (named) return named;
  }
  return 'unknown';
}

/** For diagnostics: what a button said, shortened. */
export function describeButton(button: Element | null): string {
  if (!button) return 'none';
  const label = button.getAttribute('aria-label');
  const text = normalise(button.textContent ?? '').slice(0, 40);
  return `"${(label ?? '').slice(0, 60)}" / "${text}"`;
}
