// The words of one's own published posts, per UI language: the "Edit audience" control, the
// post's "…" menu, and the own profile's "Edit profile" button. docs/MARKUP.md "Posts already
// published" (confidence noted there): English "Actions for this post" and "Edit profile"
// are high, "Edit audience" medium; the localised "Edit audience" / "Edit profile" are
// guesses: a control that is not recognised only means no marker. The header icon's
// sentence, in every language, is post-audience.ts's.

import { OWN_POST_CONTROL_WORDS, wordsForPage, type OwnPostControlWords } from './own-post-control-words';

export interface OwnPostWords extends OwnPostControlWords {
  /** The post's "…" button (aria-label). */
  readonly postActions: readonly string[];
}

export const OWN_POST_WORDS: Readonly<Record<string, OwnPostWords>> = {
  en: {
    ...OWN_POST_CONTROL_WORDS.en,
    postActions: ['Actions for this post'],
  },
  fr: {
    ...OWN_POST_CONTROL_WORDS.fr,
    postActions: ['Actions pour cette publication'],
  },
  es: {
    ...OWN_POST_CONTROL_WORDS.es,
    postActions: ['Acciones para esta publicación'],
  },
  de: {
    ...OWN_POST_CONTROL_WORDS.de,
    postActions: ['Aktionen für diesen Beitrag'],
  },
  pt: {
    ...OWN_POST_CONTROL_WORDS.pt,
    postActions: ['Ações para esta publicação'],
  },
  it: {
    ...OWN_POST_CONTROL_WORDS.it,
    postActions: ['Azioni per questo post'],
  },
};

/** The words for a document's UI language (by its parts: `pt-BR` reads `pt`), or null. */
export function ownPostWordsOf(doc: Document): OwnPostWords | null {
  return wordsForPage(OWN_POST_WORDS, doc);
}
