// The options page: per-site on/off, "I post publicly on purpose" per site (mutes that
// site's warnings; undoable here and from the popup), "Warn on comments" per site, the
// region, and the local numbers.
// Every change is one read-modify-write of storage.sync (src/lib/settings.ts), which also
// validates and repairs whatever was stored.
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../lib/i18n';
import { ext } from '../lib/ext';
import { loadSettings, onSettingsChanged, SITES, updateSettings, withSite, type Region, type Settings, type SiteSettings } from '../lib/settings';
import { emptyStats, loadStats, normalizeStats, resetStats, STATS_KEY, type Stats } from '../lib/stats';
import { browserLanguageTags, guessRegion } from '../lib/region';
import type { SiteId } from '../sites/site';
import { StatsList } from '../popup/Numbers';

const SITE_NAME_KEY: Record<SiteId, string> = { facebook: 'siteFacebook', instagram: 'siteInstagram' };
const REGIONS: readonly { value: Region; labelKey: string }[] = [
  { value: 'auto', labelKey: 'optionsRegionAuto' },
  { value: 'europe', labelKey: 'regionEurope' },
  { value: 'uk', labelKey: 'regionUk' },
  { value: 'brazil', labelKey: 'regionBrazil' },
  { value: 'elsewhere', labelKey: 'regionElsewhere' },
];
const labelKeyOf = (region: Region): string => REGIONS.find((r) => r.value === region)?.labelKey ?? 'regionElsewhere';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [stats, setStats] = useState<Stats>(emptyStats);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadStats().then(setStats);
    const stop = onSettingsChanged(setSettings);
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && STATS_KEY in changes) setStats(normalizeStats(changes[STATS_KEY]?.newValue));
    };
    ext().storage.onChanged.addListener(onStorage);
    return () => {
      stop();
      ext().storage.onChanged.removeListener(onStorage);
    };
  }, []);

  if (!settings) return <main aria-busy="true" />;

  const save = async (change: (s: Settings) => Settings) => {
    setSettings(change(settings));
    setSettings(await updateSettings(change));
    setNotice(t('optionsSaved'));
  };
  const changeSite = (site: SiteId, change: Partial<SiteSettings>) => void save((s) => withSite(s, site, change));
  const guess = guessRegion(browserLanguageTags(navigator, uiLanguage()));

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <section class="sites" aria-labelledby="sites-title">
        <h2 id="sites-title">{t('optionsSitesTitle')}</h2>
        {SITES.map((site) => (
          <fieldset key={site} data-site={site}>
            <legend>{t(SITE_NAME_KEY[site])}</legend>
            <label>
              <input
                type="checkbox"
                data-setting={`${site}-enabled`}
                checked={settings.sites[site].enabled}
                onChange={(e) => changeSite(site, { enabled: e.currentTarget.checked })}
              />
              <span>{t('optionsEnabled')}</span>
            </label>
            <label>
              <input
                type="checkbox"
                data-setting={`${site}-public-on-purpose`}
                checked={settings.sites[site].publicOnPurpose}
                disabled={!settings.sites[site].enabled}
                aria-describedby={`${site}-purpose-hint`}
                onChange={(e) => changeSite(site, { publicOnPurpose: e.currentTarget.checked })}
              />
              <span>{t('optionsPublicOnPurpose')}</span>
            </label>
            <p class="hint" id={`${site}-purpose-hint`}>
              {t('optionsPublicOnPurposeHint')}
            </p>
            <label>
              <input
                type="checkbox"
                data-setting={`${site}-warn-on-comments`}
                checked={settings.sites[site].warnOnComments}
                disabled={!settings.sites[site].enabled}
                aria-describedby={`${site}-comments-hint`}
                onChange={(e) => changeSite(site, { warnOnComments: e.currentTarget.checked })}
              />
              <span>{t('optionsWarnOnComments')}</span>
            </label>
            <p class="hint" id={`${site}-comments-hint`}>
              {t('optionsWarnOnCommentsHint')}
            </p>
          </fieldset>
        ))}
      </section>
      <section aria-labelledby="region-title">
        <h2 id="region-title">{t('optionsRegionTitle')}</h2>
        <p class="help">{t('optionsRegionHelp')}</p>
        <div role="radiogroup" aria-labelledby="region-title">
          {REGIONS.map(({ value, labelKey }) => (
            <label key={value}>
              <input
                type="radio"
                name="region"
                value={value}
                data-setting={`region-${value}`}
                checked={settings.region === value}
                onChange={() => void save((s) => ({ ...s, region: value }))}
              />
              <span>
                {t(labelKey)}
                {value === 'auto' ? ` (${t('optionsRegionGuess', t(labelKeyOf(guess)))})` : ''}
              </span>
            </label>
          ))}
        </div>
      </section>
      <section aria-labelledby="numbers-title">
        <h2 id="numbers-title">{t('optionsNumbersTitle')}</h2>
        <StatsList stats={stats} />
        <p class="help">{t('statsLocalNote')}</p>
        <button
          type="button"
          data-action="reset-stats"
          onClick={() =>
            void resetStats().then(() => {
              setStats(emptyStats());
              setNotice(t('statsResetDone'));
            })
          }
        >
          {t('statsReset')}
        </button>
      </section>
      <p class="saved" role="status" data-testid="options-notice">
        {notice}
      </p>
    </main>
  );
}
