import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, loadSettings, normalizeSettings, onSettingsChanged, saveSettings, SETTINGS_KEY, updateSettings, withSite, type Settings } from './settings';

const sync = () => (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(i: object): Promise<void>; clear(): Promise<void> } } } }).chrome.storage.sync;
const stored = async () => (await sync().get(SETTINGS_KEY))[SETTINGS_KEY];

beforeEach(async () => {
  await sync().clear();
});

describe('normalizeSettings', () => {
  it('keeps valid current settings as they are, without a repair', () => {
    const s: Settings = { ...defaultSettings(), region: 'europe', sites: { facebook: { enabled: false, publicOnPurpose: true, warnOnComments: false }, instagram: { enabled: true, publicOnPurpose: false, warnOnComments: true } } };
    expect(normalizeSettings(structuredClone(s))).toEqual({ settings: s, repaired: false });
  });

  it('gives defaults for nothing stored, and nothing to repair', () => {
    expect(normalizeSettings(undefined)).toEqual({ settings: defaultSettings(), repaired: false });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['null', null],
    ['an array', [1, 2]],
  ])('turns %s into defaults and asks for a repair', (_name, value) => {
    expect(normalizeSettings(value)).toEqual({ settings: defaultSettings(), repaired: true });
  });

  it('replaces each invalid field by its default and keeps the valid ones', () => {
    const { settings, repaired } = normalizeSettings({
      version: 2,
      sites: { facebook: { enabled: 'yes', publicOnPurpose: true }, instagram: 'off' },
      region: 'mars',
      unknownKey: 1,
    });
    expect(repaired).toBe(true);
    expect(settings).toEqual({
      version: 3,
      sites: { facebook: { enabled: true, publicOnPurpose: true, warnOnComments: true }, instagram: { enabled: true, publicOnPurpose: false, warnOnComments: true } },
      region: 'auto',
    });
  });

  it('drops unknown keys (they would otherwise live on forever)', () => {
    const { settings, repaired } = normalizeSettings({ ...defaultSettings(), theme: 'dark' });
    expect(settings).toEqual(defaultSettings());
    expect(repaired).toBe(true);
  });
});

describe('migration v1 -> v2 -> v3', () => {
  it('moves flat per-site flags and the muted list into sites', () => {
    const { settings, repaired } = normalizeSettings({ version: 1, facebook: false, instagram: true, mutedSites: ['instagram'] });
    expect(repaired).toBe(true);
    expect(settings).toEqual({
      version: 3,
      sites: { facebook: { enabled: false, publicOnPurpose: false, warnOnComments: true }, instagram: { enabled: true, publicOnPurpose: true, warnOnComments: true } },
      region: 'auto',
    });
  });

  it('fills what v1 did not say with defaults, and ignores a broken muted list', () => {
    const { settings } = normalizeSettings({ version: 1, facebook: 'no', mutedSites: 'facebook' });
    expect(settings).toEqual(defaultSettings());
  });

  it('does not loop or throw on a version it has no step for', () => {
    expect(normalizeSettings({ version: 0 }).settings).toEqual(defaultSettings());
    expect(normalizeSettings({ version: -3 }).settings).toEqual(defaultSettings());
    expect(normalizeSettings({ version: Number.NaN }).settings).toEqual(defaultSettings());
  });

  it('v2 -> v3 turns comment warnings on for every site and keeps every other choice', () => {
    const { settings, repaired } = normalizeSettings({
      version: 2,
      sites: { facebook: { enabled: false, publicOnPurpose: true }, instagram: { enabled: true, publicOnPurpose: false } },
      region: 'europe',
    });
    expect(repaired).toBe(true);
    expect(settings).toEqual({
      version: 3,
      sites: { facebook: { enabled: false, publicOnPurpose: true, warnOnComments: true }, instagram: { enabled: true, publicOnPurpose: false, warnOnComments: true } },
      region: 'europe',
    });
  });

  it('keeps "Warn on comments" off where the person turned it off', () => {
    const off = withSite(defaultSettings(), 'instagram', { warnOnComments: false });
    expect(normalizeSettings(structuredClone(off))).toEqual({ settings: off, repaired: false });
  });

  it('reads settings from a newer version field by field', () => {
    const { settings } = normalizeSettings({ version: 4, sites: { facebook: { enabled: false, publicOnPurpose: false } }, region: 'europe' });
    expect(settings.version).toBe(3);
    expect(settings.sites.facebook.enabled).toBe(false);
    expect(settings.region).toBe('europe');
  });
});

describe('loadSettings / saveSettings / updateSettings', () => {
  it('repairs garbage in storage on read', async () => {
    await sync().set({ [SETTINGS_KEY]: { version: 'x', sites: 1 } });
    expect(await loadSettings()).toEqual(defaultSettings());
    expect(await stored()).toEqual(defaultSettings());
  });

  it('migrates v1 in storage on read and writes v3 back', async () => {
    await sync().set({ [SETTINGS_KEY]: { version: 1, facebook: true, instagram: false, mutedSites: [] } });
    const s = await loadSettings();
    expect(s.sites.instagram.enabled).toBe(false);
    expect(await stored()).toEqual(s);
  });

  it('does not write when nothing is stored (defaults stay implicit)', async () => {
    await loadSettings();
    expect(await stored()).toBeUndefined();
  });

  it('saves only valid settings', async () => {
    await saveSettings({ ...defaultSettings(), region: 'nowhere' as never });
    expect(await stored()).toEqual(defaultSettings());
  });

  it('updateSettings changes one field on top of what is stored now', async () => {
    await sync().set({ [SETTINGS_KEY]: { ...defaultSettings(), region: 'europe' } });
    const next = await updateSettings((s) => withSite(s, 'instagram', { publicOnPurpose: true }));
    expect(next.region).toBe('europe');
    expect(next.sites.instagram).toEqual({ enabled: true, publicOnPurpose: true, warnOnComments: true });
    expect(await stored()).toEqual(next);
  });

  it('onSettingsChanged delivers validated settings and stops after unsubscribe', async () => {
    const seen: Settings[] = [];
    const stop = onSettingsChanged((s) => seen.push(s));
    await sync().set({ [SETTINGS_KEY]: { version: 3, sites: 'broken', region: 'europe' } });
    stop();
    await sync().set({ [SETTINGS_KEY]: defaultSettings() });
    expect(seen).toEqual([{ ...defaultSettings(), region: 'europe' }]);
  });
});

describe('withSite', () => {
  it('changes one site and leaves the rest untouched', () => {
    const before = defaultSettings();
    const after = withSite(before, 'facebook', { enabled: false });
    expect(after.sites.facebook).toEqual({ enabled: false, publicOnPurpose: false, warnOnComments: true });
    expect(after.sites.instagram).toBe(before.sites.instagram);
    expect(before.sites.facebook.enabled).toBe(true);
  });
});

describe('region', () => {
  it.each(['auto', 'europe', 'uk', 'brazil', 'elsewhere'] as const)('keeps a stored %s as it is', (region) => {
    const stored = { ...defaultSettings(), region };
    expect(normalizeSettings(stored)).toEqual({ settings: stored, repaired: false });
  });
  it.each([['br'], ['Brazil'], ['BRAZIL'], ['eu'], [''], [null], [3], [['brazil']], [{ region: 'uk' }]])('falls back to auto for %j', (region) => {
    const { settings, repaired } = normalizeSettings({ ...defaultSettings(), region });
    expect(settings.region).toBe('auto');
    expect(repaired).toBe(true);
  });
});
