// Facebook adapter (minimal first version: English audience button only).
import type { Audience, Composer, SiteAdapter } from '../site';

const PREFIX = 'Edit privacy. Sharing with ';

function readAudience(button: Element): Audience {
  const label = (button.getAttribute('aria-label') ?? '').slice(PREFIX.length).trim().replace(/\.$/, '');
  if (label === 'Public') return 'public';
  if (label === 'Friends') return 'friends';
  if (label === 'Only me') return 'only-me';
  return 'unknown';
}

export const facebook: SiteAdapter = {
  site: 'facebook',
  observedAttributes: ['aria-label', 'aria-checked', 'aria-hidden', 'style', 'class'],
  findComposers(doc) {
    const composers: Composer[] = [];
    for (const dialog of doc.querySelectorAll('[role="dialog"]')) {
      const button = dialog.querySelector(`[role="button"][aria-label^="${PREFIX}"]`);
      if (!button || !button.parentElement) continue;
      composers.push({
        root: dialog,
        kind: 'post',
        audience: readAudience(button),
        anchor: { parent: dialog, before: null },
        canMakePrivate: false,
      });
    }
    return composers;
  },
  isDark: (doc) => doc.documentElement.classList.contains('__fb-dark-mode'),
  async makePrivate() {
    return { ok: false, messageKey: 'errorFacebookByHand', diagnostic: 'switch not available in this build' };
  },
  pageAudience: () => 'none',
};
