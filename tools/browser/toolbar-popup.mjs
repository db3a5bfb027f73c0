// The real toolbar popup, opened the way a click on the toolbar button opens it
// (`chrome.action.openPopup()` from the service worker) and read over DevTools.
//
// Playwright does not report the popup as a page (it is not a tab), so it is reached
// through the DevTools Target domain of any CDP session: found by URL, attached without
// flattening, and evaluated in with Target.sendMessageToTarget. Used by the e2e test of
// the popup's window and by the benchmark's popup timing.

/** @typedef {import('playwright-core').CDPSession} CDPSession */
/** @typedef {import('playwright-core').Worker} Worker */

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @typedef {object} ToolbarPopup
 * @property {number} openedAt epoch ms (service worker clock) just before openPopup() was called
 * @property {(expression: string) => Promise<unknown>} evaluate an expression's value in the popup (promises awaited)
 * @property {(expression: string, timeoutMs?: number) => Promise<unknown>} waitFor the first truthy value of an expression
 * @property {() => Promise<void>} close
 */

/**
 * Opens the toolbar popup for the focused window's active tab.
 * @param {CDPSession} cdp a session whose Target domain sees the browser's targets
 * @param {Worker} serviceWorker the extension's service worker
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<ToolbarPopup>}
 */
export async function openToolbarPopup(cdp, serviceWorker, { timeoutMs = 10000 } = {}) {
  const popupPath = '/src/popup/index.html';
  const before = new Set((await cdp.send('Target.getTargets')).targetInfos.map((t) => t.targetId));
  // Chromium refuses ("Failed to open popup.") while the window is still closing the previous
  // popup or not yet focused; a refusal opened nothing, so asking again is safe.
  const openedAt = await serviceWorker.evaluate(async () => {
    for (let attempt = 1; ; attempt += 1) {
      const at = performance.timeOrigin + performance.now();
      try {
        await /** @type {any} */ (globalThis).chrome.action.openPopup();
        return at;
      } catch (error) {
        if (attempt === 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
  const deadline = Date.now() + timeoutMs;
  let target;
  while (!target) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    target = targetInfos.find((t) => !before.has(t.targetId) && new URL(t.url, 'about:blank').pathname === popupPath);
    if (target) break;
    if (Date.now() > deadline) throw new Error('the toolbar popup did not open');
    await sleep(10);
  }
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let nextId = 1;
  /** @type {Map<number, (message: any) => void>} */
  const answers = new Map();
  const onMessage = (/** @type {{ sessionId: string, message: string }} */ event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    answers.get(message.id)?.(message);
    answers.delete(message.id);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const evaluate = async (/** @type {string} */ expression) => {
    const id = nextId++;
    const answer = new Promise((resolve) => answers.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
    });
    const message = /** @type {any} */ (await answer);
    if (message.error) throw new Error(`popup: ${message.error.message}`);
    if (message.result.exceptionDetails) throw new Error(`popup: ${message.result.exceptionDetails.exception?.description ?? message.result.exceptionDetails.text}`);
    return message.result.result.value;
  };
  return {
    openedAt,
    evaluate,
    async waitFor(expression, waitMs = timeoutMs) {
      const end = Date.now() + waitMs;
      for (;;) {
        // Until the popup's document exists, evaluating can fail: keep asking.
        const value = await evaluate(expression).catch(() => null);
        if (value) return value;
        if (Date.now() > end) throw new Error(`popup: timed out waiting for ${expression}`);
        await sleep(10);
      }
    },
    async close() {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => {});
    },
  };
}
