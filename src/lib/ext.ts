// The extension API for code that also runs in the content script. Firefox's native
// `browser` and Chrome's MV3 `chrome` both return promises for every call used here, so the
// content script does without webextension-polyfill: its ~3 KB gzip would be a quarter of
// the content script's 12 KB budget. Extension pages (popup, options, background) import the
// polyfill as usual.
import type { Browser, Runtime } from 'webextension-polyfill';

type Globals = { browser?: Browser; chrome?: Browser };

export function ext(): Browser {
  const g = globalThis as unknown as Globals;
  return (g.browser ?? g.chrome) as Browser;
}

export type MessageHandler = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

/**
 * Adds a runtime.onMessage listener whose handler returns a promise (or undefined: not
 * mine). Uses sendResponse + `return true`, the form both browsers' native APIs accept.
 * Returns the function that removes it.
 */
export function listenForMessages(handler: MessageHandler): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    const reply = handler(message, sender);
    if (!reply) return false;
    reply.then(sendResponse, (error: unknown) => {
      console.info('[Audience Guard] message handler failed:', String(error));
      sendResponse(undefined);
    });
    return true;
  };
  const onMessage = ext().runtime.onMessage as unknown as {
    addListener(l: typeof listener): void;
    removeListener(l: typeof listener): void;
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
