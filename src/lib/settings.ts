// Typed settings with defaults, validated on every read. Whatever is in storage (an older
// version, another extension's garbage, a hand-edited value) is migrated by named steps,
// then checked field by field against the defaults: anything invalid becomes the default
// and the repaired object is written back, so a bad value never breaks the extension.
import { ext } from './ext';
import type { SiteId } from '../sites/site';

export const SETTINGS_VERSION = 3;
export const SETTINGS_KEY = 'settings';

/**
 * Which objection route applies (docs/FACTS.md, "Objecting"): `europe` the EU and the EEA
 * (the stored name predates the UK's own entry, and a stored `europe` keeps meaning a
 * region with an objection form), `uk`, `brazil`, or `elsewhere` (no opt-out). `auto`:
 * guessed from the browser's language (src/lib/region.ts).
 */
export type Region = 'auto' | 'europe' | 'uk' | 'brazil' | 'elsewhere';

export const REGIONS: readonly Region[] = ['auto', 'europe', 'uk', 'brazil', 'elsewhere'];

const isRegion = (value: unknown): value is Region => typeof value === 'string' && (REGIONS as readonly string[]).includes(value);

export interface SiteSettings {
  /** Audience Guard watches this site. */
  enabled: boolean;
  /** "I post publicly on purpose": warnings are muted on this site. */
  publicOnPurpose: boolean;
  /** "Warn on comments": a comment box under a public post warns when the person writes. */
  warnOnComments: boolean;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  sites: Record<SiteId, SiteSettings>;
  region: Region;
}

export const SITES: readonly SiteId[] = ['facebook', 'instagram'];

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    sites: {
      facebook: { enabled: true, publicOnPurpose: false, warnOnComments: true },
      instagram: { enabled: true, publicOnPurpose: false, warnOnComments: true },
    },
    region: 'auto',
  };
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Named migration steps, each from version N to N+1. Version 1 (0.0.x previews) kept
 * flat keys: `{ version: 1, facebook: boolean, instagram: boolean, mutedSites: string[] }`.
 */
const MIGRATIONS: Record<number, (old: Raw) => Raw> = {
  1: function v1ToV2(old) {
    const muted = Array.isArray(old.mutedSites) ? old.mutedSites : [];
    const site = (id: SiteId) => ({
      enabled: typeof old[id] === 'boolean' ? old[id] : true,
      publicOnPurpose: muted.includes(id),
    });
    return { version: 2, sites: { facebook: site('facebook'), instagram: site('instagram') }, region: 'auto' };
  },
  /** Comment warnings arrived: on for every site, whatever else was chosen there. */
  2: function v2ToV3(old) {
    const sites = isObject(old.sites) ? old.sites : {};
    const withComments = (id: SiteId) => ({ ...(isObject(sites[id]) ? sites[id] : {}), warnOnComments: true });
    return { ...old, version: 3, sites: { ...sites, facebook: withComments('facebook'), instagram: withComments('instagram') } };
  },
};

function migrate(raw: Raw): Raw {
  let current = raw;
  let version = typeof current.version === 'number' ? current.version : SETTINGS_VERSION;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    current = step(current);
    version += 1;
  }
  return current;
}

/** Turns anything into valid Settings; `repaired` says whether storage needs rewriting. */
export function normalizeSettings(stored: unknown): { settings: Settings; repaired: boolean } {
  const defaults = defaultSettings();
  if (!isObject(stored)) return { settings: defaults, repaired: stored !== undefined };
  const raw = migrate(stored);
  const sitesRaw = isObject(raw.sites) ? raw.sites : {};
  const sites = {} as Record<SiteId, SiteSettings>;
  for (const id of SITES) {
    const s = isObject(sitesRaw[id]) ? (sitesRaw[id] as Raw) : {};
    sites[id] = {
      enabled: typeof s.enabled === 'boolean' ? s.enabled : defaults.sites[id].enabled,
      publicOnPurpose: typeof s.publicOnPurpose === 'boolean' ? s.publicOnPurpose : defaults.sites[id].publicOnPurpose,
      warnOnComments: typeof s.warnOnComments === 'boolean' ? s.warnOnComments : defaults.sites[id].warnOnComments,
    };
  }
  const region: Region = isRegion(raw.region) ? raw.region : defaults.region;
  const settings: Settings = { version: SETTINGS_VERSION, sites, region };
  return { settings, repaired: JSON.stringify(settings) !== JSON.stringify(stored) };
}

export async function loadSettings(): Promise<Settings> {
  let stored: unknown;
  try {
    stored = (await ext().storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch (error) {
    console.info('[Audience Guard] settings unreadable, using defaults:', String(error));
    return defaultSettings();
  }
  const { settings, repaired } = normalizeSettings(stored);
  if (repaired) {
    try {
      await ext().storage.sync.set({ [SETTINGS_KEY]: settings });
    } catch {
      // Storage refused the write (quota, sync disabled): the defaults still apply in memory.
    }
  }
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await ext().storage.sync.set({ [SETTINGS_KEY]: normalizeSettings(settings).settings });
}

/**
 * Read-modify-write of the stored settings: reads (and repairs) what is stored now, so a
 * change made meanwhile in another page (popup vs options) is not overwritten wholesale.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await loadSettings())).settings;
  await ext().storage.sync.set({ [SETTINGS_KEY]: next });
  return next;
}

/** The same settings with one site's fields changed. */
export function withSite(settings: Settings, site: SiteId, change: Partial<SiteSettings>): Settings {
  return { ...settings, sites: { ...settings.sites, [site]: { ...settings.sites[site], ...change } } };
}

/** Calls `listener` with validated settings whenever they change; returns the unsubscribe. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    listener(normalizeSettings(changes[SETTINGS_KEY]?.newValue).settings);
  };
  ext().storage.onChanged.addListener(handler);
  return () => ext().storage.onChanged.removeListener(handler);
}
