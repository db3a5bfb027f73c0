import { launchBenchBrowser } from './browser-session.mjs';
import { openFeed } from './serve-page.mjs';
import { Contexts } from './measurements.mjs';
const t0 = Date.now();
const log = (...a) => console.log(((Date.now() - t0) / 1000).toFixed(1), ...a);
const b = await launchBenchBrowser('/work/main/.out/bench/chrome');
const c = new Contexts(b);
const ctx = await c.withoutExtension();
const page = await openFeed(ctx);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Performance.enable');
const m = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(x => [x.name, x.value]));
for (const skip of [[], ['text', 'attr', 'replace', 'tooltip'], ['text'], ['attr'], ['replace'], ['tooltip']]) {
  await page.evaluate((s) => { const k = window.__fbBench.skip; k.clear(); s.forEach(x => k.add(x)); }, skip);
  let a = await m();
  await page.evaluate(() => window.__fbBench.startChurn(50));
  await page.waitForTimeout(2000);
  await page.evaluate(() => window.__fbBench.stopChurn());
  let z = await m();
  log('skip', skip.join(','), 'task', (z.TaskDuration - a.TaskDuration).toFixed(2), 'layout', (z.LayoutDuration - a.LayoutDuration).toFixed(2), 'layouts', z.LayoutCount - a.LayoutCount);
}
await b.close();
