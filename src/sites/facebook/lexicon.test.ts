import { describe, expect, it } from 'vitest';
import { LEXICON, POST_AUDIENCES, audienceNamed, isWord, languageOf, normalise } from './lexicon';

describe('Facebook lexicon', () => {
  it('covers at least en, es, fr, de, pt, it and vi', () => {
    for (const lang of ['en', 'es', 'fr', 'de', 'pt', 'it', 'vi']) expect(LEXICON[lang], lang).toBeDefined();
  });

  // Adding a language is a data change; this test catches a language added half-way.
  for (const [lang, words] of Object.entries(LEXICON)) {
    it(`${lang} names every audience and every control the switch needs`, () => {
      for (const audience of POST_AUDIENCES) {
        expect(words.audiences[audience]?.length, `${lang}: ${audience}`).toBeGreaterThan(0);
        for (const name of words.audiences[audience]) expect(normalise(name), `${lang}: ${audience}`).not.toBe('');
      }
      for (const key of ['publicGroup', 'privateGroup', 'submit', 'done', 'cancel', 'back', 'close', 'seeMore'] as const) {
        expect(words[key].length, `${lang}: ${key}`).toBeGreaterThan(0);
      }
    });

    it(`${lang} gives each visible name exactly one audience`, () => {
      for (const audience of POST_AUDIENCES) {
        for (const name of words.audiences[audience]) expect(audienceNamed(name, words), `${lang}: "${name}"`).toBe(audience);
      }
    });

    it(`${lang} never mistakes the Public name for a group word or a button`, () => {
      for (const name of words.audiences.public) {
        expect(isWord(name, words.done)).toBe(false);
        expect(isWord(name, words.cancel)).toBe(false);
      }
    });
  }

  it('normalises case, spaces and surrounding punctuation', () => {
    expect(normalise('  Only me. ')).toBe('only me');
    expect(normalise('Friends except...')).toBe('friends except');
    expect(normalise('Friends except…')).toBe('friends except');
    expect(normalise('ÖFFENTLICH')).toBe('öffentlich');
  });

  it('matches whole names only: "Friends" is not "Friends except" nor a description', () => {
    const en = LEXICON.en!;
    expect(audienceNamed('Friends', en)).toBe('friends');
    expect(audienceNamed('Your friends on Facebook', en)).toBeNull();
    expect(audienceNamed('Friends except: John, Jane...', en)).toBe('friends-except');
    expect(audienceNamed('Your friends of friends. ', en)).toBe('friends-of-friends');
    expect(audienceNamed('Publicly', en)).toBeNull();
  });

  it('picks the language from <html lang>, with or without a region', () => {
    const doc = document.implementation.createHTMLDocument('x');
    doc.documentElement.lang = 'pt-BR';
    expect(languageOf(doc)).toBe(LEXICON.pt);
    doc.documentElement.lang = 'de';
    expect(languageOf(doc)).toBe(LEXICON.de);
    doc.documentElement.lang = 'fi';
    expect(languageOf(doc)).toBeNull();
    doc.documentElement.removeAttribute('lang');
    expect(languageOf(doc)).toBeNull();
  });
});
