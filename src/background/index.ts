// The service worker (Firefox: event page). It holds no page state of its own: it routes
// checked messages, keeps the toolbar badge in step with each tab, and opens the welcome page.
import browser from 'webextension-polyfill';
import { isContentToBackground, isFromOurContentScript } from '../lib/messages';
import { updateBadge } from './badge';
import { handleInstagramMessage } from './instagram-privacy';
import { injectIntoOpenTabs } from './inject';

browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') {
    void browser.tabs.create({ url: browser.runtime.getURL('src/welcome/index.html') });
  }
  if (details.reason === 'install' || details.reason === 'update') void injectIntoOpenTabs();
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own content scripts, on the two supported sites, and only known types.
  if (!isFromOurContentScript(sender, browser.runtime.id) || !isContentToBackground(message)) {
    return undefined;
  }
  const tabId = sender.tab?.id as number;
  if (message.type === 'content:status') {
    return updateBadge(tabId, message.status).then(() => ({ ok: true }));
  }
  return handleInstagramMessage(message, tabId);
});

// Content scripts connect a port only so that they learn when this extension goes away.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== 'content' || port.sender?.id !== browser.runtime.id) port.disconnect();
});
