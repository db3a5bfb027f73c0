import { describe, expect, it } from 'vitest';
import { BatchRun, type BatchItem } from './own-posts-batch';

const items = (n: number): BatchItem[] => Array.from({ length: n }, (_, i) => ({ key: `/p/${i}`, label: `post ${i}`, href: null, result: null }));

/** A change that resolves only when the test says so, to pause or stop mid-flight. */
function gate() {
  const started: string[] = [];
  const pending: ((ok: boolean) => void)[] = [];
  const change = (item: BatchItem) => new Promise<boolean>((resolve) => {
    started.push(String(item.key));
    pending.push(resolve);
  });
  const finish = async (ok = true) => {
    await Promise.resolve();
    pending.shift()?.(ok);
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  };
  return { started, change, finish };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the batch', () => {
  it('changes one post at a time and counts successes and failures', async () => {
    const g = gate();
    const run = new BatchRun(items(3), g.change, () => undefined, new AbortController().signal, () => 0);
    const done = run.run();
    await settle();
    expect(g.started).toEqual(['/p/0']);
    await g.finish(true);
    await settle();
    expect(g.started).toEqual(['/p/0', '/p/1']);
    await g.finish(false);
    await settle();
    await g.finish(true);
    await done;
    expect(run.view()).toMatchObject({ state: 'finished', done: 2, failed: 1, total: 3 });
    expect(run.items.map((i) => i.result)).toEqual(['done', 'failed', 'done']);
  });

  it('pause lets the post in flight finish and starts no other until resumed', async () => {
    const g = gate();
    const run = new BatchRun(items(3), g.change, () => undefined, new AbortController().signal, () => 0);
    const done = run.run();
    await settle();
    run.pause();
    await g.finish(true);
    await settle();
    await settle();
    expect(run.state).toBe('paused');
    expect(g.started).toEqual(['/p/0']);
    run.resume();
    await settle();
    await settle();
    expect(g.started).toEqual(['/p/0', '/p/1']);
    run.stop();
    await g.finish(true);
    await done;
    expect(g.started).toEqual(['/p/0', '/p/1']);
    expect(run.view()).toMatchObject({ state: 'stopped', done: 2, failed: 0 });
  });

  it('stop during the pause between two posts ends at once', async () => {
    const g = gate();
    const run = new BatchRun(items(2), g.change, () => undefined, new AbortController().signal, () => 60_000);
    const done = run.run();
    await settle();
    await g.finish(true);
    expect(run.waiting).toBe(true);
    run.stop();
    await done;
    expect(g.started).toEqual(['/p/0']);
    expect(run.state).toBe('stopped');
  });
});
