// "Lock down the rest": the site's own settings that protect more than the post being
// written (docs/FACTS.md, "How to make things private"). A line and a link each. Facebook's
// default audience first: it decides how every new composer opens. Instagram's
// search-engine switch is on the account privacy page, with its own line saying what it does.
import { t } from '../lib/i18n';
import { uiLocale } from '../lib/ui-locale';
import { LOCK_DOWN, SOURCES, type FactSource } from '../lib/facts';
import { SourceLink } from './Why';

export const LOCK_DOWN_ITEMS = [
  { id: 'facebook-future-posts', titleKey: 'lockFutureTitle', hintKey: 'lockFutureHint', url: LOCK_DOWN.facebookDefaultAudience },
  { id: 'facebook-past-posts', titleKey: 'lockPastTitle', hintKey: 'lockPastHint', url: LOCK_DOWN.facebookPastPosts },
  { id: 'facebook-checkup', titleKey: 'lockCheckupTitle', hintKey: 'lockCheckupHint', url: LOCK_DOWN.facebookCheckup },
  { id: 'instagram-privacy', titleKey: 'lockInstagramTitle', hintKey: 'lockInstagramHint', url: LOCK_DOWN.instagramPrivacy },
  { id: 'instagram-search-engines', titleKey: 'lockInstagramSearchTitle', hintKey: 'lockInstagramSearchHint', url: LOCK_DOWN.instagramSearchEngines, source: SOURCES.instagramSearch },
] as const satisfies readonly { id: string; titleKey: string; hintKey: string; url: string; source?: FactSource }[];

export function LockDown() {
  const language = uiLocale();
  return (
    <section class="card lock-down" aria-labelledby="lock-title">
      <h2 id="lock-title">{t('popupLockTitle')}</h2>
      <ul class="links">
        {LOCK_DOWN_ITEMS.map((item) => (
          <li key={item.id} data-lock={item.id}>
            <a href={item.url} target="_blank" rel="noopener noreferrer">
              {t(item.titleKey)}
            </a>
            <span class="hint">
              {t(item.hintKey)}
              {'source' in item ? (
                <>
                  {' '}
                  <SourceLink source={item.source} language={language} />
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
