// Which explanation the popup gives about opting out (docs/FACTS.md, "Objecting"): Meta
// offers an objection in the EU and the EEA, in the UK, and in Brazil (where the data
// authority lifted its suspension under a compliance plan); elsewhere there is no opt-out
// and making things private is the only lever. The region is a setting; `auto` means "guess
// from the browser's language tag", which is right for most people and changeable from the
// popup and the options page.
import type { Region } from './settings';

export type ResolvedRegion = Exclude<Region, 'auto'>;

/** EU member states and the rest of the EEA (IS, LI, NO). */
const EUROPE_COUNTRIES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV',
  'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'IS', 'LI', 'NO',
  // Greece is "EL" in EU usage; a tag never says so, but accept it anyway.
  'EL',
]);

/** The United Kingdom: GB in language tags; UK as written by some. */
export const UK_COUNTRIES: ReadonlySet<string> = new Set(['GB', 'UK']);

/** The region a country's objection route belongs to. */
export function regionOfCountry(country: string): ResolvedRegion {
  if (EUROPE_COUNTRIES.has(country)) return 'europe';
  if (UK_COUNTRIES.has(country)) return 'uk';
  if (country === 'BR') return 'brazil';
  return 'elsewhere';
}

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
 * Guesses the region from language tags, most preferred first: the first tag that names a
 * country decides ("pt-BR": Brazil, "pt-PT": the EU). A bare language ("de", "pt") is spoken
 * on several continents, and "elsewhere" is the cautious answer (it never promises an
 * opt-out that may not exist).
 */
export function guessRegion(tags: readonly string[]): ResolvedRegion {
  for (const tag of tags) {
    const country = countryOf(tag);
    if (country) return regionOfCountry(country);
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
