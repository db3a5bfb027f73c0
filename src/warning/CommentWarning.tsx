/** @jsxImportSource dom-jsx */
// The comment warning: one compact line next to a comment box under a public post. It says
// that the comment will be public and that Meta trains its AI on public comments, with a
// "Why?" and "Comment anyway" (this post, until the page reloads). No switch: a comment's
// audience is the post's, and there is nothing to make private (docs/CONTRACT.md).
import type { SiteId } from '../sites/site';
import { t } from '../lib/i18n';
import { WhySources } from './WhySources';

export interface CommentWarningProps {
  site: SiteId;
  /** `_locales` key of the first sentence, from the site adapter (what makes it public). */
  messageKey: string;
  whyOpen: boolean;
  /** Every handler receives the DOM event so that untrusted (scripted) clicks can be refused. */
  onDismiss(event: Event): void;
  onToggleWhy(event: Event): void;
}

export function CommentWarning(p: CommentWarningProps) {
  const lang = t('uiLocale');
  return (
    <div class="box comment warning" lang={lang === 'uiLocale' ? undefined : lang}>
      <div class="text" role="status" aria-live="polite">
        <span class="icon" aria-hidden="true">!</span>
        <div>
          <p class="headline">
            {t(p.messageKey)} {t('commentMetaTrains')}{' '}
            <button type="button" class="link" aria-expanded={p.whyOpen ? 'true' : 'false'} onClick={(e) => p.onToggleWhy(e)}>
              {t('actionWhy')}
            </button>
          </p>
          {p.whyOpen ? (
            <p class="detail why">
              {t('commentWhy')}{' '}
              <WhySources />
            </p>
          ) : null}
        </div>
      </div>
      <div class="actions">
        <button type="button" class="button secondary" data-action="dismiss" onClick={(e) => p.onDismiss(e)}>
          {t('actionCommentAnyway')}
        </button>
      </div>
    </div>
  );
}
