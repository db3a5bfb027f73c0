// `npm start`: the demo. Opens Chromium (or, with --firefox, Firefox) with the built
// extension and the fixture sites at their real URLs (the browser toolkit, tools/browser/),
// so a newcomer sees Audience Guard work without a Meta account.
//   headed (a display exists, no --headless): opens the demo tabs and waits until you close
//     the browser; `npm start -- --firefox` does so in a Firefox window;
//   --headless (or no display): walks through the demo, saves screenshots into
//     demo-screenshots/ (or --out DIR), prints what it saved, and exits; with --firefox the
//     Firefox screenshots (firefox-*.png) are taken too.
// Without the browser it needs, it says in one line what to install and exits 1.
import { join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tools/browser/chromium.mjs';
import { exitUnlessBrowser } from '../tools/browser/find.mjs';
import { SCENES, popupShots, firefoxTour } from './demo-scenes.mjs';

const args = process.argv.slice(2);
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = args.includes('--headless') || !hasDisplay;
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 ? args[outIndex + 1] : 'demo-screenshots');
const firefox = args.includes('--firefox');
const extensionPath = resolve(process.env.AG_OUT_DIR ?? 'dist', 'chrome');
const firefoxExtensionPath = resolve(process.env.AG_OUT_DIR ?? 'dist', 'firefox');

if (firefox) exitUnlessBrowser('firefox');
if (!firefox || headless) exitUnlessBrowser('chromium');

/** @param {string} lang @param {'light' | 'dark'} colorScheme */
async function launch(lang, colorScheme) {
  const session = await launchChromium({
    extensionPath,
    headless,
    lang,
    // A full locale (de-DE) so the popup's region guess has a country to go by.
    locale: /** @type {Record<string, string>} */ ({ en: 'en-US', de: 'de-DE' })[lang] ?? lang,
    colorScheme,
    viewport: { width: 1100, height: 800 },
  });
  // The welcome page opens on install; the demo shows it as its first screenshot.
  return { context: session.context, worker: session.serviceWorker, extensionId: session.extensionId, close: session.close };
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
    await env.close();
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
      await e.close();
    }
  }
  if (firefox) {
    const { launchFirefox } = await import('../tools/browser/firefox.mjs');
    const session = await launchFirefox({ extensionPath: firefoxExtensionPath });
    try {
      await firefoxTour({ session, shoot });
    } catch (error) {
      console.error(`firefox tour failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    } finally {
      await session.close();
    }
  }
  console.log(`Saved ${saved.length} screenshots in ${outDir}:`);
  for (const path of saved) console.log(`  ${path}`);
}

/** The demo tabs in a Firefox window, until it is closed. */
async function headedFirefoxDemo() {
  const { launchFirefox } = await import('../tools/browser/firefox.mjs');
  const session = await launchFirefox({ extensionPath: firefoxExtensionPath, headless: false });
  // What the scenes' prepare() needs of a context: routes and cookies (as in the Firefox suite).
  const context = /** @type {import('playwright-core').BrowserContext} */ (/** @type {unknown} */ ({
    route: session.route,
    addCookies: (/** @type {any[]} */ cookies) => session.browser.defaultBrowserContext().setCookie(...cookies),
  }));
  for (const scene of SCENES) {
    await scene.prepare?.(context);
    const page = await session.browser.newPage();
    await page.goto(scene.url);
  }
  console.log('Audience Guard demo in Firefox: open a composer in the Facebook and Instagram tabs. Close the browser to end.');
  await new Promise((done) => session.browser.once('disconnected', done));
  await session.close();
}

async function headedDemo() {
  if (firefox) return headedFirefoxDemo();
  const env = await launch('en', 'light');
  for (const scene of SCENES) {
    await scene.prepare?.(env.context);
    const page = await env.context.newPage();
    await page.goto(scene.url);
  }
  console.log('Audience Guard demo: open a composer in the Facebook and Instagram tabs. Close the browser to end.');
  await new Promise((done) => env.context.on('close', done));
  await env.close().catch(() => undefined);
}

if (headless) await headlessTour();
else await headedDemo();
