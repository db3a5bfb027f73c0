// The toolbar badge: "!" on a tab whose open composer is about to post publicly (or whose
// comment box warns: the comment will be public), cleared as soon as that is no longer so
// (switched, closed, dismissed, left empty, sent, muted, site switched off). The
// background calls updateBadge for every `content:status` a tab's content script sends; the
// content script sends one whenever its status changes, so the badge follows the page.
import browser from 'webextension-polyfill';
import type { TabStatus } from '../lib/messages';
import { t } from '../lib/i18n';

const BADGE_TEXT = '!';
const BADGE_COLOR = '#C62828';

export interface BadgeLook {
  text: string;
  /** `_locales` key of the toolbar tooltip. */
  titleKey: string;
}

/**
 * What the badge shows for a status. Only a composer that is really warning counts: one
 * with a host (state not null) whose audience is public; not an Instagram account that is
 * public while no post is being written, not a dismissed or muted warning, not an unknown
 * audience (that warning asks the person to check; the badge means "public").
 */
export function badgeFor(status: TabStatus): BadgeLook {
  const warn =
    status.enabled &&
    !status.muted &&
    status.audience === 'public' &&
    (status.state === 'warning' || status.state === 'switching' || status.state === 'error');
  if (warn) return { text: BADGE_TEXT, titleKey: 'badgeTitlePublic' };
  // A comment box under a public post is warning: the comment will be public.
  if (status.enabled && !status.muted && status.comment === 'public') return { text: BADGE_TEXT, titleKey: 'badgeTitleComment' };
  return { text: '', titleKey: 'actionTitle' };
}

export async function updateBadge(tabId: number, status: TabStatus): Promise<void> {
  const look = badgeFor(status);
  try {
    if (look.text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await browser.action.setBadgeText({ tabId, text: look.text });
    await browser.action.setTitle({ tabId, title: t(look.titleKey) });
  } catch {
    // The tab closed meanwhile: nothing to update.
  }
}
