// What the demo shows, scene by scene. Each scene's `url` is opened in the headed demo; its
// `run` drives the headless tour and takes screenshots.

const host = (page) => page.locator('[data-audience-guard="warning"]');

export const SCENES = [
  {
    name: 'facebook',
    url: 'https://www.facebook.com/',
    async run({ page, shoot }) {
      await page.goto(this.url);
      await host(page).first().waitFor({ state: 'visible', timeout: 10_000 });
      await shoot(page, 'facebook-warning');
    },
  },
];

/** Screenshots of the popup reporting on a Facebook tab with a public composer. */
export async function popupShots({ context, extensionId, lang, scheme, shoot, tabIdOf }) {
  const page = await context.newPage();
  await page.goto(SCENES[0].url);
  await host(page).first().waitFor({ state: 'visible', timeout: 10_000 });
  const tabId = await tabIdOf(page);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
  await popup.locator('[data-testid="tab-status"]').waitFor();
  await shoot(popup, `popup-${lang}-${scheme}`, { fullPage: true });
}
