// Facebook's visible words, per UI language (the `lang` on `<html id="facebook">`).
// Adding a language is a data change: add one entry below; the unit test checks that every
// language names every audience and every control the chooser driver needs.
//
// Sources: docs/MARKUP.md "Lexicon" (confidence noted there: es/fr/pt/vi names are
// medium/high, de/it "Friends"/"Only me" are guesses). Every label is a list because
// builds differ (older "Create a post", newer "Create post"); matching is by whole,
// normalised string (see `normalise`), never by substring, so "Friends" does not match
// "Friends except..." nor "Your friends on Facebook".

/** The audiences a Facebook post can have (docs/CONTRACT.md vocabulary, minus the group ones). */
export const POST_AUDIENCES = [
  'public',
  'friends',
  'friends-of-friends',
  'friends-except',
  'specific-friends',
  'only-me',
  'custom',
] as const;
export type PostAudience = (typeof POST_AUDIENCES)[number];

export interface FacebookLanguage {
  /** Visible audience names, as shown on the composer's audience button and chooser rows. */
  readonly audiences: Readonly<Record<PostAudience, readonly string[]>>;
  /**
   * Start of the audience button's aria-label ("Edit privacy. Sharing with "), when known.
   * docs/MARKUP.md: only the English one is sourced (high); others are read by visible text.
   */
  readonly audiencePrefixes: readonly string[];
  /** Group header words (docs/MARKUP.md "Groups", medium). */
  readonly publicGroup: readonly string[];
  readonly privateGroup: readonly string[];
  /** The composer's final buttons (aria-label or visible text): Post, Next (profile/Page), Save (edit). */
  readonly submit: readonly string[];
  /** Chooser footer: Done (docs/MARKUP.md: aria-label "Done with privacy audience selection…", high). */
  readonly done: readonly string[];
  /** Ways out of the chooser without changing anything. */
  readonly cancel: readonly string[];
  readonly back: readonly string[];
  /** The separate "Select Audience" dialog's close button (never used inside the composer). */
  readonly close: readonly string[];
  /** A chooser that folds rarer audiences away ("See more"). */
  readonly seeMore: readonly string[];
}

