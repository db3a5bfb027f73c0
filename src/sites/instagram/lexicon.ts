// Instagram's visible labels, per UI language (`<html lang>`, docs/MARKUP.md "General rules").
// Adding a language is adding a row here. Each row says where its words come from and how
// sure we are (docs/MARKUP.md "Creating a post" and "Making the account private"; the trail
// is in docs/SOURCES.md): **high** several working scripts agree, **medium** one good
// source or one live observation, **low** a weak source, **guess** none. Code never relies on
// a guess alone: a dialog not recognised by its labels is still recognised by its structure
// (create-dialog.ts, audience then "unknown"), and the settings driver fails to a by-hand
// note, never to a guess. A list may be empty: that word is not known in that language.
export interface InstagramLabels {
  /** The Create dialog's heading on its first and last (share) steps. */
  readonly create: readonly string[];
  /** The headings of the middle steps (crop, edit), which replace "Create new post". */
  readonly steps: readonly string[];
  /** The select step's button ("Select from computer"). */
  readonly selectFromComputer: readonly string[];
  readonly next: readonly string[];
  readonly share: readonly string[];
  readonly caption: readonly string[];
  /** The settings page row's label, and the switch's accessible name. */
  readonly privateAccount: readonly string[];
  /** The confirmation dialog's button. */
  readonly switchToPrivate: readonly string[];
  /**
   * Instagram's page for a path it does not serve (a 200 page, not a 404): its sentence,
   * found inside a text (sources quote it with or without "Sorry,"/"Desculpe,").
   */
  readonly notAvailable: readonly string[];
}

export type LanguageCode = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it' | 'vi' | 'ja' | 'zh-tw';

const NONE: readonly string[] = [];

export const LEXICON: Readonly<Record<LanguageCode, InstagramLabels>> = {
  // high (many bots and scrapers); "Switch to private account" is the older button text.
  en: {
    create: ['Create new post'],
    steps: ['Crop', 'Edit'],
    selectFromComputer: ['Select from computer'],
    next: ['Next'],
    share: ['Share'],
    caption: ['Write a caption...', 'Write a caption…'],
    privateAccount: ['Private account'],
    switchToPrivate: ['Switch to private', 'Switch to private account'],
    notAvailable: ["Sorry, this page isn't available.", 'Sorry, this page is not available.'],
  },
  // low: one posting bot's comment names the caption "Escribe un pie de foto..."; the
  // rest (Siguiente, Compartir, Seleccionar del ordenador) from docs/MARKUP.md (low). The
  // heading and the settings words are guesses.
  es: {
    create: ['Crear nueva publicación'],
    steps: ['Recortar', 'Editar'],
    selectFromComputer: ['Seleccionar del ordenador'],
    next: ['Siguiente'],
    share: ['Compartir'],
    caption: ['Escribe un pie de foto...', 'Escribe un pie de foto…'],
    privateAccount: ['Cuenta privada'],
    switchToPrivate: ['Cambiar a privada', 'Cambiar a cuenta privada'],
    // medium: an Instagram follower analyzer checks for it beside the English sentence.
    notAvailable: ['Esta página no está disponible.'],
  },
  // guess: no source found for Instagram's French web UI (searched).
  fr: {
    create: ['Créer une publication', 'Créer une nouvelle publication'],
    steps: ['Rogner', 'Modifier'],
    selectFromComputer: NONE,
    next: ['Suivant'],
    share: ['Partager'],
    caption: ['Écrivez une légende...', 'Écrivez une légende…'],
    privateAccount: ['Compte privé'],
    switchToPrivate: ['Passer en privé', 'Passer au compte privé'],
    // high: several Instagram tools (an h2 XPath, a test fixture, availability checkers),
    // with U+2019 in "n’est".
    notAvailable: ['Cette page n’est malheureusement pas disponible.', "Cette page n'est malheureusement pas disponible."],
  },
  // medium (observed live by a posting driver): "Vom Computer auswählen", "Weiter",
  // "Teilen", the caption box "Bildunterschrift verfassen …" (U+2026 after a space). The
  // heading, the step headings and the settings words are guesses.
  de: {
    create: ['Neuen Beitrag erstellen'],
    steps: ['Zuschneiden', 'Bearbeiten'],
    selectFromComputer: ['Vom Computer auswählen'],
    next: ['Weiter'],
    share: ['Teilen'],
    caption: ['Bildunterschrift verfassen …', 'Bildunterschrift verfassen ...', 'Verfasse eine Bildunterschrift …'],
    privateAccount: ['Privates Konto'],
    switchToPrivate: ['Zu privat wechseln', 'Zu privatem Konto wechseln'],
    // high: a Selenium bot compares the page's h2 with it, a Playwright checker looks for it.
    notAvailable: ['Diese Seite ist leider nicht verfügbar.'],
  },
  // pt-BR, high (docs/MARKUP.md), plus the older "Nova publicação" wording. Settings words guessed.
  pt: {
    create: ['Criar novo post', 'Criar nova publicação'],
    steps: ['Cortar', 'Editar'],
    selectFromComputer: ['Selecionar do computador'],
    next: ['Avançar'],
    share: ['Compartilhar'],
    caption: ['Escreva uma legenda...', 'Escreva uma legenda…'],
    privateAccount: ['Conta privada'],
    switchToPrivate: ['Mudar para privada', 'Mudar para conta privada'],
    // medium-high: several Instagram profile checkers look for it (one as "desculpe, esta ...").
    notAvailable: ['Esta página não está disponível'],
  },
  // medium (a posting bot's Italian table): "Avanti", "Condividi", the caption
  // "Scrivi una didascalia…". Heading, step headings and settings words are guesses.
  it: {
    create: ['Crea nuovo post'],
    steps: ['Ritaglia', 'Modifica'],
    selectFromComputer: NONE,
    next: ['Avanti'],
    share: ['Condividi'],
    caption: ['Scrivi una didascalia…', 'Scrivi una didascalia...'],
    privateAccount: ['Account privato'],
    switchToPrivate: ['Passa a privato', "Passa all'account privato"],
    notAvailable: NONE,
  },
  // vi: the heading "Tạo bài viết mới" (medium, docs/MARKUP.md); "Tài khoản riêng tư" for
  // the private-account row (low: an Instagram UI clone). Nothing else is sourced.
  vi: {
    create: ['Tạo bài viết mới'],
    steps: NONE,
    selectFromComputer: NONE,
    next: NONE,
    share: NONE,
    caption: NONE,
    privateAccount: ['Tài khoản riêng tư'],
    switchToPrivate: NONE,
    notAvailable: NONE,
  },
  // Only the "not available" page is sourced (medium, a capture tool that checks for it);
  // the Create flow in Japanese stays unrecognised by its labels ("unknown").
  ja: {
    create: NONE, steps: NONE, selectFromComputer: NONE, next: NONE, share: NONE, caption: NONE,
    privateAccount: NONE, switchToPrivate: NONE,
    notAvailable: ['このページはご利用いただけません。', 'このページはご利用いただけません'],
  },
  // zh-TW: only the "not available" page (medium, a scraper's list of missing-page markers).
  'zh-tw': {
    create: NONE, steps: NONE, selectFromComputer: NONE, next: NONE, share: NONE, caption: NONE,
    privateAccount: NONE, switchToPrivate: NONE,
    notAvailable: ['很抱歉，此頁面無法使用。', '很抱歉，此頁面無法使用'],
  },
};

