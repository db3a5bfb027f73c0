// Facebook in Firefox: the warnings and the one-click switch, through the contract hooks
// (docs/CONTRACT.md), on the same simulator the Chromium suite drives (fixture-sites/facebook/).
import { test, expect } from './firefox-test';
import { fbUrl, rerender, simState } from '../facebook-helpers';
import { clickHostAction, draft, hostState, pickAudienceByHand, waitForHost, waitForNoHost, writeDraft } from './pages';
import type { Page as PlaywrightPage } from '@playwright/test';

// The simulator's state readers only evaluate in the page, which a puppeteer page does alike.
const shared = (page: import('puppeteer-core').Page) => page as unknown as PlaywrightPage;

test('a public composer gets one visible warning inside it, with both actions', async ({ browserContext, settled }) => {
  const page = await browserContext.newPage();
  await page.goto(fbUrl('/'));
  const host = await waitForHost(page, { audience: 'public', state: 'warning', site: 'facebook' });
  expect(host.inComposer).toBe(1);
  expect(host.visible).toBe(true);
  expect(host.actions).toEqual(expect.arrayContaining(['make-private', 'dismiss']));
  expect((await settled(page)).audience).toBe('public');
});

test('a Friends composer stays silent (after the content script has read it)', async ({ browserContext, settled }) => {
  const page = await browserContext.newPage();
  await page.goto(fbUrl('/', { audience: 'friends' }));
  const status = await settled(page);
  expect(status.site).toBe('facebook');
  expect(status.audience).toBe('friends');
  expect((await hostState(page)).count).toBe(0);
});

test('the warning follows the audience live: Friends by hand removes it, Public brings it back', async ({ browserContext, settled }) => {
  const page = await browserContext.newPage();
  await page.goto(fbUrl('/'));
  await waitForHost(page, { audience: 'public' });
  await pickAudienceByHand(page, 'Friends');
  await waitForNoHost(page);
  expect((await simState(shared(page))).audience).toBe('friends');
  await pickAudienceByHand(page, 'Public');
  await waitForHost(page, { audience: 'public', state: 'warning' });
  expect((await settled(page)).audience).toBe('public');
});

test('re-renders that replace the composer never give it a second host', async ({ browserContext, settled }) => {
  const page = await browserContext.newPage();
  await page.goto(fbUrl('/'));
  await waitForHost(page, { audience: 'public' });
  await rerender(shared(page), 12);
  await settled(page);
  expect((await hostState(page)).count).toBe(1);
  expect((await simState(shared(page))).maxHostsPerDialog).toBe(1);
});

test('a public group warns without a switch; a private group stays silent', async ({ browserContext, settled }) => {
  const page = await browserContext.newPage();
  await page.goto(fbUrl('/groups/101'));
  const host = await waitForHost(page, { audience: 'public' });
  expect(host.actions).toContain('dismiss');
  expect(host.actions).not.toContain('make-private');
  await page.goto(fbUrl('/groups/202'));
  // The group header arrives after the page (as on Facebook): until then it is unknown.
  await expect.poll(async () => (await settled(page)).audience).toBe('group-private');
  expect((await hostState(page)).count).toBe(0);
});

test('one click switches the post to Friends and keeps the draft and its photo', async ({ browserContext }) => {
  const page = await browserContext.newPage();
  await page.goto(fbUrl('/'));
  await waitForHost(page, { audience: 'public' });
  await writeDraft(page, 'Sunset at the lake');
  await clickHostAction(page, 'make-private');
  await waitForHost(page, { state: 'done', audience: 'friends' }, 15_000);
  const sim = await simState(shared(page));
  expect(sim.audience).toBe('friends');
  expect(sim.posted).toBe(false);
  expect(await draft(page)).toEqual({ text: 'Sunset at the lake', photos: 1 });
});
