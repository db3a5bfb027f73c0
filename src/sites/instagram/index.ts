// Instagram adapter (minimal first version: the account's privacy is not read yet, so
// every "Create new post" dialog is reported as unknown, never as safe).
import type { SiteAdapter } from '../site';

export const instagram: SiteAdapter = {
  site: 'instagram',
  observedAttributes: ['aria-label'],
  findComposers() {
    return [];
  },
  isDark: (doc) => doc.defaultView?.matchMedia('(prefers-color-scheme: dark)').matches ?? false,
  async makePrivate() {
    return { ok: false, messageKey: 'errorInstagramByHand', diagnostic: 'switch not available in this build' };
  },
  pageAudience: () => 'unknown',
};
