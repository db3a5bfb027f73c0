// "This tab", the popup's first and largest part: what the open tab is about to share, the
// same one-click fix as the inline warning, and its result. The contract's hooks live here
// (docs/CONTRACT.md, Popup): [data-testid="tab-status"] with data-site / data-audience, and
// [data-action="make-private"] only when the switch can be offered.
import { t } from '../lib/i18n';
import type { SwitchOutcome } from '../lib/messages';
import type { PopupStatus } from './tab-status';

export function statusLine(s: PopupStatus): string {
  if (s.site === 'none') return t('popupUnsupported');
  if (!s.enabled) return t('popupSiteOff');
  // A comment about to go public, while no composer warns: said in words, nothing to switch.
  if (s.comment === 'public' && s.state === null) return t('popupCommentPublic');
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

/** How alarming the line is: drives the colour of the status card, never its meaning. */
export function tone(s: PopupStatus): 'public' | 'unknown' | 'safe' | 'neutral' {
  if (s.site === 'none' || !s.enabled) return 'neutral';
  if (s.comment === 'public' && s.state === null) return 'public';
  if (s.audience === 'public') return 'public';
  if (s.audience === 'unknown') return 'unknown';
  if (s.audience === 'none') return 'neutral';
  return 'safe';
}

function outcomeLine(site: PopupStatus['site'], outcome: SwitchOutcome): string {
  if (outcome.ok) return t(site === 'instagram' ? 'warningDoneInstagram' : 'warningDoneFacebook');
  return t(outcome.messageKey ?? 'errorGeneric');
}

export interface ThisTabProps {
  status: PopupStatus;
  busy: boolean;
  outcome: SwitchOutcome | null;
  onMakePrivate(): void;
  onUnmute(): void;
  onEnable(): void;
}

export function ThisTab({ status, busy, outcome, onMakePrivate, onUnmute, onEnable }: ThisTabProps) {
  const supported = status.site !== 'none';
  const canAct = supported && status.canMakePrivate;
  const siteName = status.site === 'instagram' ? t('siteInstagram') : t('siteFacebook');
  return (
    <section class="card this-tab" aria-labelledby="this-tab-title">
      <h2 id="this-tab-title" class="eyebrow">
        {supported ? `${t('popupThisTab')} · ${siteName}` : t('popupThisTab')}
      </h2>
      <div
        data-testid="tab-status"
        data-site={status.site}
        data-audience={status.audience}
        data-comment={status.site !== 'none' && status.comment ? status.comment : undefined}
        class={`status-box ${tone(status)}`}
      >
        <p class="status" aria-live="polite">{statusLine(status)}</p>
        {supported && status.muted && status.enabled ? (
          <p class="muted-note" data-testid="muted">
            {t('popupMuted')}{' '}
            <button type="button" class="link" data-action="unmute" onClick={onUnmute}>
              {t('popupUnmute')}
            </button>
          </p>
        ) : null}
        {supported && !status.enabled ? (
          <button type="button" class="secondary" data-action="enable-site" onClick={onEnable}>
            {t('popupTurnOn')}
          </button>
        ) : null}
        {canAct || busy ? (
          <button type="button" class="primary" data-action="make-private" disabled={busy} aria-disabled={busy} onClick={onMakePrivate}>
            {busy ? t('actionSwitching') : status.site === 'instagram' ? t('actionMakeAccountPrivate') : t('actionSwitchToFriends')}
          </button>
        ) : null}
        <p class="outcome" role="status" data-testid="switch-outcome" data-ok={outcome ? String(outcome.ok) : undefined}>
          {outcome ? outcomeLine(status.site, outcome) : ''}
        </p>
      </div>
    </section>
  );
}
