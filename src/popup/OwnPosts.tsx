// "Your past posts" (Facebook tabs): how many of the person's own public posts the page has
// marked, the batch that makes them Friends started from here too, and Facebook's own
// complete tool, "Limit who can see past posts", with its caveat (docs/FACTS.md "How to
// make things private": it cannot be undone in bulk), linked.
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { ext } from '../lib/ext';
import { LOCK_DOWN } from '../lib/facts';
import type { OwnPostsStatus } from '../lib/messages';

async function requestBatch(tabId: number): Promise<boolean> {
  try {
    const answer = (await ext().tabs.sendMessage(tabId, { type: 'popup:own-posts-start' })) as { ok?: unknown } | undefined;
    return answer?.ok === true;
  } catch {
    return false; // the tab went away or reloaded
  }
}

export function OwnPosts({ tabId, own }: { tabId: number | null; own: OwnPostsStatus | undefined }) {
  const [failed, setFailed] = useState(false);
  const batch = own?.batch ?? null;
  const running = batch !== null && (batch.state === 'running' || batch.state === 'paused');
  const marked = own?.marked ?? 0;
  const start = async () => {
    if (tabId === null) return;
    setFailed(!(await requestBatch(tabId)));
  };
  return (
    <section class="card own-posts" aria-labelledby="own-posts-title" data-testid="own-posts" data-marked={String(marked)}>
      <h2 id="own-posts-title">{t('popupOwnPostsTitle')}</h2>
      {running ? (
        <p>{t('popupOwnPostsRunning', [String(batch.done + batch.failed), String(batch.total)])}</p>
      ) : marked > 0 ? (
        <>
          <p>{t('popupOwnPostsMarked', [String(marked)])}</p>
          <button type="button" class="primary" data-action="make-all-private" onClick={() => void start()}>
            {t('actionMakeAllFriends', [String(marked)])}
          </button>
        </>
      ) : (
        <p class="hint">{t('popupOwnPostsNone')}</p>
      )}
      {failed ? <p role="status">{t('popupOwnPostsStartFailed')}</p> : null}
      <p class="limit">
        <a href={LOCK_DOWN.facebookPastPosts} target="_blank" rel="noopener noreferrer" data-link="limit-past-posts">
          {t('popupOwnPostsLimitTitle')}
        </a>{' '}
        <span class="hint">{t('popupOwnPostsLimitHint')}</span>
      </p>
    </section>
  );
}
