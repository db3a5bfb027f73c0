import { describe, expect, it } from 'vitest';
import { settledCounters } from './dom-counters.mjs';

/**
 * A page and a CDP session whose DOM counters are `readings`, one per Memory.getDOMCounters.
 * @param {[number, number, number][]} readings nodes, listeners, documents
 */
function fakes(readings) {
  let next = 0;
  const sent = /** @type {string[]} */ ([]);
  const page = { evaluate: async () => undefined };
  const cdp = {
    send: async (/** @type {string} */ method) => {
      sent.push(method);
      if (method !== 'Memory.getDOMCounters') return {};
      const [nodes, jsEventListeners, documents] = readings[Math.min(next, readings.length - 1)];
      next += 1;
      return { nodes, jsEventListeners, documents };
    },
  };
  return { page: /** @type {any} */ (page), cdp: /** @type {any} */ (cdp), sent };
}

describe('leak counters', () => {
  it('reads until two readings in a row agree: a late collection is not a figure', async () => {
    // The second reading still counts what the last frame held (121 nodes, 3 listeners).
    const { page, cdp, sent } = fakes([[84773, 29, 2], [84652, 26, 2], [84652, 26, 2]]);
    expect(await settledCounters(page, cdp)).toEqual({ nodes: 84652, jsEventListeners: 26, documents: 2, reads: 3 });
    // Collected before every reading.
    expect(sent.filter((m) => m === 'HeapProfiler.collectGarbage').length).toBe(6);
  });

  it('says so when the counters never settle, instead of reporting one of them', async () => {
    const { page, cdp } = fakes(Array.from({ length: 20 }, (_, i) => /** @type {[number, number, number]} */ ([1000 + i, 3, 2])));
    await expect(settledCounters(page, cdp)).rejects.toThrow(/did not settle/);
  });
});
