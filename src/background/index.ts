// The service worker (Firefox: event page). It keeps nothing in its own memory (it may be
// stopped at any moment): it routes checked messages, keeps the toolbar badge in step with
// each tab and each tab's last status in session storage for the popup, and opens the
// welcome page.
import browser from 'webextension-polyfill';
import { isContentToBackground, isFromOurContentScript, onDemandTarget } from '../lib/messages';
import { updateBadge } from './badge';
import { handleInstagramMessage } from './instagram-privacy';
import { injectIntoOpenTabs, injectOnDemand } from './inject';
import { rememberStatus } from './remember-status';

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
    const remembered = rememberStatus(tabId, message.status, sender.url ?? sender.tab?.url);
    return Promise.all([remembered, updateBadge(tabId, message.status)]).then(() => ({ ok: true }));
  }
  if (message.type === 'content:load-script') {
    const target = onDemandTarget(sender, browser.runtime.id);
    return target ? injectOnDemand(message.script, target) : Promise.resolve({ ok: false });
  }
  return handleInstagramMessage(message, tabId);
});

// Content scripts connect a port only so that they learn when this extension goes away.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== 'content' || port.sender?.id !== browser.runtime.id) port.disconnect();
});
