/** @jsxImportSource dom-jsx */
// The inline warning: one or two lines, the fix inside it, never a blocker. Research on
// pre-posting nudges (docs/FACTS.md): short, the fix in reach, "post anyway" per composer.
import type { Audience, ComposerKind, SiteId, WarningWords } from '../sites/site';
import type { WarningState } from '../lib/messages';
import { t } from '../lib/i18n';
import { WhySources } from './WhySources';

export interface WarningProps {
  site: SiteId;
  /** The site's own words for this warning (the adapter's). */
  words: WarningWords;
  kind: ComposerKind;
  audience: Audience;
  state: WarningState;
  canMakePrivate: boolean;
  /** `_locales` key of the sentence saying what to do by hand, in the error state. */
  errorKey?: string;
  aboutUrl?: string;
  whyOpen: boolean;
  /** The site's sentence and link for the done state (`_locales` keys and the site's URL). */
  doneNote?: { readonly messageKey: string; readonly linkKey: string; readonly url: string };
  /** Offered where the audience cannot be read or a switch failed: copies a bug report. */
  onCopyReport?(event: Event): void;
  /** What the last copy did. */
  reportState?: 'copied' | 'failed';
  /** Every handler receives the DOM event so that untrusted (scripted) clicks can be refused. */
  onMakePrivate(event: Event): void;
  onDismiss(event: Event): void;
  onToggleWhy(event: Event): void;
}

function headline(p: WarningProps): string {
  if (p.state === 'done') return t(p.words.doneKey);
  if (p.audience === 'unknown') return t(p.words.unknownKey);
  if (p.kind === 'group') return t('warningPublicGroup');
  return t(p.words.publicKey);
}

export function Warning(p: WarningProps) {
  const busy = p.state === 'switching';
  const showActions = p.state !== 'done';
  const makePrivateLabel = t(p.words.makePrivateKey);
  // For an unreadable audience "post publicly anyway" would claim what we do not know.
  const dismissLabel =
    p.audience === 'unknown' ? t('actionDismissUnknown') : t(p.words.dismissKey);
  // The warning speaks the browser's language, which may differ from the page's.
  const lang = t('uiLocale');
  return (
    <div class={`box ${p.state} ${p.audience === 'unknown' ? 'unknown' : ''}`} lang={lang === 'uiLocale' ? undefined : lang}>
      {/* Only the sentences are a polite live region: buttons are not re-announced on each change. */}
      <div class="text" role="status" aria-live="polite">
        <span class="icon" aria-hidden="true">{p.state === 'done' ? '✓' : p.audience === 'unknown' ? '?' : '!'}</span>
        <div>
          <p class="headline">
            {headline(p)}
            {p.state !== 'done' && p.audience !== 'unknown' ? (
              <>
                {' '}
                {t('warningMetaTrains')}{' '}
                <button type="button" class="link" aria-expanded={p.whyOpen ? 'true' : 'false'} onClick={(e) => p.onToggleWhy(e)}>
                  {t('actionWhy')}
                </button>
              </>
            ) : null}
          </p>
          {p.state === 'done' && p.doneNote ? (
            <p class="detail">
              {t(p.doneNote.messageKey)}{' '}
              <a href={p.doneNote.url} target="_blank" rel="noopener noreferrer">
                {t(p.doneNote.linkKey)}
              </a>
            </p>
          ) : null}
          {p.state === 'error' ? <p class="detail error-text">{t(p.errorKey ?? 'errorGeneric')}</p> : null}
          {busy ? <p class="detail">{t('warningSwitching')}</p> : null}
          {p.reportState ? <p class="detail">{t(p.reportState === 'copied' ? 'reportCopied' : 'reportCopyFailed')}</p> : null}
          {p.whyOpen && p.state !== 'done' ? (
            <p class="detail why">
              {t('whyHeadline')} {t('whyForwardOnly')}{' '}
              <WhySources />
            </p>
          ) : null}
        </div>
      </div>
      {showActions ? (
        <div class="actions">
          {p.kind === 'group' && p.aboutUrl ? (
            <a class="button secondary" href={p.aboutUrl} target="_blank" rel="noopener noreferrer">
              {t('actionGroupAbout')}
            </a>
          ) : null}
          {p.canMakePrivate ? (
            <button type="button" class="button primary" data-action="make-private" disabled={busy} onClick={(e) => p.onMakePrivate(e)}>
              {busy ? t('actionSwitching') : makePrivateLabel}
            </button>
          ) : null}
          <button type="button" class="button secondary" data-action="dismiss" disabled={busy} onClick={(e) => p.onDismiss(e)}>
            {dismissLabel}
          </button>
          {p.onCopyReport && !busy ? (
            <button type="button" class="link" data-action="copy-report" onClick={(e) => p.onCopyReport?.(e)}>
              {t('actionCopyReport')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
