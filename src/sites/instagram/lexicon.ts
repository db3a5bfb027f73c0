// Instagram's visible labels, per UI language (`<html lang>`, docs/MARKUP.md "General rules").
// Adding a language is adding a row here. Confidence (docs/MARKUP.md): en and pt-BR are high;
// es, fr, de and it are informed guesses, so code never relies on them alone: a dialog
// that is not recognised by its labels is still recognised by its structure (see
// create-dialog.ts), and the settings driver fails to a by-hand note, never to a guess.

export interface InstagramLabels {
  /** The Create dialog's heading on its first and last (share) steps. */
  readonly create: readonly string[];
  /** The headings of the middle steps (crop, edit), which replace "Create new post". */
  readonly steps: readonly string[];
  readonly next: readonly string[];
  readonly share: readonly string[];
  readonly caption: readonly string[];
  /** The settings page row's label. */
  readonly privateAccount: readonly string[];
  /** The confirmation dialog's button. */
  readonly switchToPrivate: readonly string[];
}

export type LanguageCode = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it';

export const LEXICON: Readonly<Record<LanguageCode, InstagramLabels>> = {
  en: {
    create: ['Create new post'],
    steps: ['Crop', 'Edit'],
    next: ['Next'],
    share: ['Share'],
    caption: ['Write a caption...', 'Write a caption…'],
    privateAccount: ['Private account'],
    switchToPrivate: ['Switch to private'],
  },
  es: {
    create: ['Crear nueva publicación'],
    steps: ['Recortar', 'Editar'],
    next: ['Siguiente'],
    share: ['Compartir'],
    caption: ['Escribe un pie de foto...', 'Escribe un pie de foto…'],
    privateAccount: ['Cuenta privada'],
    switchToPrivate: ['Cambiar a privada', 'Cambiar a cuenta privada'],
  },
  fr: {
    create: ['Créer une publication', 'Créer une nouvelle publication'],
    steps: ['Rogner', 'Modifier'],
    next: ['Suivant'],
    share: ['Partager'],
    caption: ['Écrivez une légende...', 'Écrivez une légende…'],
    privateAccount: ['Compte privé'],
    switchToPrivate: ['Passer en privé', 'Passer au compte privé'],
  },
  de: {
    create: ['Neuen Beitrag erstellen'],
    steps: ['Zuschneiden', 'Bearbeiten'],
    next: ['Weiter'],
    share: ['Teilen'],
    caption: ['Verfasse eine Bildunterschrift ...', 'Verfasse eine Bildunterschrift …', 'Bildunterschrift verfassen ...'],
    privateAccount: ['Privates Konto'],
    switchToPrivate: ['Zu privat wechseln', 'Zu privatem Konto wechseln'],
  },
  // pt-BR (docs/MARKUP.md, high) plus the older "Nova publicação" wording.
  pt: {
    create: ['Criar novo post', 'Criar nova publicação'],
    steps: ['Cortar', 'Editar'],
    next: ['Avançar'],
    share: ['Compartilhar'],
    caption: ['Escreva uma legenda...', 'Escreva uma legenda…'],
    privateAccount: ['Conta privada'],
    switchToPrivate: ['Mudar para privada', 'Mudar para conta privada'],
  },
  it: {
    create: ['Crea nuovo post'],
    steps: ['Ritaglia', 'Modifica'],
    next: ['Avanti'],
    share: ['Condividi'],
    caption: ['Scrivi una didascalia...', 'Scrivi una didascalia…'],
    privateAccount: ['Account privato'],
    switchToPrivate: ['Passa a privato', "Passa all'account privato"],
  },
};

/** The page's UI language (`<html lang="pt-BR">` -> pt), or null when we have no labels for it. */
export function pageLanguage(doc: Document): LanguageCode | null {
  const primary = (doc.documentElement.getAttribute('lang') ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(LEXICON, primary) ? (primary as LanguageCode) : null;
}

export function labelsFor(doc: Document): InstagramLabels | null {
  const lang = pageLanguage(doc);
  return lang ? LEXICON[lang] : null;
}

/** Compares visible text loosely: case, spacing and a trailing ellipsis or "?" do not matter. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(\.\.\.|…|\?)$/, '')
    .trim()
    .toLocaleLowerCase();
}

export function matchesLabel(text: string | null | undefined, labels: readonly string[]): boolean {
  if (!text) return false;
  const wanted = normalizeLabel(text);
  return wanted !== '' && labels.some((label) => normalizeLabel(label) === wanted);
}
