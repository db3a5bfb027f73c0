// What a bug report may say about a Facebook dialog (docs/MARKUP.md is what the project knows;
// a report is how it learns what changed): its structural outline, with only Facebook's own
// control labels in it, and a diagnostic line of what the reader found. Never the draft, the
// person's name or anyone else's: a label is kept only when it is a word of the lexicon (in any
// language), or a known audience-button prefix followed by a known audience name.
import type { Composer } from '../site';
import { LEXICON, POST_AUDIENCES, audienceNamed, isWord, labelForm, languageOf, normalise, prefixOf } from './lexicon';
import { audienceButtons } from './audience';
import { firstOnScreen } from './on-screen';
import { TEXTBOX } from './selectors';
import { structuralOutline } from '../../lib/outline';

/** Every word of every language: the site's own labels, the only text a report may hold. */
const WORDS: readonly string[] = Object.values(LEXICON).flatMap((l) => [
  ...POST_AUDIENCES.flatMap((a) => l.audiences[a]),
  ...l.publicGroup, ...l.privateGroup, ...l.publicPostBox, ...l.submit, ...l.next, ...l.done, ...l.cancel, ...l.back, ...l.close, ...l.seeMore,
]);
/** Labels of the composer's other controls that are not in the lexicon (docs/MARKUP.md, high). */
const CONTROLS = ['Photo/video', 'Close composer dialog', 'Create post', 'Create a post', 'Edit post', 'Post audience', 'Select Audience', 'Set as default audience.', 'Share', 'Done with privacy audience selection and close dialog', 'Actions for this post'];

function keep(value: string): string | null {
  if (isWord(value, WORDS) || isWord(value, CONTROLS)) return value.trim();
  const known = prefixOf(value);
  if (known) {
    const tail = labelForm(value).slice(known.prefix.length);
    const named = Object.values(LEXICON).some((l) => audienceNamed(tail, l) !== null && audienceNamed(tail, l) !== 'friends-except');
    // "Friends except: John, Jane..." names people: the prefix alone then.
    return named ? value.trim() : `${value.slice(0, known.prefix.length).trim()} …`;
  }
  return null;
}

/** A value as a diagnostic may show it: the site's own word, else only its length. */
export function safeText(value: string | null | undefined): string {
  if (!value) return '""';
  const kept = keep(value);
  return kept === null ? `[${value.length} chars]` : JSON.stringify(kept);
}

/** For diagnostics: what a button said (its label and its text), without anyone's name. */
export function describeButton(button: Element | null): string {
  if (!button) return 'none';
  return `${safeText(button.getAttribute('aria-label'))} / ${safeText(normalise(button.textContent ?? ''))}`;
}

export function reportDetails(composer: Composer): { outline: string; diagnostic: string; language: string } {
  const dialog = composer.root;
  const doc = dialog.ownerDocument;
  const lang = languageOf(doc, dialog);
  const buttons = audienceButtons(dialog, lang);
  const visible = firstOnScreen(buttons, dialog);
  const outline = structuralOutline(dialog, {
    keep,
    // The draft: never entered. (Our warning's content is in a shadow root, never walked.)
    opaque: (el) => el.matches(TEXTBOX),
  });
  const diagnostic = [
    `kind ${composer.kind}`,
    `audience ${composer.audience}`,
    `lexicon ${lang ? 'known' : 'none'}`,
    `audience buttons ${buttons.length}`,
    `on screen ${describeButton(visible)}`,
  ].join('; ');
  return { outline, diagnostic, language: doc.documentElement.getAttribute('lang') ?? '(none)' };
}
