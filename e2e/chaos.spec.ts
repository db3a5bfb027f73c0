// Chaos around the one-click switch and the composer's life: whatever the page does, every
// run ends in a correct state (no stuck "switching", no lost draft, one host at most).
import { test, expect, warningHost, warningAction } from './extension-test';
import { composer, expectDraft, expectWarning, fbUrl, simState, writeDraft } from './facebook-helpers';
import type { Page } from '@playwright/test';

async function endState(page: Page) {
  const host = warningHost(page);
  // The switch finishes (one way or the other) well within the controller's 20 s limit.
  await expect(host).not.toHaveAttribute('data-state', 'switching', { timeout: 25_000 });
  return host;
}

test('the composer re-rendered every 100 ms during the switch: done with Friends, or an error with Public kept', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(fbUrl('/', { slow: 800 }));
  await expectWarning(page, { audience: 'public' });
  await writeDraft(page, 'Lake trip');
  await warningAction(page, 'make-private').click();
  // From the click on, Facebook's React replaces the composer's nodes every 100 ms: the
  // chooser appears, and is re-rendered, in the middle of the driver's clicks.
  await page.evaluate(() => {
    const w = window as unknown as { __fb: { render(): void }; __chaos?: number };
    w.__chaos = window.setInterval(() => w.__fb.render(), 100);
  });
  const host = await endState(page);
  await page.evaluate(() => clearInterval((window as unknown as { __chaos: number }).__chaos));
  const sim = await simState(page);
  if ((await host.count()) === 1 && (await host.getAttribute('data-state')) === 'error') {
    expect(sim.audience).toBe('public');
  } else {
    expect(sim.audience).toBe('friends');
  }
  expect(sim.defaultTicked).toBe(false);
  expect(sim.posted).toBe(false);
  expect(sim.maxHostsPerDialog).toBeLessThanOrEqual(1);
  await expectDraft(page, 'Lake trip');
});

test('the composer closed in the middle of a switch: no stuck state, nothing posted, a fresh warning next time', async ({ context, pageErrors, settled }) => {
  const page = await context.newPage();
  await page.goto(fbUrl('/', { slow: 3000 }));
  await expectWarning(page, { audience: 'public' });
  await warningAction(page, 'make-private').click();
  await expect(warningHost(page)).toHaveAttribute('data-state', 'switching');
  // The middle of the switch: the driver has clicked the audience button, and the chooser
  // takes 3 s to come.
  await expect.poll(() => page.evaluate(() => (window as unknown as { __fb: { loadingChooser: boolean } }).__fb.loadingChooser)).toBe(true);
  expect((await simState(page)).chooserOpens).toBe(1);
  await composer(page).locator('[aria-label="Close composer dialog"]').filter({ visible: true }).first().click();
  await expect(warningHost(page)).toHaveCount(0);
  // Past the slow chooser's arrival (the sim says so), and the content script has taken
  // every mutation since.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __fb: { loadingChooser: boolean } }).__fb.loadingChooser), { timeout: 10_000 })
    .toBe(false);
  await settled(page);
  expect((await simState(page)).posted).toBe(false);
  await expect(warningHost(page)).toHaveCount(0);
  await page.locator('[data-sim="open-composer"]').first().click();
  await expectWarning(page, { audience: 'public', state: 'warning' });
  expect(pageErrors).toEqual([]);
});

test('50 rapid open/close cycles leave exactly one correct warning', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(fbUrl('/', { open: 0 }));
  await page.evaluate(async () => {
    const trigger = () => document.querySelector<HTMLElement>('[data-sim="open-composer"]')!;
    const close = () => document.querySelector<HTMLElement>('[role="dialog"] [aria-label="Close composer dialog"]');
    for (let i = 0; i < 50; i++) {
      trigger().click();
      // Half the cycles close within the same frame, half a frame later.
      if (i % 2) await new Promise((r) => requestAnimationFrame(r));
      close()?.click();
    }
  });
  await expect(warningHost(page)).toHaveCount(0);
  await page.locator('[data-sim="open-composer"]').first().click();
  await expectWarning(page, { audience: 'public' });
  expect((await simState(page)).maxHostsPerDialog).toBeLessThanOrEqual(1);
});

test('SPA navigation between feed, profile and groups keeps the warnings right', async ({ context, settled }) => {
  const page = await context.newPage();
  await page.goto(fbUrl('/'));
  await expectWarning(page, { audience: 'public' });
  const go = async (path: string) => {
    await page.evaluate((p) => (window as unknown as { __fb: { navigate(p: string): void } }).__fb.navigate(p), path);
    await expect(warningHost(page)).toHaveCount(0); // navigation closed the composer
    await page.locator('[data-sim="open-composer"]').first().click();
  };
  await go('/ana');
  await expectWarning(page, { audience: 'public' });
  await go('/groups/202'); // a private group: no warning
  await expect(composer(page)).toBeVisible();
  // The content script has read the open composer (its audience is not Public) and shows nothing.
  expect((await settled(page)).audience).not.toBe('public');
  await expect(warningHost(page)).toHaveCount(0);
  await go('/groups/101'); // a public group: warned, and no switch offered
  await expect(warningHost(page)).toHaveCount(1);
  await expect(warningHost(page)).toHaveAttribute('data-audience', 'public');
  await expect(warningAction(page, 'make-private')).toHaveCount(0);
  await go('/');
  await expectWarning(page, { audience: 'public' });
});
