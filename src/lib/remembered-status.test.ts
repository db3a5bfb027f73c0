import { describe, expect, it } from 'vitest';
import { pageFingerprint, rememberedEntry, rememberedStatusFor, rememberedStatusKey } from './remembered-status';
import type { TabStatus } from './messages';

const status: TabStatus = { site: 'instagram', audience: 'public', canMakePrivate: true, state: null, muted: false, enabled: true };
const PAGE = 'https://www.instagram.com/someone/';

describe('remembered status', () => {
  it('fingerprints the page without its fragment, and tells pages apart', () => {
    expect(pageFingerprint(`${PAGE}#x`)).toBe(pageFingerprint(PAGE));
    expect(pageFingerprint(`${PAGE}?a=1`)).not.toBe(pageFingerprint(PAGE));
    expect(pageFingerprint('https://www.instagram.com/someone/x')).not.toBe(pageFingerprint(PAGE));
    expect(pageFingerprint(PAGE)).toMatch(/^[0-9a-z]{1,7}$/);
  });

  it('gives back a well-formed status for the same tab and page only', () => {
    const stored = { [rememberedStatusKey(9)]: rememberedEntry(status, PAGE), other: 1 };
    expect(rememberedStatusFor(stored, 9, PAGE)).toEqual(status);
    expect(rememberedStatusFor(stored, 8, PAGE)).toBeNull();
    expect(rememberedStatusFor(stored, 9, 'https://www.instagram.com/')).toBeNull();
    expect(rememberedStatusFor(stored, 9, undefined)).toBeNull();
  });

  it.each<[string, unknown]>([
    ['nothing stored', undefined],
    ['not an object', 'tabStatus:9'],
    ['an entry that is not an object', { [rememberedStatusKey(9)]: 42 }],
    ['an entry without a page', { [rememberedStatusKey(9)]: { status } }],
    ['a malformed status', { [rememberedStatusKey(9)]: { status: { ...status, site: 'tiktok' }, page: pageFingerprint(PAGE) } }],
  ])('gives back nothing for %s', (_, stored) => {
    expect(rememberedStatusFor(stored, 9, PAGE)).toBeNull();
  });
});
