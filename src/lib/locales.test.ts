// Every language has exactly the English keys: a missing key would show the key itself
// (src/lib/i18n.ts), and an extra one is a string nobody maintains. Substitutions and
// named placeholders must match too, and no message carries a link: the sources live in
// src/lib/facts.ts, so every language keeps the same ones.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC_DIR = resolve(import.meta.dirname, '..');
const LOCALES_DIR = resolve(SRC_DIR, '../public/_locales');
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

  describe('the keys the code uses, read from every source file under src/', () => {
    const used = keysUsedInSource(SRC_DIR);
    it('finds keys in the UI, the content script and the site adapters (not only the pages)', () => {
      const where = new Set([...used.values()].flat().map((file) => file.split('/')[0]));
      for (const dir of ['popup', 'options', 'welcome', 'warning', 'content', 'sites', 'background']) expect([...where], dir).toContain(dir);
    });
    it('exist in English', () => {
      const missing = [...used].filter(([key]) => !(key in en)).map(([key, files]) => `${key} (${files.join(', ')})`);
      expect(missing).toEqual([]);
    });
    it('use every English key: a key nothing uses is a string translated for nobody', () => {
      const manifest = readFileSync(resolve(SRC_DIR, '../manifest.json'), 'utf8');
      const named = new Set([...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]));
      // A key also counts as used when the source names it as a string anywhere (a table of
      // keys by site, say), so that this test reports only what nothing names at all.
      const everySource = sourceFiles(SRC_DIR).map((file) => readFileSync(join(SRC_DIR, file), 'utf8')).join('\n');
      const unused = Object.keys(en).filter((key) => !used.has(key) && !named.has(key) && !new RegExp(`['"\`]${key}['"\`]`).test(everySource));
      expect(unused).toEqual([]);
    });
  });
});

/** Every non-test source file under `dir`, relative to it. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith('test-setup.ts'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/**
 * The message keys the source code hands to t(), by the ways keys travel here:
 *   t('key'), t(done ? 'keyA' : 'keyB')       a direct call, or a choice written in it
 *   messageKey: 'key', labelKey="key", ...    any property, variable or JSX attribute named *Key
 *   x.messageKey ?? 'key', t(key ?? 'key')     the fallback of such a value
 *   fail('key', ...)                           the first argument of a function whose first
 *                                              parameter is named messageKey (found in the source)
 * Returns key -> the files that use it.
 */
function keysUsedInSource(dir: string): Map<string, string[]> {
  const files = sourceFiles(dir).map((file) => ({ file, source: readFileSync(join(dir, file), 'utf8') }));
  const KEY = `['"\`]([A-Za-z][A-Za-z0-9_]*)['"\`]`;
  const takesKeyFirst = new Set<string>();
  for (const { source } of files) {
    for (const m of source.matchAll(/function\s+(\w+)\s*\(\s*messageKey\b/g)) takesKeyFirst.add(m[1]!);
    for (const m of source.matchAll(/(?:const|let)\s+(\w+)\s*=\s*\(\s*messageKey\b/g)) takesKeyFirst.add(m[1]!);
  }
  const patterns = [
    new RegExp(`\\w*Key\\??\\s*[:=]\\s*\\{?\\s*${KEY}`, 'g'),
    new RegExp(`\\w*[kK]ey\\s*\\?\\?\\s*${KEY}`, 'g'),
  ];
  /** A file's own function of the same name whose first parameter is something else (a reason, say) shadows it there. */
  const callPatterns = (source: string) =>
    [...takesKeyFirst]
      .filter((name) => !new RegExp(`(?:function\\s+${name}\\s*|(?:const|let)\\s+${name}\\s*=\\s*)\\(\\s*(?!messageKey\\b)\\w`).test(source))
      .map((name) => new RegExp(`\\b${name}\\(\\s*${KEY}`, 'g'));
  const used = new Map<string, string[]>();
  const add = (key: string, file: string) => {
    const list = used.get(key) ?? [];
    if (!list.includes(file)) list.push(file);
    used.set(key, list);
  };
  for (const { file, source } of files) {
    for (const pattern of [...patterns, ...callPatterns(source)]) for (const m of source.matchAll(pattern)) add(m[1]!, file);
    // Each key of a choice written in a call's first argument: t(done ? 'keyA' : 'keyB').
    // (Not the values compared in the condition: region === 'europe'.)
    for (const call of source.matchAll(/\bt\(([^(),]*)/g)) {
      const results = call[1]!.replace(new RegExp(`[!=]==?\\s*${KEY}|${KEY}\\s*[!=]==?`, 'g'), '');
      for (const m of results.matchAll(new RegExp(KEY, 'g'))) add(m[1]!, file);
    }
  }
  return used;
}
