// For tests only: docs/FACTS.md read as data, so the product's facts can be checked against
// it (every link in it, every date on the line of its link, the review date).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FACTS_DOC = readFileSync(resolve(import.meta.dirname, '../../docs/FACTS.md'), 'utf8');

/** The document's bullets, each with its continuation lines joined. */
export const FACTS_BULLETS: readonly string[] = (() => {
  const bullets: string[] = [];
  for (const line of FACTS_DOC.split('\n')) {
    if (line.startsWith('- ')) bullets.push(line.slice(2));
    else if (/^\s+\S/.test(line) && bullets.length > 0) bullets[bullets.length - 1] += ` ${line.trim()}`;
    else if (!line.trim() || line.startsWith('#')) bullets.push('');
  }
  return bullets.filter((b) => b.length > 0);
})();

/** Every link in the document, without the punctuation that ends a sentence. */
export const FACTS_LINKS: ReadonlySet<string> = new Set([...FACTS_DOC.matchAll(/https:\/\/[^\s)]+/g)].map((m) => m[0].replace(/[.,;:]+$/, '')));

/** The review date the document states ("last reviewed 2026-12-01"). */
export function factsReviewDate(): string {
  const match = /last reviewed (\d{4}-\d{2}-\d{2})/.exec(FACTS_DOC.replace(/\s+/g, ' '));
  if (!match) throw new Error('docs/FACTS.md states no "last reviewed YYYY-MM-DD"');
  return match[1]!;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An ISO date the way docs/FACTS.md writes it: "3 Sep 2024". */
export function docDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}

/** The bullets that carry this link. */
export const bulletsWith = (url: string): string[] => FACTS_BULLETS.filter((b) => b.split(/[\s()]+/).some((word) => word.replace(/[.,;:]+$/, '') === url));
