import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { fetchStatus, requestMakePrivate, targetTabId, type PopupStatus } from './tab-status';
import type { SwitchOutcome } from '../lib/messages';

function statusLine(s: PopupStatus): string {
  if (s.site === 'none') return t('popupUnsupported');
  if (!s.enabled) return t('popupSiteOff');
  if (s.site === 'instagram') {
    if (s.audience === 'public') return t('popupInstagramPublic');
    if (s.audience === 'private') return t('popupInstagramPrivate');
    return t('popupInstagramUnknown');
  }
  if (s.audience === 'none') return t('popupFacebookNoComposer');
  if (s.audience === 'public') return t('popupFacebookPublic');
  if (s.audience === 'unknown') return t('popupFacebookUnknown');
  return t('popupFacebookNotPublic');
}

export function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [status, setStatus] = useState<PopupStatus | null>(null);
  const [outcome, setOutcome] = useState<SwitchOutcome | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const id = await targetTabId(location.search);
      setTabId(id);
      setStatus(await fetchStatus(id));
    })();
  }, []);

  const onMakePrivate = async () => {
    if (tabId === null) return;
    setBusy(true);
    const result = await requestMakePrivate(tabId);
    setOutcome(result);
    setStatus(await fetchStatus(tabId));
    setBusy(false);
  };

  if (!status) return <main class="popup" aria-busy="true" />;
  const canAct = status.site !== 'none' && status.canMakePrivate;
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <section
        data-testid="tab-status"
        data-site={status.site}
        data-audience={status.audience}
        aria-live="polite"
      >
        <p class="status">{statusLine(status)}</p>
        {canAct ? (
          <button type="button" data-action="make-private" disabled={busy} onClick={onMakePrivate}>
            {status.site === 'instagram' ? t('actionMakeAccountPrivate') : t('actionSwitchToFriends')}
          </button>
        ) : null}
        {outcome ? <p class="outcome">{outcome.ok ? t('popupSwitchDone') : t(outcome.messageKey ?? 'errorGeneric')}</p> : null}
      </section>
    </main>
  );
}
