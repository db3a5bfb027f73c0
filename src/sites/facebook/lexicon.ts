// Facebook's visible words, per UI language (the `lang` on `<html id="facebook">`).
// Adding a language is a data change: add one entry below; the unit test checks that every
// entry is well formed. Each entry says where its words come from and how sure they are
// (docs/MARKUP.md "Lexicon" and "The audience button", docs/SOURCES.md): a word without a
// source is left out, so that the audience reads `unknown` (said out loud), never a guess.
// Every label is a list because builds differ (older "Create a post", newer "Create post");
// matching is by whole, normalised string (see `normalise`), never by substring, so
// "Friends" does not match "Friends except..." nor "Your friends on Facebook".

import { LABELLED_BUTTON } from './selectors';

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
/** Visible audience names by audience; an audience left out has none sourced. */
export type AudienceNames = Readonly<Partial<Record<PostAudience, readonly string[]>>>;

export interface FacebookLanguage {
  /** Visible audience names, as shown on the composer's audience button and chooser rows (empty: not sourced). */
  readonly audiences: Readonly<Record<PostAudience, readonly string[]>>;
  /**
   * Start of the audience button's aria-label ("Edit privacy. Sharing with "), when sourced.
   * Also how a page whose `lang` is missing or unknown is recognised.
   */
  readonly audiencePrefixes: readonly string[];
  /** Group header words (docs/MARKUP.md "Groups", medium). */
  readonly publicGroup: readonly string[];
  readonly privateGroup: readonly string[];
  /** A public group's composer text box label ("Create a public post…", docs/MARKUP.md "Groups"). */
  readonly publicPostBox: readonly string[];
  /** The composer's final buttons (aria-label or visible text): Post, Next (profile/Page), Save (edit), Share now. */
  readonly submit: readonly string[];
  /** The profile's first step's "Next" alone (never Post): the switch returns to the step it left. */
  readonly next: readonly string[];
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

const NONE: readonly string[] = [];
/** For languages with only a few sourced names: every other audience unknown. */
function names(partial: Partial<Record<PostAudience, readonly string[]>>): Record<PostAudience, readonly string[]> {
  return Object.fromEntries(POST_AUDIENCES.map((a) => [a, partial[a] ?? NONE])) as Record<PostAudience, readonly string[]>;
}

/** A language of which only some audience names are sourced, and nothing else. */
function only(partial: Partial<Record<PostAudience, readonly string[]>>): FacebookLanguage {
  return {
    audiences: names(partial),
    audiencePrefixes: NONE,
    publicGroup: NONE,
    privateGroup: NONE,
    publicPostBox: NONE,
    submit: NONE,
    next: NONE,
    done: NONE,
    cancel: NONE,
    back: NONE,
    close: NONE,
    seeMore: NONE,
  };
}

export const LEXICON: Readonly<Record<string, FacebookLanguage>> = {
  // English: docs/MARKUP.md, high for the prefix, the names, Post and Done.
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
    // docs/MARKUP.md "Groups": the public group's text box (high in English).
    publicPostBox: ['Create a public post…'],
    submit: ['Post', 'Next', 'Save', 'Share now'],
    next: ['Next'],
    done: ['Done with privacy audience selection and close dialog', 'Done', 'Save'],
    cancel: ['Cancel'],
    back: ['Back', 'Go back'],
    close: ['Close'],
    seeMore: ['See more', 'See all'],
  },
  // Spanish: docs/MARKUP.md "Lexicon" (Público, Amigos medium; Solo yo a guess kept from the first
  // lexicon, prefix unknown: read by the visible name).
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
    publicPostBox: [],
    submit: ['Publicar', 'Siguiente', 'Guardar'],
    next: ['Siguiente'],
    done: ['Listo', 'Hecho', 'Guardar'],
    cancel: ['Cancelar'],
    back: ['Atrás', 'Volver'],
    close: ['Cerrar'],
    seeMore: ['Ver más', 'Ver todo'],
  },
  // French: docs/MARKUP.md "Lexicon" (Public, Amis, Amis sauf, Personnalisé medium).
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
    publicPostBox: [],
    submit: ['Publier', 'Suivant', 'Enregistrer'],
    next: ['Suivant'],
    done: ['Terminé', 'OK', 'Enregistrer'],
    cancel: ['Annuler'],
    back: ['Retour', 'Revenir'],
    close: ['Fermer'],
    seeMore: ['Voir plus', 'Tout voir'],
  },
  // German: docs/MARKUP.md "Lexicon": Öffentlich, Freunde, Nur ich, Freunde außer…, Bestimmte
  // Freunde, Benutzerdefiniert, Freunde von Freunden (medium, sourced since the first lexicon).
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
    publicPostBox: [],
    submit: ['Posten', 'Weiter', 'Speichern', 'Veröffentlichen'],
    next: ['Weiter'],
    done: ['Fertig', 'Speichern'],
    cancel: ['Abbrechen'],
    back: ['Zurück'],
    close: ['Schließen'],
    seeMore: ['Mehr ansehen', 'Alle ansehen'],
  },
  // Portuguese (pt, pt-BR): docs/MARKUP.md "Lexicon" (Público, Amigos, Somente eu).
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
    publicPostBox: [],
    submit: ['Publicar', 'Avançar', 'Seguinte', 'Salvar', 'Guardar'],
    next: ['Avançar', 'Seguinte'],
    done: ['Concluir', 'Concluído', 'Salvar'],
    cancel: ['Cancelar'],
    back: ['Voltar'],
    close: ['Fechar'],
    seeMore: ['Ver mais', 'Ver tudo'],
  },
  // Italian: docs/MARKUP.md "Lexicon": Tutti (Public, medium: "Contenuto condiviso con: Tutti"),
  // Amici, Solo io, Amici tranne, Amici specifici (medium).
  it: {
    audiences: {
      public: ['Tutti', 'Pubblico'],
      friends: ['Amici'],
      'friends-of-friends': ['Amici di amici', 'Amici degli amici'],
      'friends-except': ['Amici tranne...', 'Amici tranne…', 'Amici tranne', 'Amici eccetto...', 'Amici eccetto…', 'Amici eccetto'],
      'specific-friends': ['Amici specifici', 'Amici specifici...'],
      'only-me': ['Solo io'],
      custom: ['Personalizzato', 'Amici più stretti'],
    },
    audiencePrefixes: [],
    publicGroup: ['Gruppo pubblico'],
    privateGroup: ['Gruppo privato'],
    publicPostBox: [],
    submit: ['Pubblica', 'Avanti', 'Salva'],
    next: ['Avanti'],
    done: ['Fatto', 'Salva'],
    cancel: ['Annulla'],
    back: ['Indietro'],
    close: ['Chiudi'],
    seeMore: ['Mostra altro', 'Vedi tutto'],
  },
  // Vietnamese: docs/MARKUP.md (high: the prefix, Công khai, "Chia sẻ ngay" and "Đóng" from saved
  // live HTML of the Share dialog; the other names medium).
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
    // docs/MARKUP.md "The audience button" (high, saved live HTML 2025): "Đang chia sẻ".
    audiencePrefixes: ['Chỉnh sửa quyền riêng tư. Đang chia sẻ với '],
    publicGroup: ['Nhóm Công khai', 'Nhóm công khai'],
    privateGroup: ['Nhóm Riêng tư', 'Nhóm riêng tư'],
    // docs/MARKUP.md "Groups" (medium).
    publicPostBox: ['Tạo bài viết công khai…'],
    submit: ['Đăng', 'Tiếp', 'Lưu', 'Chia sẻ ngay'],
    next: ['Tiếp'],
    done: ['Xong', 'Lưu'],
    cancel: ['Hủy'],
    back: ['Quay lại', 'Trở lại'],
    close: ['Đóng'],
    seeMore: ['Xem thêm', 'Xem tất cả'],
  },
  // Simplified Chinese (zh-Hans, zh-CN, zh-SG): docs/MARKUP.md, medium (a 2026 posting tool):
  // the label starts 编辑隐私设置, Public is 公开, Done's label starts 完成, the post's save
  // button, the public group's box 发布公开帖…. Friends and Only me are not sourced: a
  // composer set to them reads `unknown`, and the switch backs out (no Friends row known).
  'zh-CN': {
    audiences: names({ public: ['公开'] }),
    audiencePrefixes: ['编辑隐私设置'],
    publicGroup: NONE,
    privateGroup: NONE,
    publicPostBox: ['发布公开帖…'],
    submit: ['发布'],
    next: NONE,
    done: ['完成', '保存隐私分享对象选择并关闭对话框'],
    cancel: ['取消'],
    back: ['返回'],
    close: ['关闭'],
    seeMore: NONE,
  },
  // Traditional Chinese (zh-Hant, zh-TW, zh-HK): docs/MARKUP.md, medium (two bots): the whole
  // label 編輯隱私設定。分享對象：只限本人。 (full-width 。 and ：, normalised), Done 完成,
  // save 儲存, the public group's box 建立公開貼文……. Public and Friends are not sourced.
  'zh-TW': {
    audiences: names({ 'only-me': ['只限本人'] }),
    audiencePrefixes: ['編輯隱私設定。分享對象：'],
    publicGroup: NONE,
    privateGroup: NONE,
    publicPostBox: ['建立公開貼文……'],
    submit: NONE,
    next: NONE,
    done: ['完成', '儲存'],
    cancel: NONE,
    back: NONE,
    close: NONE,
    seeMore: NONE,
  },
  // Russian: docs/MARKUP.md, medium: the label starts Изменить конфиденциальность., Public is
  // Доступно всем ("Это видят: Доступно всем"), Only me Только я, Done Готово, the public
  // group's box Создайте общедоступную публикацию…. Friends (Друзья) is a guess: left out.
  ru: {
    audiences: names({ public: ['Доступно всем'], 'only-me': ['Только я'] }),
    audiencePrefixes: ['Изменить конфиденциальность. '],
    publicGroup: NONE,
    privateGroup: NONE,
    publicPostBox: ['Создайте общедоступную публикацию…'],
    submit: NONE,
    next: NONE,
    done: ['Готово'],
    cancel: NONE,
    back: NONE,
    close: NONE,
    seeMore: NONE,
  },
  // Japanese, Polish, Romanian: only the Public name, from the post header's public marker
  // as an extension reads it (docs/MARKUP.md "Posts already published", medium: ja
  // "プライバシー設定: 公開", pl "Grono odbiorców: Publiczne", ro "Distribuit pentru: Public");
  // that the composer's button shows the same word is inferred. Every other audience reads
  // `unknown` (said out loud), and the switch is not offered without a Friends name.
  ja: only({ public: ['公開'] }),
  pl: only({ public: ['Publiczne'] }),
  ro: only({ public: ['Public'] }),
  // Ukrainian: docs/MARKUP.md "Groups" (medium): only the public group's box. Post audiences
  // read `unknown` (said out loud).
  uk: {
    audiences: names({}),
    audiencePrefixes: NONE,
    publicGroup: NONE,
    privateGroup: NONE,
    publicPostBox: ['Створіть публічний допис…'],
    submit: NONE,
    next: NONE,
    done: NONE,
    cancel: NONE,
    back: NONE,
    close: NONE,
    seeMore: NONE,
  },
};


