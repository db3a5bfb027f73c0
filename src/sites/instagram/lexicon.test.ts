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
    expect(pageLanguage(docWithLang('ja'))).toBeNull();
    expect(pageLanguage(docWithLang(''))).toBeNull();
    expect(pageLanguage(docWithLang(null))).toBeNull();
    expect(labelsFor(docWithLang('constructor'))).toBeNull();
  });

  it('has every label in every language', () => {
    for (const labels of Object.values(LEXICON)) {
      for (const list of Object.values(labels)) expect(list.length).toBeGreaterThan(0);
    }
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
