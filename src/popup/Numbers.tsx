// "Local numbers": what Audience Guard did on this device. Kept in storage.local only,
// never sent anywhere; resettable here and on the options page.
import { t } from '../lib/i18n';
import type { Stats } from '../lib/stats';

export function StatsList({ stats }: { stats: Stats }) {
  return (
    <dl class="stats" data-testid="stats">
      <div>
        <dt>{t('statWarnings')}</dt>
        <dd data-stat="warningsShown">{stats.warningsShown}</dd>
      </div>
      <div>
        <dt>{t('statPosts')}</dt>
        <dd data-stat="postsSwitched">{stats.postsSwitched}</dd>
      </div>
      <div>
        <dt>{t('statAccounts')}</dt>
        <dd data-stat="accountsSwitched">{stats.accountsSwitched}</dd>
      </div>
      <div>
        <dt>{t('statComments')}</dt>
        <dd data-stat="commentWarningsShown">{stats.commentWarningsShown}</dd>
      </div>
      <div>
        <dt>{t('statOwnPosts')}</dt>
        <dd data-stat="ownPostsSwitched">{stats.ownPostsSwitched}</dd>
      </div>
    </dl>
  );
}

export function Numbers({ stats, onReset }: { stats: Stats; onReset(): void }) {
  return (
    <section class="card numbers" aria-labelledby="numbers-title">
      <h2 id="numbers-title">{t('popupNumbersTitle')}</h2>
      <StatsList stats={stats} />
      <p class="hint">
        {t('statsLocalNote')}{' '}
        <button type="button" class="link" data-action="reset-stats" onClick={onReset}>
          {t('statsReset')}
        </button>
      </p>
    </section>
  );
}
