import { describe, it, expect } from 'vitest';
import { LEXICON, labelsFor, matchesLabel, pageLanguage } from './lexicon';

function docWithLang(lang: string | null): Document {
  const doc = document.implementation.createHTMLDocument('x');
  if (lang !== null) doc.documentElement.setAttribute('lang', lang);
  return doc;
}

describe('Instagram lexicon', () => {
  it('reads the page language from <html lang>, regional variants included', () => {
    expect(pageLanguage(docWithLang('en'))).toBe('en');
    expect(pageLanguage(docWithLang('pt-BR'))).toBe('pt');
    expect(pageLanguage(docWithLang('es-la'))).toBe('es');
    expect(pageLanguage(docWithLang('fr'))).toBe('fr');
    expect(pageLanguage(docWithLang('de'))).toBe('de');
    expect(pageLanguage(docWithLang('it'))).toBe('it');
  });

  it('has no labels for an unknown language (the caller says unknown)', () => {
    expect(pageLanguage(docWithLang('ko'))).toBeNull();
    // A row with only the "not available" page does not make the Create flow known.
    expect(pageLanguage(docWithLang('ja'))).toBe('ja');
    expect(labelsFor(docWithLang('ja'))).toBeNull();
    expect(pageLanguage(docWithLang(''))).toBeNull();
    expect(pageLanguage(docWithLang(null))).toBeNull();
    expect(labelsFor(docWithLang('constructor'))).toBeNull();
  });

  it('has every label in English, the fallback of every source', () => {
    for (const list of Object.values(LEXICON.en)) expect(list.length).toBeGreaterThan(0);
  });

  it('reads the language by its parts: the whole tag, then shorter', () => {
    expect(pageLanguage(docWithLang('zh-TW'))).toBe('zh-tw');
    expect(pageLanguage(docWithLang('zh-Hant-TW'))).toBeNull();
    expect(pageLanguage(docWithLang('de-AT'))).toBe('de');
    expect(pageLanguage(docWithLang('it_IT'))).toBe('it');
    expect(pageLanguage(docWithLang('vi'))).toBe('vi');
  });

  it('knows the German and Italian Create flow words observed live', () => {
    expect(matchesLabel('Bildunterschrift verfassen …', LEXICON.de.caption)).toBe(true);
    expect(matchesLabel('Vom Computer auswählen', LEXICON.de.selectFromComputer)).toBe(true);
    expect(matchesLabel('Teilen', LEXICON.de.share)).toBe(true);
    expect(matchesLabel('Scrivi una didascalia…', LEXICON.it.caption)).toBe(true);
    expect(matchesLabel('Condividi', LEXICON.it.share)).toBe(true);
    expect(matchesLabel('Avanti', LEXICON.it.next)).toBe(true);
  });

  it('matches visible text loosely but not partially', () => {
    expect(matchesLabel('  Create  new post ', LEXICON.en.create)).toBe(true);
    expect(matchesLabel('Write a caption…', LEXICON.en.caption)).toBe(true);
    expect(matchesLabel('Criar novo post', LEXICON.pt.create)).toBe(true);
    expect(matchesLabel('Share to Facebook', LEXICON.en.share)).toBe(false);
    expect(matchesLabel('', LEXICON.en.share)).toBe(false);
    expect(matchesLabel(null, LEXICON.en.share)).toBe(false);
  });
});