export const LEXICON: Readonly<Record<string, FacebookLanguage>> = {
  en: {
    audiences: {
      public: ['Public'],
      friends: ['Friends'],
      'friends-of-friends': ['Friends of friends', 'Your friends of friends'],
      'friends-except': ['Friends except...', 'Friends except…', 'Friends except'],
      'specific-friends': ['Specific friends'],
      'only-me': ['Only me'],
      custom: ['Custom', 'Close friends', 'Acquaintances'],
    },
    audiencePrefixes: ['Edit privacy. Sharing with '],
    publicGroup: ['Public group'],
    privateGroup: ['Private group'],
    submit: ['Post', 'Next', 'Save', 'Share now'],
    done: ['Done with privacy audience selection and close dialog', 'Done', 'Save'],
    cancel: ['Cancel'],
    back: ['Back', 'Go back'],
    close: ['Close'],
    seeMore: ['See more', 'See all'],
  },
  es: {
    audiences: {
      public: ['Público'],
      friends: ['Amigos'],
      'friends-of-friends': ['Amigos de amigos'],
      'friends-except': ['Amigos excepto...', 'Amigos, excepto...', 'Amigos excepto…', 'Amigos excepto'],
      'specific-friends': ['Amigos concretos', 'Amigos específicos'],
      'only-me': ['Solo yo', 'Sólo yo'],
      custom: ['Personalizado', 'Mejores amigos'],
    },
    audiencePrefixes: [],
    publicGroup: ['Grupo público'],
    privateGroup: ['Grupo privado'],
    submit: ['Publicar', 'Siguiente', 'Guardar'],
    done: ['Listo', 'Hecho', 'Guardar'],
    cancel: ['Cancelar'],
    back: ['Atrás', 'Volver'],
    close: ['Cerrar'],
    seeMore: ['Ver más', 'Ver todo'],
  },
  fr: {
    audiences: {
      public: ['Public'],
      friends: ['Amis', 'Ami(e)s'],
      'friends-of-friends': ['Amis de leurs amis', 'Amis de vos amis', 'Amis d’amis'],
      'friends-except': ['Amis sauf...', 'Amis sauf…', 'Amis sauf'],
      'specific-friends': ['Amis spécifiques', 'Amis précis'],
      'only-me': ['Moi uniquement'],
      custom: ['Personnalisé', 'Amis proches'],
    },
    audiencePrefixes: [],
    publicGroup: ['Groupe public'],
    privateGroup: ['Groupe privé'],
    submit: ['Publier', 'Suivant', 'Enregistrer'],
    done: ['Terminé', 'OK', 'Enregistrer'],
    cancel: ['Annuler'],
    back: ['Retour', 'Revenir'],
    close: ['Fermer'],
    seeMore: ['Voir plus', 'Tout voir'],
  },
  de: {
    audiences: {
      public: ['Öffentlich'],
      friends: ['Freunde'],
      'friends-of-friends': ['Freunde von Freunden'],
      'friends-except': ['Freunde außer...', 'Freunde außer…', 'Freunde außer'],
      'specific-friends': ['Bestimmte Freunde'],
      'only-me': ['Nur ich', 'Nur für mich'],
      custom: ['Benutzerdefiniert', 'Enge Freunde'],
    },
    audiencePrefixes: [],
    publicGroup: ['Öffentliche Gruppe'],
    privateGroup: ['Private Gruppe'],
    submit: ['Posten', 'Weiter', 'Speichern', 'Veröffentlichen'],
    done: ['Fertig', 'Speichern'],
    cancel: ['Abbrechen'],
    back: ['Zurück'],
    close: ['Schließen'],
    seeMore: ['Mehr ansehen', 'Alle ansehen'],
  },
  pt: {
    audiences: {
      public: ['Público'],
      friends: ['Amigos'],
      'friends-of-friends': ['Amigos de amigos'],
      'friends-except': ['Amigos, exceto...', 'Amigos exceto...', 'Amigos, exceto…', 'Amigos exceto'],
      'specific-friends': ['Amigos específicos'],
      'only-me': ['Somente eu', 'Apenas eu', 'Só eu'],
      custom: ['Personalizado', 'Melhores amigos'],
    },
    audiencePrefixes: [],
    publicGroup: ['Grupo público', 'Grupo Público'],
    privateGroup: ['Grupo privado', 'Grupo Privado'],
    submit: ['Publicar', 'Avançar', 'Seguinte', 'Salvar', 'Guardar'],
    done: ['Concluir', 'Concluído', 'Salvar'],
    cancel: ['Cancelar'],
    back: ['Voltar'],
    close: ['Fechar'],
    seeMore: ['Ver mais', 'Ver tudo'],
  },
  it: {
    audiences: {
      public: ['Tutti', 'Pubblico'],
      friends: ['Amici'],
      'friends-of-friends': ['Amici di amici', 'Amici degli amici'],
      'friends-except': ['Amici eccetto...', 'Amici tranne...', 'Amici eccetto…', 'Amici eccetto'],
      'specific-friends': ['Amici specifici', 'Amici specifici...'],
      'only-me': ['Solo io'],
      custom: ['Personalizzato', 'Amici più stretti'],
    },
    audiencePrefixes: [],
    publicGroup: ['Gruppo pubblico'],
    privateGroup: ['Gruppo privato'],
    submit: ['Pubblica', 'Avanti', 'Salva'],
    done: ['Fatto', 'Salva'],
    cancel: ['Annulla'],
    back: ['Indietro'],
    close: ['Chiudi'],
    seeMore: ['Mostra altro', 'Vedi tutto'],
  },
  vi: {
    audiences: {
      public: ['Công khai'],
      friends: ['Bạn bè'],
      'friends-of-friends': ['Bạn của bạn bè'],
      'friends-except': ['Bạn bè ngoại trừ...', 'Bạn bè ngoại trừ…', 'Bạn bè ngoại trừ'],
      'specific-friends': ['Bạn bè cụ thể'],
      'only-me': ['Chỉ mình tôi'],
      custom: ['Tùy chỉnh', 'Bạn thân'],
    },
    // docs/MARKUP.md: only fragments were found ("Chỉnh sửa quyền riêng tư", "chia sẻ với").
    audiencePrefixes: ['Chỉnh sửa quyền riêng tư. Chia sẻ với '],
    publicGroup: ['Nhóm Công khai', 'Nhóm công khai'],
    privateGroup: ['Nhóm Riêng tư', 'Nhóm riêng tư'],
    submit: ['Đăng', 'Tiếp', 'Lưu'],
    done: ['Xong', 'Lưu'],
    cancel: ['Hủy'],
    back: ['Quay lại', 'Trở lại'],
    close: ['Đóng'],
    seeMore: ['Xem thêm', 'Xem tất cả'],
  },
};

/** Lowercase, one space, no surrounding punctuation: "Only me. " and "only me" compare equal. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s.:,;·…]+|[\s.:,;·…]+$/g, '')
    .toLocaleLowerCase();
}

/** The lexicon for a document's UI language, or null when Facebook is in a language we do not know. */
export function languageOf(doc: Document): FacebookLanguage | null {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').trim().toLowerCase();
  if (!lang) return null;
  return LEXICON[lang] ?? LEXICON[lang.split(/[-_]/)[0] ?? ''] ?? null;
}

/** Whether `text` is one of `words` (normalised, whole string). */
export function isWord(text: string | null | undefined, words: readonly string[]): boolean {
  if (!text) return false;
  const n = normalise(text);
  return n !== '' && words.some((w) => normalise(w) === n);
}

/**
 * The audience a visible name stands for, or null. "Friends except: John, Jane..." is the
 * "except" audience: names ending in an ellipsis in the lexicon also match as a prefix.
 */
export function audienceNamed(text: string, lang: FacebookLanguage): PostAudience | null {
  const n = normalise(text);
  if (!n) return null;
  for (const audience of POST_AUDIENCES) {
    for (const word of lang.audiences[audience]) {
      const w = normalise(word);
      if (w === n) return audience;
    }
  }
  // Second pass for the "except" family, whose label continues with the excluded names.
  for (const word of lang.audiences['friends-except']) {
    const w = normalise(word);
    if (w && (n.startsWith(`${w}:`) || n.startsWith(`${w} `) || n.startsWith(`${w},`))) return 'friends-except';
  }
  return null;
}
