// The toolbar badge: "!" on a tab whose open composer is about to post publicly.
import browser from 'webextension-polyfill';
import type { TabStatus } from '../lib/messages';
import { t } from '../lib/i18n';

export async function updateBadge(tabId: number, status: TabStatus): Promise<void> {
  const warn = status.enabled && !status.muted && status.state !== null && status.audience === 'public';
  try {
    await browser.action.setBadgeText({ tabId, text: warn ? '!' : '' });
    await browser.action.setTitle({ tabId, title: warn ? t('badgeTitlePublic') : t('actionTitle') });
    if (warn) await browser.action.setBadgeBackgroundColor({ tabId, color: '#C62828' });
  } catch {
    // The tab closed meanwhile: nothing to update.
  }
}
