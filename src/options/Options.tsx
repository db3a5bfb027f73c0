import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { loadSettings, saveSettings, SITES, type Settings } from '../lib/settings';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return <main aria-busy="true" />;
  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {SITES.map((site) => (
        <fieldset key={site}>
          <legend>{t(site === 'facebook' ? 'siteFacebook' : 'siteInstagram')}</legend>
          <label>
            <input
              type="checkbox"
              data-setting={`${site}-enabled`}
              checked={settings.sites[site].enabled}
              onChange={(e) => update({ ...settings, sites: { ...settings.sites, [site]: { ...settings.sites[site], enabled: e.currentTarget.checked } } })}
            />
            {t('optionsEnabled')}
          </label>
        </fieldset>
      ))}
    </main>
  );
}