/** Full-width Chinese punctuation read as its ASCII twin: 。 as ". " and ： as ": ". */
function halfWidth(text: string): string {
  return text.replace(/。/g, '. ').replace(/：/g, ': ');
}

/** Lowercase, one space, no surrounding punctuation: "Only me. " and "only me" compare equal. */
export function normalise(text: string): string {
  return halfWidth(text.normalize('NFC'))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s.:,;·…]+|[\s.:,;·…]+$/g, '')
    .toLocaleLowerCase();
}

/** A label as prefixes are compared: half-width punctuation, one space, lowercase, not trimmed at the end. */
export function labelForm(text: string): string {
  return halfWidth(text.normalize('NFC')).replace(/\s+/g, ' ').trimStart().toLocaleLowerCase();
}

/**
 * The lexicon key for a `lang` attribute, read by its parts: a script or a region picks the
 * Chinese variant (zh-Hans, zh-CN, zh-SG: zh-CN; zh-Hant, zh-TW, zh-HK, zh-MO: zh-TW), and
 * any other region falls back to the language (pt-BR: pt). Null when unknown.
 */
export function lexiconKeyOf(lang: string): string | null {
  const parts = lang.trim().toLowerCase().split(/[-_]/).filter(Boolean);
  const [base, ...rest] = parts;
  if (!base) return null;
  if (base === 'zh') {
    if (rest.includes('hant') || rest.some((p) => ['tw', 'hk', 'mo'].includes(p))) return 'zh-TW';
    if (rest.includes('hans') || rest.some((p) => ['cn', 'sg'].includes(p))) return 'zh-CN';
    return null;
  }
  return base in LEXICON ? base : null;
}

