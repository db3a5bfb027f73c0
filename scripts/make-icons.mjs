// Renders icons/icon.svg to the PNG sizes the manifest lists, with the same Chromium the
// tests use. Run by hand after editing the SVG: `node scripts/make-icons.mjs`.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { chromiumLaunchOptions } from '../tools/browser/chromium.mjs';

const svg = readFileSync(new URL('../icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: new URL(`../icons/icon-${size}.png`, import.meta.url).pathname, omitBackground: true });
}
await browser.close();
