// Instagram's one-click switch crosses tabs: the draft's tab must never navigate, so the
// privacy settings page opens in a new tab whose content script acts only on a one-time
// request held here, created by the click (never on anything a URL could carry).
import type { ContentToBackground } from '../lib/messages';

export async function handleInstagramMessage(message: ContentToBackground, _tabId: number): Promise<unknown> {
  return { ok: false, type: message.type };
}
