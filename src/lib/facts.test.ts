// The product's sources against docs/FACTS.md: the review date the popup shows, every link
// in the document, each date on the line that carries its link, and whether that line is
// Meta's statement or a press report.
import { describe, expect, it } from 'vitest';
import { FACTS, FACTS_REVIEWED, LOCK_DOWN, OBJECTION, SOURCES, INSTAGRAM_PRIVACY_PATH } from './facts';
import { bulletsWith, docDate, FACTS_DOC, FACTS_LINKS, factsReviewDate } from './facts-doc.testing';

describe('facts', () => {
  it('are as of the review date docs/FACTS.md states', () => {
    expect(FACTS_REVIEWED).toBe(factsReviewDate());
  });

  it('the review-date reader finds the date, and would fail on a document without one', () => {
    expect(factsReviewDate()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(/last reviewed \d{4}-\d{2}-\d{2}/.test('no date here')).toBe(false);
  });

  for (const [id, source] of Object.entries(SOURCES)) {
    describe(id, () => {
      it('links a source docs/FACTS.md gives', () => {
        expect(FACTS_LINKS.has(source.url), source.url).toBe(true);
      });
      it('carries the date docs/FACTS.md gives on the line of its link', () => {
        const lines = bulletsWith(source.url);
        expect(lines.length, source.url).toBeGreaterThan(0);
        if ('dateKind' in source && source.dateKind === 'read') {
          // A source without a date of its own: the date is when the document was reviewed.
          expect(source.date).toBe(factsReviewDate());
        } else {
          expect(lines.some((line) => line.includes(docDate(source.date))), `${docDate(source.date)} on the line of ${source.url}`).toBe(true);
        }
      });
      it('is marked as the document marks it (Meta says, reported, or an authority)', () => {
        const line = bulletsWith(source.url).join(' ');
        if (source.basis === 'reported') expect(line).toMatch(/reported/);
        if (source.basis === 'meta') expect(line).toMatch(/\bMeta\b/);
        if (source.basis === 'official') expect(line).toMatch(/Commission|Court|authority/);
      });
    });
  }

  it('names every source in the UI strings', async () => {
    const en = (await import('../../public/_locales/en/messages.json')).default as Record<string, { message: string }>;
    for (const source of Object.values(SOURCES)) expect(en[source.labelKey]?.message, source.labelKey).toBeTruthy();
    for (const key of ['basisMeta', 'basisReported', 'srcReadOn']) expect(en[key]?.message, key).toBeTruthy();
  });

  it('the warning links the earnings call and Meta\'s announcement', () => {
    expect(FACTS.earningsCall).toBe(SOURCES.earningsCall);
    expect(FACTS.metaUses).toBe(SOURCES.metaUses);
  });

  it('every objection and lock-down link is one docs/FACTS.md gives', () => {
    for (const url of [...Object.values(OBJECTION), ...Object.values(LOCK_DOWN)]) expect(FACTS_LINKS.has(url), url).toBe(true);
  });

  it('the route through the Privacy Center is the stable way, the form Meta\'s app links is "inferred current"', () => {
    expect(FACTS_DOC).toMatch(/Privacy Center → AI at\s+Meta → "Right to object"/);
    expect(bulletsWith(OBJECTION.form).join(' ')).toMatch(/Meta's own app links/);
    expect(bulletsWith(OBJECTION.olderFacebookForm).join(' ')).toMatch(/may be superseded/);
  });

  it('the Instagram privacy page is the current path docs/MARKUP.md names', () => {
    expect(INSTAGRAM_PRIVACY_PATH).toBe('/accounts/who_can_see_your_content/');
    expect(LOCK_DOWN.instagramPrivacy).toBe(`https://www.instagram.com${INSTAGRAM_PRIVACY_PATH}`);
  });
});
