// The toolbar popup. Opens fast: the tab's status, the settings and the numbers are asked
// for before the first render (main.tsx, `startLoading`), the first render shows what is at
// hand, and each answer re-renders only the part it changes. The status the tab last
// announced (remembered by the background) is shown until the tab's own answer replaces it.
// Four parts, most urgent first: this tab, why it matters, lock down the rest, the numbers.
import { useCallback, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { t, uiLanguage } from '../lib/i18n';
import { ext } from '../lib/ext';
import { defaultSettings, loadSettings, onSettingsChanged, updateSettings, withSite, type Settings } from '../lib/settings';
import { emptyStats, loadStats, normalizeStats, resetStats, STATS_KEY, type Stats } from '../lib/stats';
import { browserLanguageTags, resolveRegion, type ResolvedRegion } from '../lib/region';
import { isContentToBackground, type SwitchOutcome } from '../lib/messages';
import { fetchStatus, rememberedStatus, requestMakePrivate, statusFrom, type PopupStatus } from './tab-status';
import { firstRequests } from './first-requests';
import { ThisTab } from './ThisTab';
import { Why } from './Why';
import { LockDown } from './LockDown';
import { Numbers } from './Numbers';
import { OwnPosts } from './OwnPosts';

/** What the popup asks for as soon as its script runs, before the first render. */
export interface EarlyLoad {
  tabId: Promise<number | null>;
  /** What the tab last announced, if still its page: shown until the tab answers. */
  remembered: Promise<PopupStatus | null>;
  /** The tab's own answer. */
  status: Promise<PopupStatus>;
  settings: Promise<Settings>;
  stats: Promise<Stats>;
}

export function startLoading(search: string): EarlyLoad {
  const requests = firstRequests(search);
  return {
    tabId: requests.tab.then((tab) => tab?.id ?? null),
    remembered: rememberedStatus(requests),
    status: requests.answer.then(statusFrom),
    settings: loadSettings(),
    stats: loadStats(),
  };
}

/** The benchmark reads this mark: the tab's status first in the DOM (bench/README.md). */
export const STATUS_MARK = 'audience-guard:popup-status';

const onResetStats = () => void resetStats();

/** The content script re-reads settings on change; give it a moment before asking again. */
const SETTLE_MS = 150;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function languageTags(): string[] {
  return browserLanguageTags(typeof navigator === 'undefined' ? undefined : navigator, uiLanguage());
}

export function Popup({ early }: { early: EarlyLoad }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [status, setStatus] = useState<PopupStatus | null>(null);
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [stats, setStats] = useState<Stats>(emptyStats);
  const [outcome, setOutcome] = useState<SwitchOutcome | null>(null);
  const [busy, setBusy] = useState(false);

  // A layout effect, which runs right after the first render, not a passive one, which waits
  // for the first paint (a frame or more while the popup's window opens): the first
  // requests' answers are usually in by the first render (first-requests.ts), and the status
  // then joins the DOM before anything is painted.
  useLayoutEffect(() => {
    let alive = true;
    let id: number | null = null;
    void early.tabId.then((tab) => {
      id = tab;
      if (alive) setTabId(tab);
    });
    // Newest first: an announcement (`content:status`, below) beats the tab's answer, which
    // was asked for earlier; the answer beats the remembered status, which is only shown
    // while nothing else is at hand.
    let announced = false;
    void early.remembered.then((remembered) => alive && remembered && setStatus((current) => current ?? remembered));
    void early.status.then((answer) => alive && !announced && setStatus(answer));
    void early.settings.then((s) => alive && setSettings(s));
    void early.stats.then((s) => alive && setStats(s));
    const stopSettings = onSettingsChanged(setSettings);
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && STATS_KEY in changes) setStats(normalizeStats(changes[STATS_KEY]?.newValue));
    };
    ext().storage.onChanged.addListener(onStorage);
    // The tab's content script announces every change of its status (a composer opens, the
    // account API answers) to the extension's pages: listen instead of asking again.
    const onStatus = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      if (sender.id !== ext().runtime.id || sender.tab?.id === undefined || sender.tab.id !== id) return undefined;
      if (isContentToBackground(message) && message.type === 'content:status') {
        announced = true;
        setStatus(message.status);
      }
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

  useLayoutEffect(() => {
    if (status && performance.getEntriesByName(STATUS_MARK).length === 0) performance.mark(STATUS_MARK);
  }, [status]);

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
  const chooseRegion = useCallback((next: ResolvedRegion) => {
    void updateSettings((s) => ({ ...s, region: next })).then(setSettings);
  }, []);

  // The parts that do not depend on the tab's status: the same element when their inputs
  // did not change, which Preact does not render again (the status arrives after them).
  const guessed = settings.region === 'auto';
  const why = useMemo(() => <Why region={region} guessed={guessed} onChooseRegion={chooseRegion} />, [region, guessed, chooseRegion]);
  const lockDown = useMemo(() => <LockDown />, []);
  const numbers = useMemo(() => <Numbers stats={stats} onReset={onResetStats} />, [stats]);

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
      {status?.site === 'facebook' && status.enabled ? <OwnPosts tabId={tabId} own={status.ownPosts} /> : null}
      {why}
      {lockDown}
      {numbers}
    </main>
  );
}
