// Local numbers shown in the popup: kept on this device only (storage.local), never sent.
import { ext } from './ext';

export const STATS_KEY = 'stats';

export interface Stats {
  warningsShown: number;
  postsSwitched: number;
  accountsSwitched: number;
  /** Comment boxes that warned (a comment about to go public). */
  commentWarningsShown: number;
  /** Published posts of the person's made Friends (the marker or the batch). */
  ownPostsSwitched: number;
}

export const emptyStats = (): Stats => ({ warningsShown: 0, postsSwitched: 0, accountsSwitched: 0, commentWarningsShown: 0, ownPostsSwitched: 0 });

const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : 0);

export function normalizeStats(stored: unknown): Stats {
  const s = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return {
    warningsShown: count(s.warningsShown),
    postsSwitched: count(s.postsSwitched),
    accountsSwitched: count(s.accountsSwitched),
    commentWarningsShown: count(s.commentWarningsShown),
    ownPostsSwitched: count(s.ownPostsSwitched),
  };
}

export async function loadStats(): Promise<Stats> {
  try {
    return normalizeStats((await ext().storage.local.get(STATS_KEY))[STATS_KEY]);
  } catch {
    return emptyStats();
  }
}

// Increments are chained so that two quick increments in one context never lose a count.
let chain: Promise<unknown> = Promise.resolve();
export function bumpStat(name: keyof Stats): Promise<void> {
  const next = chain.then(async () => {
    const stats = await loadStats();
    stats[name] += 1;
    await ext().storage.local.set({ [STATS_KEY]: stats });
  });
  chain = next.catch(() => undefined);
  return next.catch(() => undefined);
}

export async function resetStats(): Promise<void> {
  await ext().storage.local.set({ [STATS_KEY]: emptyStats() });
}
