// "Lock down the rest": the site's own settings that protect more than the post being
// written (docs/FACTS.md, "How to make things private"). A line and a link each.
import { t } from '../lib/i18n';
import { FACTS } from '../lib/facts';

const ITEMS = [
  { id: 'facebook-future-posts', titleKey: 'lockFutureTitle', hintKey: 'lockFutureHint', url: FACTS.lockDown.facebookFuturePosts },
  { id: 'facebook-past-posts', titleKey: 'lockPastTitle', hintKey: 'lockPastHint', url: FACTS.lockDown.facebookPastPosts },
  { id: 'facebook-checkup', titleKey: 'lockCheckupTitle', hintKey: 'lockCheckupHint', url: FACTS.lockDown.facebookCheckup },
  { id: 'instagram-privacy', titleKey: 'lockInstagramTitle', hintKey: 'lockInstagramHint', url: FACTS.lockDown.instagramPrivacy },
] as const;

export function LockDown() {
  return (
    <section class="card lock-down" aria-labelledby="lock-title">
      <h2 id="lock-title">{t('popupLockTitle')}</h2>
      <ul class="links">
        {ITEMS.map((item) => (
          <li key={item.id} data-lock={item.id}>
            <a href={item.url} target="_blank" rel="noopener noreferrer">
              {t(item.titleKey)}
            </a>
            <span class="hint">{t(item.hintKey)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