/**
 * The page's UI language, read from `<html lang>` by its parts: the whole tag first
 * (`zh-TW`), then without its last part, down to the language alone (`pt-BR` -> pt,
 * `zh-Hant-TW` -> zh-hant -> zh). Null when no row fits.
 */
export function pageLanguage(doc: Document): LanguageCode | null {
  const parts = (doc.documentElement.getAttribute('lang') ?? '').trim().toLowerCase().split(/[-_]/).filter(Boolean);
  for (let n = parts.length; n > 0; n--) {
    const tag = parts.slice(0, n).join('-');
    if (Object.hasOwn(LEXICON, tag)) return tag as LanguageCode;
  }
  return null;
}

/**
 * The labels of the page's language, or null when it has none for the Create flow (a row
 * holding only the "not available" text does not make a language known: its Create dialog
 * is "unknown").
 */
export function labelsFor(doc: Document): InstagramLabels | null {
  const lang = pageLanguage(doc);
  const labels = lang ? LEXICON[lang] : null;
  return labels && labels.create.length + labels.caption.length > 0 ? labels : null;
}

/** A word in every language we have it in (for pages that may not be in the page's language). */
export function inEveryLanguage(pick: (labels: InstagramLabels) => readonly string[]): readonly string[] {
  return Object.values(LEXICON).flatMap(pick);
}

/** Compares visible text loosely: case, spacing and a trailing ellipsis, "?" or "." do not matter. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(\.\.\.|…|\?|\.|。)$/, '')
    .trim()
    .toLocaleLowerCase();
}

/** Whether `text` holds one of `sentences` (loosely, as normalizeLabel compares). */
export function containsSentence(text: string | null | undefined, sentences: readonly string[]): boolean {
  if (!text) return false;
  const haystack = normalizeLabel(text);
  return haystack !== '' && sentences.some((sentence) => haystack.includes(normalizeLabel(sentence)));
}

export function matchesLabel(text: string | null | undefined, labels: readonly string[]): boolean {
  if (!text) return false;
  const wanted = normalizeLabel(text);
  return wanted !== '' && labels.some((label) => normalizeLabel(label) === wanted);
}
