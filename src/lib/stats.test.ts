import { beforeEach, describe, expect, it } from 'vitest';
import { bumpStat, emptyStats, loadStats, normalizeStats, resetStats, STATS_KEY } from './stats';

const local = () => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(i: object): Promise<void>; clear(): Promise<void> } } } }).chrome.storage.local;

beforeEach(async () => {
  await local().clear();
});

describe('normalizeStats', () => {
  it('keeps whole non-negative counts', () => {
    expect(normalizeStats({ warningsShown: 3, postsSwitched: 1, accountsSwitched: 0, commentWarningsShown: 4, ownPostsSwitched: 2 })).toEqual({ warningsShown: 3, postsSwitched: 1, accountsSwitched: 0, commentWarningsShown: 4, ownPostsSwitched: 2 });
  });
  it('reads numbers stored before comment warnings existed, their count at zero', () => {
    expect(normalizeStats({ warningsShown: 3, postsSwitched: 1, accountsSwitched: 0 })).toEqual({ warningsShown: 3, postsSwitched: 1, accountsSwitched: 0, commentWarningsShown: 0, ownPostsSwitched: 0 });
  });
  it('turns garbage into zeros', () => {
    expect(normalizeStats('x')).toEqual(emptyStats());
    expect(normalizeStats({ warningsShown: -1, postsSwitched: 'two', accountsSwitched: Number.POSITIVE_INFINITY })).toEqual(emptyStats());
    expect(normalizeStats({ warningsShown: 2.7 }).warningsShown).toBe(2);
  });
});

describe('local numbers', () => {
  it('start at zero', async () => {
    expect(await loadStats()).toEqual(emptyStats());
  });
  it('count each bump, even several at once', async () => {
    await Promise.all([bumpStat('warningsShown'), bumpStat('warningsShown'), bumpStat('postsSwitched')]);
    await bumpStat('accountsSwitched');
    await bumpStat('commentWarningsShown');
    expect(await loadStats()).toEqual({ warningsShown: 2, postsSwitched: 1, accountsSwitched: 1, commentWarningsShown: 1, ownPostsSwitched: 0 });
  });
  it('reset to zero', async () => {
    await bumpStat('warningsShown');
    await resetStats();
    expect(await loadStats()).toEqual(emptyStats());
  });
  it('live in storage.local only (never synced)', async () => {
    await bumpStat('warningsShown');
    expect((await local().get(STATS_KEY))[STATS_KEY]).toEqual({ warningsShown: 1, postsSwitched: 0, accountsSwitched: 0, commentWarningsShown: 0, ownPostsSwitched: 0 });
  });
});
