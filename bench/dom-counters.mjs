// The DOM counters the leak figures read (measurements.mjs, comments.mjs), and the heap
// snapshot's detached nodes that say whether a figure above 0 is a real leak. No imports of
// the bench's browser side: unit-tested alone (counters.test.mjs).

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').CDPSession} CDPSession */

/** @typedef {{ documents: number, nodes: number, jsEventListeners: number }} Counters */

/** How many readings settledCounters takes at most before it gives up. */
const MAX_COUNTER_READS = 8;

/**
 * The DOM counters of `page`'s renderer once they have settled: a frame and a task for
 * whatever the page or the content script still had queued (a flush, a host's removal),
 * two forced collections, a reading; again until two readings in a row agree. The figure
 * used to be one collection-and-read, which counts whatever is still held at that instant
 * (the counters are the whole renderer process's): on a loaded machine it once read
 * +121 nodes / +3 listeners, about one composer with its warning, and 0 on a rerun; no heap
 * snapshot of those cycles kept a detached node. Throws when they do not settle, rather
 * than report a number that is timing.
 * @param {Page} page @param {CDPSession} cdp @returns {Promise<Counters & { reads: number }>}
 */
export async function settledCounters(page, cdp) {
  /** @type {Counters | null} */
  let last = null;
  const seen = [];
  for (let i = 0; i < MAX_COUNTER_READS; i += 1) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    await collectGarbage(cdp);
    const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    const now = { documents, nodes, jsEventListeners };
    seen.push(`${nodes}/${jsEventListeners}/${documents}`);
    if (last && last.documents === documents && last.nodes === nodes && last.jsEventListeners === jsEventListeners) return { ...now, reads: i + 1 };
    last = now;
  }
  throw new Error(`DOM counters did not settle in ${MAX_COUNTER_READS} readings (nodes/listeners/documents: ${seen.join(', ')})`);
}

/**
 * Counts the detached DOM nodes in a heap snapshot of `page` (Chromium names them
 * "Detached <class>"), by name: on a leak figure above 0, says whether nodes out of the
 * document are really kept (a leak) or the counters only differed.
 * @param {CDPSession} cdp @returns {Promise<{ total: number, byName: [string, number][] }>}
 */
export async function detachedNodes(cdp) {
  /** @type {string[]} */
  const chunks = [];
  /** @param {{ chunk: string }} e */
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.send('HeapProfiler.disable');
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const nameAt = fields.indexOf('name');
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const name = snapshot.strings[snapshot.nodes[i + nameAt]];
    if (name.startsWith('Detached ')) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const byName = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 10);
  return { total: [...counts.values()].reduce((a, b) => a + b, 0), byName };
}

/** Two full collections: the garbage of an earlier page (the process can be reused) goes now. @param {CDPSession} cdp */
export async function collectGarbage(cdp) {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 2; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.disable');
}
