// @vitest-environment node
// The bench's pages are the imitation's Facebook with the bench's workload pages added: the
// router (tools/browser/fixture-sites.mjs) serves them at the bench's paths, the imitation's
// own files everywhere else, the same at the control host, and nothing beyond.
import { describe, expect, it } from 'vitest';
import { fixtureSites } from '../tools/browser/fixture-sites.mjs';
import { BENCH_SITES, CONTROL_URL, FEED_URL, PROFILE_URL } from './serve-page.mjs';

const respond = fixtureSites(BENCH_SITES);
const text = async (/** @type {string} */ url) => {
  const answer = await respond(url);
  return answer && { status: answer.status, type: answer.headers['content-type'], body: String(answer.body) };
};

describe('the bench pages', () => {
  it('serves the workload pages, which load the imitation\'s markup first', async () => {
    for (const [url, script] of [[FEED_URL, '/__bench/feed.js'], [CONTROL_URL, '/__bench/feed.js'], [PROFILE_URL, '/__bench/profile.js']]) {
      const page = await text(url);
      expect(page?.status).toBe(200);
      expect(page?.type).toMatch(/^text\/html/);
      expect(page?.body.indexOf('<script src="/markup.js">')).toBeGreaterThan(0);
      expect(page?.body.indexOf('<script src="/markup.js">')).toBeLessThan(page?.body.indexOf(`<script src="${script}">`) ?? 0);
    }
  });

  it('serves the imitation\'s own files beside them, at both hosts', async () => {
    for (const origin of [new URL(FEED_URL).origin, new URL(CONTROL_URL).origin]) {
      const markup = await text(`${origin}/markup.js`);
      expect(markup?.status).toBe(200);
      expect(markup?.body).toContain('window.__fbMarkup');
    }
    expect((await text('https://www.facebook.com/ana.lima?posts=300'))?.body).toContain('/profile.js');
    expect((await text(`${new URL(FEED_URL).origin}/__bench/feed.js`))?.body).toContain('window.__fbBench');
  });

  it('answers 404 on the control host and refuses every other host', async () => {
    expect((await text(`${new URL(CONTROL_URL).origin}/nothing-here`))?.status).toBe(404);
    expect(await respond('https://example.com/')).toBeNull();
  });

  it('leaves the imitation as it is for everyone else', async () => {
    const plain = fixtureSites();
    expect(String((await plain(FEED_URL))?.body)).toContain('/sim.js');
    expect(await plain(CONTROL_URL)).toBeNull();
  });
});