/** Every sourced aria-label prefix with its language, longest first. */
const PREFIXES: readonly { readonly prefix: string; readonly lang: FacebookLanguage }[] = Object.values(LEXICON)
  .flatMap((lang) => lang.audiencePrefixes.map((p) => ({ prefix: labelForm(p).trimEnd(), lang })))
  .sort((a, b) => b.prefix.length - a.prefix.length);

/** The known prefix a label starts with, and its language, or null. */
export function prefixOf(label: string): { readonly prefix: string; readonly lang: FacebookLanguage } | null {
  const form = labelForm(label);
  return PREFIXES.find((p) => form.startsWith(p.prefix)) ?? null;
}

/**
 * The lexicon for a document's UI language: from `lang` by its parts; where `lang` is missing
 * or unknown, from a known aria-label prefix on a button inside `scope` (a composer). Null
 * when Facebook is in a language we do not know.
 */
export function languageOf(doc: Document, scope?: Element): FacebookLanguage | null {
  const key = lexiconKeyOf(doc.documentElement.getAttribute('lang') ?? '');
  if (key) return LEXICON[key] ?? null;
  if (!scope) return null;
  for (const button of scope.querySelectorAll(LABELLED_BUTTON)) {
    const known = prefixOf(button.getAttribute('aria-label') ?? '');
    if (known) return known.lang;
  }
  return null;
}

