// Which explanation the popup gives about opting out: Meta offers an objection form only in
// the EU, the EEA and the UK (docs/FACTS.md, "Objecting"); elsewhere there is no
// opt-out and making things private is the only lever. The region is a setting; `auto`
// means "guess from the browser's language tag", which is right for most people and
// changeable in one click from the popup.
import type { Region } from './settings';

export type ResolvedRegion = Exclude<Region, 'auto'>;

/** EU member states, the rest of the EEA (IS, LI, NO) and the UK (GB; UK as written by some). */
const EUROPE_COUNTRIES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV',
  'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'IS', 'LI', 'NO',
  'GB', 'UK',
  // Greece is "EL" in EU usage; a tag never says so, but accept it anyway.
  'EL',
]);

/**
 * The country part of a BCP 47 language tag ("pt-BR" -> "BR", "de_AT" -> "AT",
 * "zh-Hant-TW" -> "TW"), or null when the tag names only a language ("de").
 */
export function countryOf(tag: string): string | null {
  const parts = tag.trim().split(/[-_]/);
  for (const part of parts.slice(1)) {
    if (/^[A-Za-z]{2}$/.test(part)) return part.toUpperCase();
    if (/^\d{3}$/.test(part)) return null; // a UN M.49 area such as 419 (Latin America)
  }
  return null;
}

/**
 * Guesses the region from language tags, most preferred first. Only a tag with a European
 * country counts as Europe: a bare language ("de", "fr") is spoken on several continents, and
 * "elsewhere" is the cautious answer (it never promises an opt-out that may not exist).
 */
export function guessRegion(tags: readonly string[]): ResolvedRegion {
  for (const tag of tags) {
    const country = countryOf(tag);
    if (country) return EUROPE_COUNTRIES.has(country) ? 'europe' : 'elsewhere';
  }
  return 'elsewhere';
}

/** The browser's language tags: navigator.languages first, then the extension's UI language. */
export function browserLanguageTags(nav: { languages?: readonly string[]; language?: string } | undefined, uiLanguage: string): string[] {
  const tags = [...(nav?.languages ?? []), ...(nav?.language ? [nav.language] : []), uiLanguage];
  return tags.filter((tag) => typeof tag === 'string' && tag.length > 0);
}

export function resolveRegion(setting: Region, tags: readonly string[]): ResolvedRegion {
  return setting === 'auto' ? guessRegion(tags) : setting;
}
