import { describe, expect, it } from 'vitest';
import { waitFor } from './wait-for';

describe('waitFor', () => {
  it('re-checks when a transition ends, with no DOM mutation at all', async () => {
    const panel = document.createElement('div');
    document.body.append(panel);
    let onScreen = false;
    let timedOut = false;
    const started = performance.now();
    const wait = waitFor(document, () => onScreen, { timeoutMs: 5000, signal: new AbortController().signal, onTimeout: () => (timedOut = true) });
    // The slide ends: what is on screen changed, the DOM did not.
    onScreen = true;
    panel.dispatchEvent(new Event('transitionend', { bubbles: true }));
    await expect(wait).resolves.toBe(true);
    expect(timedOut).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
    panel.remove();
  });

  it('re-checks when an animation ends', async () => {
    let done = false;
    const wait = waitFor(document, () => done, { timeoutMs: 5000, signal: new AbortController().signal });
    done = true;
    document.body.dispatchEvent(new Event('animationend', { bubbles: true }));
    await expect(wait).resolves.toBe(true);
  });

  it('reports a wait that ended by its timeout', async () => {
    let timedOut = false;
    const value = await waitFor(document, () => false, { timeoutMs: 20, signal: new AbortController().signal, onTimeout: () => (timedOut = true) });
    expect(value).toBeNull();
    expect(timedOut).toBe(true);
  });

  it('ends at once on abort, without counting a timeout', async () => {
    const controller = new AbortController();
    let timedOut = false;
    const wait = waitFor(document, () => false, { timeoutMs: 5000, signal: controller.signal, onTimeout: () => (timedOut = true) });
    controller.abort();
    await expect(wait).resolves.toBeNull();
    expect(timedOut).toBe(false);
  });
});
