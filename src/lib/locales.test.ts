// Every language has exactly the English keys: a missing key would show the key itself
// (src/lib/i18n.ts), and an extra one is a string nobody maintains. Substitutions and
// named placeholders must match too, and no message carries a link: the sources live in
// src/lib/facts.ts, so every language keeps the same ones.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = resolve(import.meta.dirname, '../../public/_locales');
const REQUIRED = ['en', 'es', 'fr', 'de', 'pt_BR', 'it'];

type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8'));
const en = load('en');
const present = readdirSync(LOCALES_DIR);

/** `$1`…`$9` and `$name$` references in a message, sorted. */
const refs = (message: string) => [...message.matchAll(/\$(\d|[A-Za-z_][\w]*\$)/g)].map((m) => m[0]).sort();

describe('locales', () => {
  it('has every required language', () => {
    for (const lang of REQUIRED) expect(present, lang).toContain(lang);
  });

  for (const lang of present.filter((l) => l !== 'en')) {
    describe(lang, () => {
      const messages = load(lang);
      it('misses no English key', () => {
        expect(Object.keys(en).filter((k) => !(k in messages))).toEqual([]);
      });
      it('has no key the English file lacks', () => {
        expect(Object.keys(messages).filter((k) => !(k in en))).toEqual([]);
      });
      it('names its own language in uiLocale (used for <html lang> and dates)', () => {
        expect(messages.uiLocale?.message).toBe(lang.replace('_', '-'));
      });
      it('has a non-empty message for every key, with the same substitutions as English', () => {
        for (const [key, entry] of Object.entries(en)) {
          const translated = messages[key];
          if (!translated) continue;
          expect(typeof translated.message, key).toBe('string');
          expect(translated.message.trim().length, key).toBeGreaterThan(0);
          expect(refs(translated.message), key).toEqual(refs(entry.message));
          expect(Object.keys(translated.placeholders ?? {}).sort(), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
        }
      });
    });
  }

  it('English names itself too', () => {
    expect(en.uiLocale?.message).toBe('en');
  });

  it('keeps links out of the messages: sources come from facts.ts, the same in every language', () => {
    for (const lang of present) {
      for (const [key, entry] of Object.entries(load(lang))) expect(entry.message, `${lang}/${key}`).not.toMatch(/https?:\/\//);
    }
  });

  it('defines every __MSG_ key the manifest uses', () => {
    const manifest = readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8');
    for (const [, key] of manifest.matchAll(/__MSG_(\w+)__/g)) expect(en, key).toHaveProperty(key!);
  });

  it('every t() key used in the UI code exists in English', () => {
    const files = ['popup/ThisTab.tsx', 'popup/Why.tsx', 'popup/LockDown.tsx', 'popup/Numbers.tsx', 'popup/Popup.tsx', 'options/Options.tsx', 'welcome/main.tsx', 'warning/Warning.tsx'];
    for (const file of files) {
      const source = readFileSync(resolve(import.meta.dirname, '..', file), 'utf8');
      for (const [, key] of source.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) expect(en, `${file}: ${key}`).toHaveProperty(key!);
      for (const [, key] of source.matchAll(/(?:labelKey|titleKey|hintKey|textKey)[=:]\s*['"{]+([A-Za-z0-9_]+)['"]/g)) expect(en, `${file}: ${key}`).toHaveProperty(key!);
    }
  });
});
