import { describe, expect, it } from 'vitest';
import { browserLanguageTags, countryOf, guessRegion, resolveRegion } from './region';

describe('countryOf', () => {
  it('reads the country of a language tag in either separator style', () => {
    expect(countryOf('pt-BR')).toBe('BR');
    expect(countryOf('de_AT')).toBe('AT');
    expect(countryOf('zh-Hant-TW')).toBe('TW');
    expect(countryOf('en-gb')).toBe('GB');
  });
  it('finds no country in a bare language or a UN area code', () => {
    expect(countryOf('de')).toBeNull();
    expect(countryOf('es-419')).toBeNull();
    expect(countryOf('')).toBeNull();
  });
});

describe('guessRegion', () => {
  it('guesses the EU/EEA for EU and EEA countries', () => {
    for (const tag of ['de-DE', 'fr-FR', 'it-IT', 'es-ES', 'pt-PT', 'en-IE', 'nb-NO', 'is-IS', 'de-LI', 'sv-SE', 'el-GR', 'fr-BE']) {
      expect(guessRegion([tag]), tag).toBe('europe');
    }
  });
  it('guesses the UK for GB (and UK as some write it)', () => {
    expect(guessRegion(['en-GB'])).toBe('uk');
    expect(guessRegion(['cy_GB'])).toBe('uk');
    expect(guessRegion(['en-UK'])).toBe('uk');
  });
  it('guesses Brazil for a Brazilian language tag, in either separator style, and not for Portugal', () => {
    expect(guessRegion(['pt-BR'])).toBe('brazil');
    expect(guessRegion(['pt_BR'])).toBe('brazil');
    expect(guessRegion(['pt-br', 'en-US'])).toBe('brazil');
    expect(guessRegion(['pt-PT'])).toBe('europe');
  });
  it('guesses elsewhere for countries without an objection', () => {
    for (const tag of ['en-US', 'en-AU', 'es-MX', 'fr-CA', 'de-CH', 'tr-TR', 'en-IN', 'es-AR']) {
      expect(guessRegion([tag]), tag).toBe('elsewhere');
    }
  });
  it('takes the first tag that names a country', () => {
    expect(guessRegion(['de', 'de-AT', 'en-US'])).toBe('europe');
    expect(guessRegion(['en-US', 'de-DE'])).toBe('elsewhere');
    expect(guessRegion(['pt', 'pt-BR', 'en-GB'])).toBe('brazil');
  });
  it('is cautious when no tag names a country: elsewhere never promises an opt-out', () => {
    expect(guessRegion(['fr', 'de', 'pt'])).toBe('elsewhere');
    expect(guessRegion([])).toBe('elsewhere');
  });
});

describe('resolveRegion', () => {
  it('uses the guess only for auto', () => {
    expect(resolveRegion('auto', ['fr-FR'])).toBe('europe');
    expect(resolveRegion('elsewhere', ['fr-FR'])).toBe('elsewhere');
    expect(resolveRegion('europe', ['en-US'])).toBe('europe');
    expect(resolveRegion('brazil', ['en-US'])).toBe('brazil');
    expect(resolveRegion('uk', ['pt-BR'])).toBe('uk');
    expect(resolveRegion('auto', ['pt-BR'])).toBe('brazil');
  });
});

describe('browserLanguageTags', () => {
  it('lists navigator languages, then navigator.language, then the UI language', () => {
    expect(browserLanguageTags({ languages: ['de-DE', 'en'], language: 'de-DE' }, 'de')).toEqual(['de-DE', 'en', 'de-DE', 'de']);
    expect(browserLanguageTags(undefined, 'pt_BR')).toEqual(['pt_BR']);
    expect(browserLanguageTags({ languages: [] }, '')).toEqual([]);
  });
});
