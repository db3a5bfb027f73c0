import { test } from './fixtures';
import { fbUrl, composer } from './fixtures/facebook/sim-helpers';
test('debug', async ({ context }) => {
  const page = await context.newPage();
  page.on('console', (m) => console.log('CONSOLE', m.text()));
  await page.goto(fbUrl('/', {}));
  await composer(page).locator('[data-sim="editor"]').click();
  await page.keyboard.type('Lunch');
  console.log(await page.evaluate(() => ({ text: document.querySelector('[data-sim=editor]')!.textContent, html: document.querySelector('[data-sim=editor]')!.innerHTML, active: document.activeElement?.outerHTML.slice(0, 80), renders: (window as any).__fb.renders })));
});
