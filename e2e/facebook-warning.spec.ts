// The inline warning's look and reach on Facebook: near the Post button without
// breaking the composer's layout, light and dark, readable at 320 px, keyboard, screen reader.
import { test, expect } from './extension-test';
import { composer, expectNoWarning, expectWarning, fbUrl, simState } from './facebook-helpers';

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).map(Number) as [number, number, number];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

test.describe('Facebook inline warning', () => {
  test('says the post will be public and that Meta trains its AI on public posts, with a Why?', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/'));
    const host = await expectWarning(page, { audience: 'public' });
    await expect(host.getByText(/will be public: anyone on or off Facebook/)).toBeVisible();
    await expect(host.getByText(/Meta uses public posts and photos to train its AI/)).toBeVisible();
    const why = host.getByRole('button', { name: 'Why?' });
    await expect(why).toHaveAttribute('aria-expanded', 'false');
    await why.click();
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    await expect(host.getByText(/Common Crawl/)).toBeVisible();
    await expect(host.getByRole('link', { name: /Meta, 13 Sep 2024/ })).toHaveAttribute('href', /about\.fb\.com/);
    // Sentences are a polite live region.
    await expect(host.locator('[role="status"][aria-live="polite"]')).toHaveCount(1);
  });

  test('sits above the Post button without changing the button\'s size or position within the panel', async ({ context, settled }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/', { audience: 'friends' }));
    const post = composer(page).locator('[data-sim="submit"]');
    await expect(post).toBeVisible();
    await expectNoWarning(page, settled);
    const without = await post.boundingBox();
    await page.evaluate(() => {
      // Switch to Public by hand, through the simulator's own state (as a person would with the chooser).
      const button = document.querySelector('[data-sim="audience-button"]') as HTMLElement;
      button.click();
      (document.querySelector('input[value="public"]') as HTMLElement).click();
      (document.querySelector('[data-sim="chooser-done"]') as HTMLElement).click();
    });
    const host = await expectWarning(page, { audience: 'public' });
    const withHost = await post.boundingBox();
    expect(withHost?.width).toBe(without?.width);
    expect(withHost?.height).toBe(without?.height);
    const hostBox = await host.boundingBox();
    const dialogBox = await composer(page).boundingBox();
    expect(hostBox!.x).toBeGreaterThanOrEqual(dialogBox!.x);
    expect(hostBox!.x + hostBox!.width).toBeLessThanOrEqual(dialogBox!.x + dialogBox!.width);
    expect(hostBox!.y + hostBox!.height).toBeLessThanOrEqual(withHost!.y + 1);
  });

  test('matches dark mode (__fb-dark-mode) and light mode', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/', { dark: 1 }));
    const dark = await expectWarning(page, { audience: 'public' });
    const darkBg = await dark.evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.box')!).backgroundColor);
    expect(luminance(darkBg)).toBeLessThan(0.3);
    const light = await context.newPage();
    await light.goto(fbUrl('/'));
    const lightHost = await expectWarning(light, { audience: 'public' });
    const lightBg = await lightHost.evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.box')!).backgroundColor);
    expect(luminance(lightBg)).toBeGreaterThan(0.7);
  });

  test('is readable at 320 px wide: nothing overflows, both buttons reachable', async ({ context }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(fbUrl('/'));
    const host = await expectWarning(page, { audience: 'public' });
    const dialogBox = await composer(page).boundingBox();
    const hostBox = await host.boundingBox();
    expect(hostBox!.x).toBeGreaterThanOrEqual(dialogBox!.x);
    expect(hostBox!.x + hostBox!.width).toBeLessThanOrEqual(dialogBox!.x + dialogBox!.width + 0.5);
    for (const action of ['make-private', 'dismiss']) {
      const b = host.locator(`[data-action="${action}"]`);
      await expect(b).toBeInViewport({ ratio: 1 });
      const box = await b.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    }
    const overflow = await host.evaluate((el) => {
      const box = el.shadowRoot!.querySelector('.box') as HTMLElement;
      return box.scrollWidth - box.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('is reachable by keyboard, and Enter on "Switch to Friends" switches', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/'));
    const host = await expectWarning(page, { audience: 'public' });
    await composer(page).locator('[data-sim="editor"]').click();
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await host.evaluate((el) => el.shadowRoot?.activeElement?.getAttribute('data-action') === 'make-private');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect(host).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
    expect((await simState(page)).audience).toBe('friends');
  });

  test('the unknown notice offers a plain dismiss and no switch', async ({ context, settled }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/', { lang: 'fi' }));
    const host = await expectWarning(page, { audience: 'unknown' });
    await expect(host.locator('[data-action="dismiss"]')).toHaveText('Got it');
    await host.locator('[data-action="dismiss"]').click();
    await expectNoWarning(page, settled);
  });
});
