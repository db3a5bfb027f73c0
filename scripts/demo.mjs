// `npm start`: the demo. Opens Chromium with the built extension and the fixture sites at
// their real URLs (e2e/serve-fixtures.mjs), so a newcomer sees Audience Guard work without
// a Meta account.
//   headed (a display exists, no --headless): opens the demo tabs and waits until you close
//     the browser;
//   --headless (or no display): walks through the demo, saves screenshots into
//     demo-screenshots/ (or --out DIR), prints what it saved, and exits.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumLaunchOptions } from '../e2e/browser.mjs';
import { routeFixtureSites } from '../e2e/serve-fixtures.mjs';
import { SCENES, popupShots } from './demo-scenes.mjs';

const args = process.argv.slice(2);
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = args.includes('--headless') || !hasDisplay;
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 ? args[outIndex + 1] : 'demo-screenshots');
const extensionPath = resolve(process.env.AG_OUT_DIR ?? 'dist', 'chrome');

/** @param {string} lang @param {'light' | 'dark'} colorScheme */
async function launch(lang, colorScheme) {
  const profile = mkdtempSync(join(tmpdir(), 'ag-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions({ headless, extensionPath, args: [`--lang=${lang}`] }),
    // A full locale (de-DE) so the popup's region guess has a country to go by.
    locale: /** @type {Record<string, string>} */ ({ en: 'en-US', de: 'de-DE' })[lang] ?? lang,
    colorScheme,
    viewport: { width: 1100, height: 800 },
    env: { ...process.env, LANGUAGE: lang, LANG: `${lang.replace('-', '_')}.UTF-8` },
  });
  await routeFixtureSites(context);
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  // The welcome page opens on install; the demo shows it as its first screenshot.
  return { context, worker, extensionId, profile };
}

/** @param {import('playwright-core').Worker} worker @param {import('playwright-core').Page} page @returns {Promise<number>} */
async function tabIdOf(worker, page) {
  await page.bringToFront();
  return worker.evaluate(async () => (await /** @type {any} */ (globalThis).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
}

async function headlessTour() {
  mkdirSync(outDir, { recursive: true });
  /** @type {string[]} */
  const saved = [];
  /** @type {import('./demo-scenes.mjs').Shoot} */
  const shoot = async (page, name, options = {}) => {
    const path = join(outDir, `${name}.png`);
    await page.screenshot({ path, ...options });
    saved.push(path);
  };
  const env = await launch('en', 'light');
  try {
    for (const scene of SCENES) {
      const page = await env.context.newPage();
      try {
        await scene.run({ page, shoot, context: env.context, extensionId: env.extensionId, tabIdOf: (p) => tabIdOf(env.worker, p) });
      } catch (error) {
        console.error(`scene ${scene.name} failed: ${error instanceof Error ? error.message : error}`);
        process.exitCode = 1;
      }
      await page.close();
    }
  } finally {
    await env.context.close();
    rmSync(env.profile, { recursive: true, force: true });
  }
  // The popup in light and dark, in English and German.
  /** @type {[string, 'light' | 'dark'][]} */
  const popups = [['en', 'light'], ['en', 'dark'], ['de', 'light'], ['de', 'dark']];
  for (const [lang, scheme] of popups) {
    const e = await launch(lang, scheme);
    try {
      await popupShots({ ...e, lang, scheme, shoot, tabIdOf: (p) => tabIdOf(e.worker, p) });
    } catch (error) {
      console.error(`popup ${lang}/${scheme} failed: ${error instanceof Error ? error.message : error}`);
      process.exitCode = 1;
    } finally {
      await e.context.close();
      rmSync(e.profile, { recursive: true, force: true });
    }
  }
  console.log(`Saved ${saved.length} screenshots in ${outDir}:`);
  for (const path of saved) console.log(`  ${path}`);
}

async function headedDemo() {
  const env = await launch('en', 'light');
  for (const scene of SCENES) {
    await scene.prepare?.(env.context);
    const page = await env.context.newPage();
    await page.goto(scene.url);
  }
  console.log('Audience Guard demo: open a composer in the Facebook and Instagram tabs. Close the browser to end.');
  await new Promise((done) => env.context.on('close', done));
  rmSync(env.profile, { recursive: true, force: true });
}

if (headless) await headlessTour();
else await headedDemo();
