import { describe, expect, it } from 'vitest';
import { LEXICON, POST_AUDIENCES, audienceNamed, isWord, languageOf, lexiconKeyOf, normalise } from './lexicon';

describe('Facebook lexicon', () => {
  it('covers at least en, es, fr, de, pt, it, vi, zh-CN, zh-TW and ru', () => {
    for (const lang of ['en', 'es', 'fr', 'de', 'pt', 'it', 'vi', 'zh-CN', 'zh-TW', 'ru']) expect(LEXICON[lang], lang).toBeDefined();
  });

  // The languages whose chooser is fully sourced: the switch needs every control.
  for (const lang of ['en', 'es', 'fr', 'de', 'pt', 'it', 'vi']) {
    it(`${lang} names every audience and every control the switch needs`, () => {
      const words = LEXICON[lang]!;
      for (const audience of POST_AUDIENCES) expect(words.audiences[audience].length, `${lang}: ${audience}`).toBeGreaterThan(0);
      for (const key of ['publicGroup', 'privateGroup', 'submit', 'next', 'done', 'cancel', 'back', 'close', 'seeMore'] as const) {
        expect(words[key].length, `${lang}: ${key}`).toBeGreaterThan(0);
      }
    });
  }

  // Adding a language is a data change; this test catches a language added half-way.
  for (const [lang, words] of Object.entries(LEXICON)) {
    it(`${lang} holds no empty word`, () => {
      for (const audience of POST_AUDIENCES) {
        expect(words.audiences[audience], `${lang}: ${audience}`).toBeDefined();
        for (const name of words.audiences[audience]) expect(normalise(name), `${lang}: ${audience}`).not.toBe('');
      }
      for (const key of ['publicGroup', 'privateGroup', 'publicPostBox', 'submit', 'next', 'done', 'cancel', 'back', 'close', 'seeMore'] as const) {
        for (const word of words[key]) expect(normalise(word), `${lang}: ${key}`).not.toBe('');
      }
      // Next alone is never Post: the switch presses it to return to the step it left.
      for (const word of words.next) expect(isWord(word, words.submit.filter((w) => !words.next.includes(w)))).toBe(false);
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

  it('normalises full-width Chinese punctuation (。 and ：)', () => {
    expect(normalise('只限本人。')).toBe('只限本人');
    expect(isWord('分享對象：只限本人', ['分享對象: 只限本人'])).toBe(true);
  });

  it('reads lang by its parts: script and region pick the Chinese variant, pt-BR is pt', () => {
    for (const lang of ['zh-Hans', 'zh-CN', 'zh-SG', 'zh-Hans-CN', 'zh_CN']) expect(lexiconKeyOf(lang), lang).toBe('zh-CN');
    for (const lang of ['zh-Hant', 'zh-TW', 'zh-HK', 'zh-Hant-HK']) expect(lexiconKeyOf(lang), lang).toBe('zh-TW');
    expect(lexiconKeyOf('pt-BR')).toBe('pt');
    expect(lexiconKeyOf('ru-RU')).toBe('ru');
    expect(lexiconKeyOf('zh')).toBeNull();
    expect(lexiconKeyOf('fi')).toBeNull();
  });

  it('falls back to a known aria-label prefix when lang is missing or unknown', () => {
    const doc = document.implementation.createHTMLDocument('x');
    const scope = doc.createElement('div');
    const b = doc.createElement('div');
    b.setAttribute('role', 'button');
    b.setAttribute('aria-label', '編輯隱私設定。分享對象：只限本人。');
    scope.append(b);
    expect(languageOf(doc, scope)).toBe(LEXICON['zh-TW']);
    doc.documentElement.lang = 'xx';
    b.setAttribute('aria-label', 'Chỉnh sửa quyền riêng tư. Đang chia sẻ với Công khai. ');
    expect(languageOf(doc, scope)).toBe(LEXICON.vi);
    b.setAttribute('aria-label', 'Muokkaa yksityisyyttä.');
    expect(languageOf(doc, scope)).toBeNull();
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