/**
 * A lexicon word's normalised form, computed once: the lexicon is fixed, and normalising it
 * anew on every comparison cost more than the comparisons (a timeline of posts is read
 * word against word many times a second).
 */
const wordForms = new Map<string, string>();
function wordForm(word: string): string {
  let form = wordForms.get(word);
  if (form === undefined) {
    form = normalise(word);
    wordForms.set(word, form);
  }
  return form;
}

/** Whether `text` is one of `words` (normalised, whole string). */
export function isWord(text: string | null | undefined, words: readonly string[]): boolean {
  if (!text) return false;
  const n = normalise(text);
  return n !== '' && words.some((w) => wordForm(w) === n);
}

/**
 * The audience a visible name stands for, or null. "Friends except: John, Jane..." is the
 * "except" audience: names ending in an ellipsis in the lexicon also match as a prefix.
 */
export function audienceNamed(text: string, lang: { readonly audiences: AudienceNames }): PostAudience | null {
  const n = normalise(text);
  if (!n) return null;
  for (const audience of POST_AUDIENCES) {
    for (const word of lang.audiences[audience] ?? NONE) if (wordForm(word) === n) return audience;
  }
  // Second pass for the "except" family, whose label continues with the excluded names.
  for (const word of lang.audiences['friends-except'] ?? NONE) {
    const w = wordForm(word);
    if (w && (n.startsWith(`${w}:`) || n.startsWith(`${w} `) || n.startsWith(`${w},`))) return 'friends-except';
  }
  return null;
}
