// The toolbar popup. Opens fast: one render with what is at hand, then the tab's status,
// the settings and the numbers arrive in parallel. Four parts, most urgent first: this tab,
// why it matters, lock down the rest, the local numbers.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../lib/i18n';
import { ext } from '../lib/ext';
import { defaultSettings, loadSettings, onSettingsChanged, updateSettings, withSite, type Settings } from '../lib/settings';
import { emptyStats, loadStats, normalizeStats, resetStats, STATS_KEY, type Stats } from '../lib/stats';
import { browserLanguageTags, resolveRegion, type ResolvedRegion } from '../lib/region';
import { isContentToBackground, type SwitchOutcome } from '../lib/messages';
import { fetchStatus, requestMakePrivate, targetTabId, type PopupStatus } from './tab-status';
import { ThisTab } from './ThisTab';
import { Why } from './Why';
import { LockDown } from './LockDown';
import { Numbers } from './Numbers';

/** The content script re-reads settings on change; give it a moment before asking again. */
const SETTLE_MS = 150;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function languageTags(): string[] {
  return browserLanguageTags(typeof navigator === 'undefined' ? undefined : navigator, uiLanguage());
}

export function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [status, setStatus] = useState<PopupStatus | null>(null);
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [stats, setStats] = useState<Stats>(emptyStats);
  const [outcome, setOutcome] = useState<SwitchOutcome | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    let id: number | null = null;
    void (async () => {
      id = await targetTabId(location.search);
      if (!alive) return;
      setTabId(id);
      setStatus(await fetchStatus(id));
    })();
    void loadSettings().then((s) => alive && setSettings(s));
    void loadStats().then((s) => alive && setStats(s));
    const stopSettings = onSettingsChanged(setSettings);
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && STATS_KEY in changes) setStats(normalizeStats(changes[STATS_KEY]?.newValue));
    };
    ext().storage.onChanged.addListener(onStorage);
    // The tab's content script announces every change of its status (a composer opens, the
    // account API answers) to the extension's pages: listen instead of asking again.
    const onStatus = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      if (sender.id !== ext().runtime.id || sender.tab?.id === undefined || sender.tab.id !== id) return undefined;
      if (isContentToBackground(message) && message.type === 'content:status') setStatus(message.status);
      return undefined;
    };
    ext().runtime.onMessage.addListener(onStatus);
    return () => {
      alive = false;
      ext().runtime.onMessage.removeListener(onStatus);
      stopSettings();
      ext().storage.onChanged.removeListener(onStorage);
    };
  }, []);

  const refresh = useCallback(async () => {
    if (tabId === null) return;
    await sleep(SETTLE_MS);
    setStatus(await fetchStatus(tabId));
  }, [tabId]);

  const onMakePrivate = async () => {
    if (tabId === null || busy) return;
    setBusy(true);
    setOutcome(null);
    const result = await requestMakePrivate(tabId);
    setOutcome(result);
    setStatus(await fetchStatus(tabId));
    setBusy(false);
  };

  const changeSite = async (change: { enabled?: boolean; publicOnPurpose?: boolean }) => {
    if (!status || status.site === 'none') return;
    const site = status.site;
    setSettings(await updateSettings((s) => withSite(s, site, change)));
    await refresh();
  };

  const tags = languageTags();
  const region: ResolvedRegion = resolveRegion(settings.region, tags);
  const switchRegion = async () => {
    const next: ResolvedRegion = region === 'europe' ? 'elsewhere' : 'europe';
    setSettings(await updateSettings((s) => ({ ...s, region: next })));
  };

  return (
    <main class="popup" aria-busy={status === null}>
      <header class="top">
        <h1>{t('extName')}</h1>
        <a class="settings-link" href={ext().runtime.getURL('src/options/index.html')} target="_blank" rel="noopener">
          {t('popupOpenOptions')}
        </a>
      </header>
      {status ? (
        <ThisTab
          status={status}
          busy={busy}
          outcome={outcome}
          onMakePrivate={() => void onMakePrivate()}
          onUnmute={() => void changeSite({ publicOnPurpose: false })}
          onEnable={() => void changeSite({ enabled: true })}
        />
      ) : (
        <section class="card this-tab placeholder" aria-hidden="true" />
      )}
      <Why region={region} guessed={settings.region === 'auto'} onSwitchRegion={() => void switchRegion()} />
      <LockDown />
      <Numbers stats={stats} onReset={() => void resetStats()} />
    </main>
  );
}
