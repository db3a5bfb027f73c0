// The words of one's own published posts, per UI language: the header icon's "shared with"
// title, the "Edit audience" control, the post's "…" menu, and the own profile's "Edit
// profile" button. docs/MARKUP.md "Posts already published" (confidence noted there):
// English "Shared with Public", "Actions for this post" and "Edit profile" are high, "Edit
// audience" medium; the localised public titles are medium; the other audiences' titles
// outside English and the localised "Edit audience" / "Edit profile" are guesses: a title
// that matches no template is "unknown" (never public, never safe), and a control that is
// not recognised only means no marker.

export interface OwnPostWords {
  /**
   * The header icon's title, "{}" standing for the audience's visible name (the lexicon's
   * audience names): "Shared with {}" reads "Shared with Public", "Shared with Friends".
   */
  readonly sharedWith: readonly string[];
  /** Whole titles that name the person's friends without the bare word ("Shared with Ana's friends"). */
  readonly friendsTitle: RegExp | null;
  /** The header button and the "…" menu item that open the post's audience chooser. */
  readonly editAudience: readonly string[];
  /** The post's "…" button (aria-label). */
  readonly postActions: readonly string[];
  /** The own profile's button. */
  readonly editProfile: readonly string[];
}

export const OWN_POST_WORDS: Readonly<Record<string, OwnPostWords>> = {
  en: {
    sharedWith: ['Shared with {}'],
    friendsTitle: /^shared with (?:your|.+['’]s) friends$/,
    editAudience: ['Edit audience', 'Edit privacy'],
    postActions: ['Actions for this post'],
    editProfile: ['Edit profile'],
  },
  fr: {
    sharedWith: ['Partagé avec {}', 'Partagé avec : {}'],
    friendsTitle: null,
    editAudience: ['Modifier l’audience', "Modifier l'audience", 'Modifier la confidentialité'],
    postActions: ['Actions pour cette publication'],
    editProfile: ['Modifier le profil'],
  },
  es: {
    sharedWith: ['Compartido con: {}', 'Compartido con {}'],
    friendsTitle: null,
    editAudience: ['Editar público', 'Editar privacidad'],
    postActions: ['Acciones para esta publicación'],
    editProfile: ['Editar perfil'],
  },
  de: {
    sharedWith: ['mit {} geteilt', 'Geteilt mit: {}'],
    friendsTitle: null,
    editAudience: ['Zielgruppe bearbeiten', 'Privatsphäre bearbeiten'],
    postActions: ['Aktionen für diesen Beitrag'],
    editProfile: ['Profil bearbeiten'],
  },
  pt: {
    sharedWith: ['Compartilhado com {}', 'Conteúdo partilhado com: {}'],
    friendsTitle: null,
    editAudience: ['Editar público', 'Editar privacidade'],
    postActions: ['Ações para esta publicação'],
    editProfile: ['Editar perfil'],
  },
  it: {
    sharedWith: ['Contenuto condiviso con: {}', 'Condiviso con: {}'],
    friendsTitle: null,
    editAudience: ['Modifica pubblico', 'Modifica privacy'],
    postActions: ['Azioni per questo post'],
    editProfile: ['Modifica profilo'],
  },
};

/** The words for a document's UI language (by its parts: `pt-BR` reads `pt`), or null. */
export function ownPostWordsOf(doc: Document): OwnPostWords | null {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').trim().toLowerCase();
  if (!lang) return null;
  return OWN_POST_WORDS[lang] ?? OWN_POST_WORDS[lang.split(/[-_]/)[0] ?? ''] ?? null;
}
