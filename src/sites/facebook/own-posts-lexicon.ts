// The words of one's own published posts, per UI language: the header icon's "shared with"
// title, the "Edit audience" control, the post's "…" menu, and the own profile's "Edit
// profile" button. docs/MARKUP.md "Posts already published" (confidence noted there):
// English "Shared with Public", "Actions for this post" and "Edit profile" are high, "Edit
// audience" medium; the localised public titles are medium; the other audiences' titles
// outside English and the localised "Edit audience" / "Edit profile" are guesses: a title
// that matches no template is "unknown" (never public, never safe), and a control that is
// not recognised only means no marker.

import { OWN_POST_CONTROL_WORDS, wordsForPage, type OwnPostControlWords } from './own-post-control-words';

export interface OwnPostWords extends OwnPostControlWords {
  /**
   * The header icon's title, "{}" standing for the audience's visible name (the lexicon's
   * audience names): "Shared with {}" reads "Shared with Public", "Shared with Friends".
   */
  readonly sharedWith: readonly string[];
  /** Whole titles that name the person's friends without the bare word ("Shared with Ana's friends"). */
  readonly friendsTitle: RegExp | null;
  /** The post's "…" button (aria-label). */
  readonly postActions: readonly string[];
}

export const OWN_POST_WORDS: Readonly<Record<string, OwnPostWords>> = {
  en: {
    ...OWN_POST_CONTROL_WORDS.en,
    sharedWith: ['Shared with {}'],
    friendsTitle: /^shared with (?:your|.+['’]s) friends$/,
    postActions: ['Actions for this post'],
  },
  fr: {
    ...OWN_POST_CONTROL_WORDS.fr,
    sharedWith: ['Partagé avec {}', 'Partagé avec : {}'],
    friendsTitle: null,
    postActions: ['Actions pour cette publication'],
  },
  es: {
    ...OWN_POST_CONTROL_WORDS.es,
    sharedWith: ['Compartido con: {}', 'Compartido con {}'],
    friendsTitle: null,
    postActions: ['Acciones para esta publicación'],
  },
  de: {
    ...OWN_POST_CONTROL_WORDS.de,
    sharedWith: ['mit {} geteilt', 'Geteilt mit: {}'],
    friendsTitle: null,
    postActions: ['Aktionen für diesen Beitrag'],
  },
  pt: {
    ...OWN_POST_CONTROL_WORDS.pt,
    sharedWith: ['Compartilhado com {}', 'Conteúdo partilhado com: {}'],
    friendsTitle: null,
    postActions: ['Ações para esta publicação'],
  },
  it: {
    ...OWN_POST_CONTROL_WORDS.it,
    sharedWith: ['Contenuto condiviso con: {}', 'Condiviso con: {}'],
    friendsTitle: null,
    postActions: ['Azioni per questo post'],
  },
};

/** The words for a document's UI language (by its parts: `pt-BR` reads `pt`), or null. */
export function ownPostWordsOf(doc: Document): OwnPostWords | null {
  return wordsForPage(OWN_POST_WORDS, doc);
}
