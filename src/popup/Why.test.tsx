// "Why it matters" and "Lock down the rest" in every UI language and every region, against
// docs/FACTS.md: every fact shown has a date and a link the document gives (the date on
// the line of that link), says whose statement it is, and nothing shown claims more than
// the document does (going private stops future use only: no "delete", no "undo").
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Why } from './Why';
import { LockDown } from './LockDown';
import { FACTS_REVIEWED, SOURCES, LOCK_DOWN, OBJECTION } from '../lib/facts';
import type { ResolvedRegion } from '../lib/region';
import { bulletsWith, docDate, FACTS_LINKS, factsReviewDate } from '../lib/facts-doc.testing';
import { formatFactDate } from './format';

const LANGS = ['en', 'de', 'es', 'fr', 'it', 'pt_BR'] as const;
const REGIONS: readonly ResolvedRegion[] = ['europe', 'uk', 'brazil', 'elsewhere'];
type Messages = Record<string, { message: string }>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as Messages;

const api = (globalThis as unknown as { chrome: { i18n: { getMessage(key: string, subs?: string | string[]): string } } }).chrome;

/** The extension's i18n in `lang`: what chrome.i18n does with that messages.json. */
function speak(lang: string): Messages {
  const messages = load(lang);
  vi.spyOn(api.i18n, 'getMessage').mockImplementation((key, subs) => {
    let text = messages[key]?.message ?? '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    list.forEach((s, i) => (text = text.replace(`$${i + 1}`, s)));
    return text;
  });
  return messages;
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

async function show(region: ResolvedRegion, guessed = true, onChooseRegion: (region: ResolvedRegion) => void = () => {}) {
  await act(() =>
    render(
      <>
        <Why region={region} guessed={guessed} onChooseRegion={onChooseRegion} />
        <LockDown />
      </>,
      root,
    ),
  );
}

const why = () => root.querySelector<HTMLElement>('section.why')!;
const shortFacts = () => [...why().querySelectorAll<HTMLElement>(':scope > ul.facts > li[data-fact]')];
const allFacts = () => [...root.querySelectorAll<HTMLElement>('li[data-fact]')];
const SOURCE_BY_URL = new Map(Object.values(SOURCES).map((s) => [s.url, s]));

/**
 * Words that would claim more than docs/FACTS.md: that anything deletes, removes or undoes
 * what Meta already trained on. Allowed only when the same clause negates them ("nothing
 * Meta has said undoes…", "cannot be undone in bulk").
 */
const OVERCLAIM: Record<(typeof LANGS)[number], { words: RegExp; negation: RegExp; never: RegExp }> = {
  en: { words: /delet|eras(e|ed|es|ing)\b|remov|undo|wipe|purg|retrain/i, negation: /\b(not|nothing|never|no|cannot|can't)\b/i, never: /guarantee|opt[- ]out everywhere|safe from AI/i },
  de: { words: /lösch|entfern|rückgängig|tilg|vergess/i, negation: /\b(nicht|nichts|kein\w*|nie)\b/i, never: /garantier|sicher vor KI/i },
  es: { words: /borr|elimin|deshac|revert|quitar|olvid/i, negation: /\b(no|nada|ningún|ninguna|nunca)\b/i, never: /garantiz|a salvo de la IA/i },
  fr: { words: /supprim|effac|annul|retir|oubli/i, negation: /\b(ne|n’|n'|rien|pas|jamais|impossible)\b|n’|n'/i, never: /garanti|à l’abri de l’IA/i },
  it: { words: /cancell|elimin|annull|rimuov|dimentic/i, negation: /\b(non|nulla|niente|nessun\w*|mai)\b/i, never: /garanti|al sicuro dall/i },
  pt_BR: { words: /apag|exclu|remov|desfaz|revert|elimin|esquec/i, negation: /\b(não|nada|nenhum\w*|nunca)\b|não/i, never: /garant|a salvo da IA/i },
};

function overclaims(text: string, lang: (typeof LANGS)[number]): string[] {
  const { words, negation, never } = OVERCLAIM[lang];
  const found: string[] = [];
  if (never.test(text)) found.push(text.match(never)![0]);
  for (const clause of text.split(/[.;:!?]\s/)) {
    const match = words.exec(clause);
    if (match && !negation.test(clause.slice(0, match.index))) found.push(clause.trim());
  }
  return found;
}

describe('the overclaim check', () => {
  it('catches a claim that going private deletes or undoes training, in each language', () => {
    expect(overclaims('Going private deletes what Meta trained.', 'en')).not.toEqual([]);
    expect(overclaims('This removes your posts from training.', 'en')).not.toEqual([]);
    expect(overclaims('Privat stellen löscht die Trainingsdaten.', 'de')).not.toEqual([]);
    expect(overclaims('Hacer privado borra el entrenamiento.', 'es')).not.toEqual([]);
    expect(overclaims('Cela supprime vos données de l’entraînement.', 'fr')).not.toEqual([]);
    expect(overclaims('Così elimini i dati dall’addestramento.', 'it')).not.toEqual([]);
    expect(overclaims('Isso apaga o que a Meta treinou.', 'pt_BR')).not.toEqual([]);
  });
  it('lets a negated clause through', () => {
    expect(overclaims('Nothing Meta has said undoes training that already happened.', 'en')).toEqual([]);
    expect(overclaims('It cannot be undone in bulk.', 'en')).toEqual([]);
  });
});

for (const lang of LANGS) {
  describe(lang, () => {
    for (const region of REGIONS) {
      it(`${region}: every fact has a date and a link docs/FACTS.md gives, the date on that link's line, and says whose statement it is`, async () => {
        const messages = speak(lang);
        await show(region);
        const facts = allFacts();
        expect(facts.length).toBeGreaterThanOrEqual(6);
        for (const fact of facts) {
          const key = fact.dataset.fact!;
          expect(fact.textContent, key).toContain(messages[key]!.message);
          const sources = [...fact.querySelectorAll<HTMLElement>('.source')];
          expect(sources.length, key).toBeGreaterThan(0);
          for (const el of sources) {
            const href = el.querySelector('a')!.getAttribute('href')!;
            expect(FACTS_LINKS.has(href), `${key}: ${href}`).toBe(true);
            const source = SOURCE_BY_URL.get(href)!;
            const time = el.querySelector('time')!;
            expect(time.getAttribute('datetime'), key).toBe(source.date);
            expect(time.textContent).toBe(formatFactDate(source.date, messages.uiLocale!.message));
            if ('dateKind' in source) expect(source.date).toBe(factsReviewDate());
            else expect(bulletsWith(href).some((line) => line.includes(docDate(source.date))), `${key}: ${docDate(source.date)}`).toBe(true);
            const basis = el.querySelector('.basis')?.textContent ?? '';
            if (source.basis === 'meta') expect(basis, key).toBe(`${messages.basisMeta!.message}: `);
            if (source.basis === 'reported') expect(basis, key).toBe(`${messages.basisReported!.message}: `);
            if (source.basis === 'official') expect(basis, key).toBe('');
          }
        }
        // Every other link in these parts is one the document gives too.
        for (const a of root.querySelectorAll('a[href]')) expect(FACTS_LINKS.has(a.getAttribute('href')!), a.getAttribute('href')!).toBe(true);
      });

      it(`${region}: short (four or five lines at once, the rest behind a disclosure), and claims no more than docs/FACTS.md`, async () => {
        const messages = speak(lang);
        await show(region);
        // Four or five lines: the facts and, where there is one, the way to object.
        const lines = shortFacts().length + why().querySelectorAll(':scope > [data-objection]').length;
        expect(lines).toBeGreaterThanOrEqual(4);
        expect(lines).toBeLessThanOrEqual(5);
        const details = why().querySelector<HTMLDetailsElement>('details.more-facts')!;
        expect(details.open).toBe(false);
        expect(details.querySelector('summary')!.textContent).toBe(messages.popupMoreFacts!.message);
        expect(details.querySelectorAll('li[data-fact]').length).toBeGreaterThan(0);
        expect(overclaims(root.textContent!, lang)).toEqual([]);
        // The warning's own "Why?" sentences too.
        for (const key of ['whyHeadline', 'whyForwardOnly', 'warningMetaTrains']) expect(overclaims(messages[key]!.message, lang), key).toEqual([]);
      });
    }

    it('says when the facts were last reviewed, from the one constant', async () => {
      const messages = speak(lang);
      await show('elsewhere');
      const asOf = why().querySelector<HTMLElement>('.as-of')!;
      expect(asOf.dataset.factsReviewed).toBe(FACTS_REVIEWED);
      const month = new Intl.DateTimeFormat(messages.uiLocale!.message, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${FACTS_REVIEWED}T00:00:00Z`));
      expect(asOf.textContent).toBe(messages.popupFactsAsOf!.message.replace('$1', month));
      expect(asOf.textContent).toContain('2026');
    });

    it('Brazil: the ANPD line and the objection route, the route linked first', async () => {
      const messages = speak(lang);
      await show('brazil');
      expect(shortFacts()[0]!.dataset.fact).toBe('factBrazil');
      expect(shortFacts()[0]!.querySelector('a')!.getAttribute('href')).toBe(SOURCES.brazil.url);
      const objection = why().querySelector('[data-objection="route"]')!;
      expect(objection.textContent).toContain(messages.objectRoute!.message);
      const links = [...objection.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).toEqual([OBJECTION.route, OBJECTION.form]);
      expect(why().textContent).not.toContain(messages.factNoOptOut!.message);
    });

    it('elsewhere: no opt-out, and no objection link at all', async () => {
      const messages = speak(lang);
      await show('elsewhere');
      expect(shortFacts()[0]!.dataset.fact).toBe('factNoOptOut');
      expect(why().querySelector('[data-objection]')).toBeNull();
      for (const url of Object.values(OBJECTION)) expect(why().querySelector(`a[href="${url}"]`)).toBeNull();
      expect(why().textContent).toContain(messages.factNoOptOut!.message);
    });

    it('EU/EEA and UK: their own line, the route, and the 2024 forms behind the disclosure as possibly superseded', async () => {
      speak(lang);
      for (const [region, first] of [['europe', 'factEuTraining'], ['uk', 'factUkTraining']] as const) {
        await show(region);
        expect(shortFacts()[0]!.dataset.fact).toBe(first);
        expect(why().querySelector('[data-objection="route"] a')!.getAttribute('href')).toBe(OBJECTION.route);
        const older = why().querySelector('details [data-objection="older-forms"]')!;
        expect([...older.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([OBJECTION.olderFacebookForm, OBJECTION.olderInstagramForm]);
      }
    });

    it('lock-down: Facebook\'s default audience first, Instagram\'s search-engine switch with what it does and its source', async () => {
      const messages = speak(lang);
      await show('elsewhere');
      const items = [...root.querySelectorAll<HTMLElement>('section.lock-down li[data-lock]')];
      expect(items[0]!.dataset.lock).toBe('facebook-future-posts');
      expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe(LOCK_DOWN.facebookDefaultAudience);
      const search = root.querySelector('[data-lock="instagram-search-engines"]')!;
      expect(search.querySelector('a')!.getAttribute('href')).toBe('https://www.instagram.com/accounts/who_can_see_your_content/');
      expect(search.querySelector('a')!.textContent).toBe(messages.lockInstagramSearchTitle!.message);
      expect(search.textContent).toContain(messages.lockInstagramSearchHint!.message);
      expect(search.querySelector('time')!.getAttribute('datetime')).toBe('2025-07-10');
      expect(search.querySelector('.source a')!.getAttribute('href')).toBe(SOURCES.instagramSearch.url);
    });
  });
}

describe('the region choice', () => {
  it('says which region is shown and whether it is a guess, and reports a new choice', async () => {
    speak('en');
    const chosen: ResolvedRegion[] = [];
    await show('brazil', true, (r) => void chosen.push(r));
    const line = why().querySelector('.region-line')!;
    expect(line.textContent).toContain('Where you live:');
    expect(line.textContent).toContain('Guessed');
    const select = why().querySelector<HTMLSelectElement>('select[data-action="switch-region"]')!;
    expect(select.value).toBe('brazil');
    expect([...select.options].map((o) => o.value)).toEqual(['europe', 'uk', 'brazil', 'elsewhere']);
    select.value = 'uk';
    await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    expect(chosen).toEqual(['uk']);
    await show('uk', false);
    expect(why().querySelector('.region-line')!.textContent).not.toContain('Guessed');
  });
});

describe('the popup guesses the region from the browser\'s language', () => {
  async function popupWith(languages: string[]) {
    const { Popup } = await import('./Popup');
    const { defaultSettings } = await import('../lib/settings');
    const { emptyStats } = await import('../lib/stats');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
    vi.spyOn(navigator, 'language', 'get').mockReturnValue(languages[0]!);
    const early = {
      tabId: Promise.resolve(null),
      remembered: Promise.resolve(null),
      status: Promise.resolve({ site: 'none', audience: 'none' } as never),
      settings: Promise.resolve(defaultSettings()),
      stats: Promise.resolve(emptyStats()),
    };
    await act(() => render(<Popup early={early} />, root));
    await act(async () => {
      for (let i = 0; i < 5; i += 1) await Promise.resolve();
    });
  }

  it('a Brazilian browser (pt-BR) shows the Brazil route, in Portuguese', async () => {
    const messages = speak('pt_BR');
    await popupWith(['pt-BR', 'pt', 'en']);
    expect(why().dataset.region).toBe('brazil');
    expect(shortFacts()[0]!.dataset.fact).toBe('factBrazil');
    expect(why().querySelector('[data-objection="route"]')!.textContent).toContain(messages.objectRoute!.message);
    expect(why().querySelector('.region-line')!.textContent).toContain(messages.regionGuessed!.message);
  });

  it('a US browser (en-US) says there is no opt-out and links no objection', async () => {
    const messages = speak('en');
    await popupWith(['en-US', 'en']);
    expect(why().dataset.region).toBe('elsewhere');
    expect(why().textContent).toContain(messages.factNoOptOut!.message);
    expect(why().textContent).toContain('there is no opt-out');
    expect(why().querySelector('[data-objection]')).toBeNull();
  });
});
