// What the demo shows, scene by scene. Each scene's `url` is opened in the headed demo
// (after its optional `prepare(context)`); its `run` drives the headless tour and takes
// screenshots. The pages are the e2e fixtures (fixture-sites/<site>/) at the real URLs.
import { instagramScene } from '../fixture-sites/instagram/demo-scene.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {(page: Page, name: string, options?: import('playwright-core').PageScreenshotOptions) => Promise<void>} Shoot */
/** @typedef {{ page: Page, shoot: Shoot, context: BrowserContext, extensionId: string, tabIdOf: (page: Page) => Promise<number> }} SceneEnv */
/**
 * @typedef {object} Scene
 * @property {string} name
 * @property {string} url
 * @property {(context: BrowserContext) => Promise<void>} [prepare]
 * @property {(env: SceneEnv) => Promise<void>} run
 */

const host = (/** @type {Page | import('playwright-core').Locator} */ page) => page.locator('[data-audience-guard="warning"]');
const fb = (/** @type {string} */ path, query = '') => `https://www.facebook.com${path}${query ? `?${query}` : ''}`;

/** @param {Page} page @param {string} text */
async function typeDraft(page, text) {
  const editor = page.locator('[role="dialog"] [contenteditable="true"][role="textbox"]').filter({ visible: true }).first();
  await editor.click();
  await page.keyboard.type(text);
}

/** @type {Scene} */
export const facebookScene = {
  name: 'facebook',
  url: fb('/'),
  async run({ page, shoot }) {
    await page.goto(this.url);
    await host(page).first().waitFor({ state: 'visible', timeout: 10_000 });
    await typeDraft(page, 'Sunset at the lake with the kids');
    await shoot(page, 'facebook-warning');
    await host(page).locator('[data-action="make-private"]').click();
    await page.locator('[data-audience-guard="warning"][data-state="done"]').waitFor({ timeout: 15_000 });
    await shoot(page, 'facebook-done');
  },
};

/** @type {Scene} */
export const facebookVariants = {
  name: 'facebook-variants',
  url: fb('/groups/101'),
  async run({ page, shoot }) {
    for (const [name, url] of [
      ['facebook-dark-de', fb('/', 'lang=de&dark=1')],
      ['facebook-public-group', fb('/groups/101')],
      ['facebook-unknown-language', fb('/', 'lang=fi')],
    ]) {
      await page.goto(url);
      await host(page).first().waitFor({ state: 'visible', timeout: 10_000 });
      await shoot(page, name);
    }
  },
};

/** @type {Scene[]} */
export const SCENES = [facebookScene, facebookVariants, instagramScene];

/**
 * Screenshots of the popup reporting on a Facebook tab with a public composer.
 * @param {{ context: BrowserContext, extensionId: string, lang: string, scheme: string, shoot: Shoot, tabIdOf: (page: Page) => Promise<number> }} env
 */
export async function popupShots({ context, extensionId, lang, scheme, shoot, tabIdOf }) {
  const page = await context.newPage();
  await page.goto(fb('/', lang === 'en' ? '' : `lang=${lang}`));
  await host(page).first().waitFor({ state: 'visible', timeout: 10_000 });
  const tabId = await tabIdOf(page);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
  await popup.locator('[data-testid="tab-status"]').waitFor();
  await popup.waitForTimeout(300);
  await shoot(popup, `popup-${lang}-${scheme}`, { fullPage: true });
}

/**
 * The Firefox screenshots (firefox-*.png): the Facebook warning, its one-click switch done,
 * and the popup reporting on that tab, in Firefox ESR with dist/firefox (tools/browser/firefox.mjs).
 * @param {{ session: import('../tools/browser/firefox.mjs').FirefoxSession, shoot: (page: any, name: string, options?: object) => Promise<void> }} env
 */
export async function firefoxTour({ session, shoot }) {
  const { browser } = session;
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  await page.goto(fb('/'));
  await page.waitForSelector('[data-audience-guard="warning"]', { visible: true, timeout: 10_000 });
  await shoot(page, 'firefox-facebook-warning');
  // The tab id, read in an extension page (Firefox has no service worker to ask).
  const realm = await browser.newPage();
  await session.openExtensionPage(realm, 'src/welcome/index.html');
  await page.bringToFront();
  const tabId = await realm.evaluate(async () => (await /** @type {any} */ (globalThis).browser.tabs.query({ url: 'https://www.facebook.com/*' }))[0]?.id ?? -1);
  const popup = await browser.newPage();
  await popup.setViewport({ width: 360, height: 600 });
  await session.openExtensionPage(popup, `src/popup/index.html?tabId=${tabId}`);
  await shoot(popup, 'firefox-popup-en', { fullPage: true });
  await page.bringToFront();
  const button = await page.waitForSelector('[data-audience-guard="warning"] >>> [data-action="make-private"]', { visible: true });
  if (!button) throw new Error('no make-private button in the warning');
  await button.click();
  await page.waitForSelector('[data-audience-guard="warning"][data-state="done"]', { timeout: 15_000 });
  await shoot(page, 'firefox-facebook-done');
}
