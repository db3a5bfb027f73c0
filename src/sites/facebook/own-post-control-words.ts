// The words of the controls only one's own posts have, per UI language: the "Edit audience"
// control and the own profile's "Edit profile" (docs/MARKUP.md "Posts already published":
// English "Edit profile" high, "Edit audience" medium, the localised ones guesses). Apart
// from the rest of own-posts-lexicon.ts because the core content script needs only these, to
// know when to load the own-posts feature (own-posts-controls.ts).

export interface OwnPostControlWords {
  /** The header button and the "…" menu item that open the post's audience chooser. */
  readonly editAudience: readonly string[];
  /** The own profile's button. */
  readonly editProfile: readonly string[];
}

export const OWN_POST_CONTROL_WORDS = {
  en: {
    editAudience: ['Edit audience', 'Edit privacy'],
    editProfile: ['Edit profile'],
  },
  fr: {
    editAudience: ['Modifier l’audience', "Modifier l'audience", 'Modifier la confidentialité'],
    editProfile: ['Modifier le profil'],
  },
  es: {
    editAudience: ['Editar público', 'Editar privacidad'],
    editProfile: ['Editar perfil'],
  },
  de: {
    editAudience: ['Zielgruppe bearbeiten', 'Privatsphäre bearbeiten'],
    editProfile: ['Profil bearbeiten'],
  },
  pt: {
    editAudience: ['Editar público', 'Editar privacidade'],
    editProfile: ['Editar perfil'],
  },
  it: {
    editAudience: ['Modifica pubblico', 'Modifica privacy'],
    editProfile: ['Modifica profilo'],
  },
} as const satisfies Readonly<Record<string, OwnPostControlWords>>;

/** The entry of `table` for a document's UI language (by its parts: `pt-BR` reads `pt`), or null. */
export function wordsForPage<T>(table: Readonly<Record<string, T>>, doc: Document): T | null {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').trim().toLowerCase();
  if (!lang) return null;
  return table[lang] ?? table[lang.split(/[-_]/)[0] ?? ''] ?? null;
}
