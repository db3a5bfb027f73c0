import { describe, expect, it, vi } from 'vitest';
import { watchDom } from './dom-watcher';

function setup(attributes: string[] = ['aria-label'], note?: (record: MutationRecord) => boolean, screenChanged?: (target: Node) => boolean, urgent?: () => boolean) {
  const frames: Array<() => void> = [];
  const flush = vi.fn();
  const own = new WeakSet<Node>();
  const controller = new AbortController();
  const root = document.createElement('div');
  document.body.append(root);
  const watcher = watchDom({
    root,
    attributes,
    isOwnNode: (n) => own.has(n),
    flush,
    signal: controller.signal,
    requestFrame: (cb) => frames.push(cb),
    ...(note ? { note } : {}),
    ...(screenChanged ? { screenChanged } : {}),
    ...(urgent ? { urgent } : {}),
  });
  const runFrames = () => frames.splice(0).forEach((cb) => cb());
  const settle = () => new Promise((r) => setTimeout(r, 0)); // let MutationObserver deliver
  return { frames, flush, own, controller, root, watcher, runFrames, settle };
}

describe('the DOM watcher', () => {
  it('coalesces many mutations into one flush per frame', async () => {
    const t = setup();
    for (let i = 0; i < 100; i++) t.root.append(document.createElement('span'));
    await t.settle();
    t.root.firstElementChild?.setAttribute('aria-label', 'x');
    await t.settle();
    expect(t.frames).toHaveLength(1);
    t.runFrames();
    expect(t.flush).toHaveBeenCalledTimes(1);
  });

  it('does no work when nothing relevant changed', async () => {
    const t = setup(['aria-label']);
    const child = document.createElement('span');
    t.root.append(child);
    await t.settle();
    t.runFrames();
    t.flush.mockClear();
    child.setAttribute('data-unrelated', '1');
    child.setAttribute('class', 'x');
    await t.settle();
    expect(t.frames).toHaveLength(0);
    expect(t.flush).not.toHaveBeenCalled();
  });

  it('ignores its own UI being added or changing inside', async () => {
    const t = setup();
    const mine = document.createElement('div');
    t.own.add(mine);
    t.root.append(mine);
    await t.settle();
    mine.setAttribute('aria-label', 'x');
    mine.append(document.createElement('span'));
    await t.settle();
    expect(t.frames).toHaveLength(0);
  });

  it('notices when the page removes its UI, so the host can be put back', async () => {
    const t = setup();
    const mine = document.createElement('div');
    t.own.add(mine);
    t.root.append(mine);
    await t.settle();
    mine.remove();
    await t.settle();
    expect(t.frames).toHaveLength(1);
  });

  it('stops observing when its signal aborts', async () => {
    const t = setup();
    t.controller.abort();
    t.root.append(document.createElement('p'));
    await t.settle();
    expect(t.frames).toHaveLength(0);
  });

  it('flushNow runs the pending work synchronously, once', async () => {
    const t = setup();
    t.root.append(document.createElement('p'));
    await t.settle();
    t.watcher.flushNow();
    expect(t.flush).toHaveBeenCalledTimes(1);
    t.runFrames(); // the queued frame finds nothing left to do
    expect(t.flush).toHaveBeenCalledTimes(1);
  });

  it('hands every relevant record to `note`, also after a flush is queued, but none of its own UI', async () => {
    const noted: MutationRecord[] = [];
    const t = setup(['aria-label'], (r) => (noted.push(r), true));
    const mine = document.createElement('div');
    t.own.add(mine);
    const a = document.createElement('p');
    t.root.append(a);
    await t.settle();
    expect(t.frames).toHaveLength(1);
    // A flush is queued now; these must still reach the index.
    const b = document.createElement('p');
    t.root.append(b, mine);
    a.setAttribute('aria-label', 'x');
    await t.settle();
    const added = noted.flatMap((r) => [...r.addedNodes]);
    expect(added).toContain(a);
    expect(added).toContain(b);
    expect(noted.some((r) => r.type === 'attributes' && r.target === a)).toBe(true);
    expect(noted.some((r) => r.target === mine)).toBe(false);
  });

  it('flushNow first takes the mutations made earlier in the same task', () => {
    const noted: MutationRecord[] = [];
    const t = setup(['aria-label'], (r) => (noted.push(r), true));
    const p = document.createElement('p');
    t.root.append(p); // no await: the observer has not delivered yet
    t.watcher.flushNow();
    expect(noted.flatMap((r) => [...r.addedNodes])).toContain(p);
    expect(t.flush).toHaveBeenCalledTimes(1);
  });

  it('wakes when a slide ends inside a container, with no mutation at all', async () => {
    const asked: Node[] = [];
    const t = setup(['aria-label'], undefined, (target) => (asked.push(target), t.root.contains(target)));
    const panel = document.createElement('div');
    t.root.append(panel);
    await t.settle();
    t.runFrames();
    t.flush.mockClear();
    for (const type of ['transitionend', 'transitioncancel', 'animationend']) {
      panel.dispatchEvent(new Event(type, { bubbles: true }));
      expect(t.frames, type).toHaveLength(1);
      t.runFrames();
    }
    expect(t.flush).toHaveBeenCalledTimes(3);
    expect(asked).toEqual([panel, panel, panel]);
  });

  it('ignores a slide that ends outside every container, and its own UI\'s transitions', async () => {
    const own = new WeakSet<Node>();
    const t = setup(['aria-label'], undefined, (target) => t.root.contains(target) && !own.has(target));
    const outside = document.createElement('div');
    document.body.append(outside);
    outside.dispatchEvent(new Event('transitionend', { bubbles: true }));
    const mine = document.createElement('div');
    t.own.add(mine);
    t.root.append(mine);
    await t.settle();
    t.frames.splice(0);
    mine.dispatchEvent(new Event('transitionend', { bubbles: true }));
    expect(t.frames).toHaveLength(0);
    outside.remove();
  });

  it('removes its screen listeners when its signal aborts', () => {
    let asked = 0;
    const t = setup(['aria-label'], undefined, () => (asked++, true));
    t.controller.abort();
    t.root.dispatchEvent(new Event('animationend', { bubbles: true }));
    expect(asked).toBe(0);
  });

  it('queues no flush for records no note wants, and still puts a detached host back at once', async () => {
    const noted: MutationRecord[] = [];
    let detached = false;
    // The note wants only records about elements (as the indexes do); text alone is not wanted.
    const t = setup(['aria-label'], (r) => (noted.push(r), r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].some((n) => n.nodeType === 1)), undefined, () => detached);
    const p = document.createElement('p');
    p.textContent = '1m';
    t.root.append(p);
    await t.settle();
    t.runFrames();
    expect(t.flush).toHaveBeenCalledTimes(1);
    // A timestamp rewritten: noted, but no frame is asked for.
    (p.firstChild as Text).data = '2m';
    p.textContent = '3m';
    await t.settle();
    expect(noted.filter((r) => r.target === p || r.target === p.firstChild).length).toBeGreaterThan(0);
    expect(t.frames).toHaveLength(0);
    expect(t.flush).toHaveBeenCalledTimes(1);
    // Text changed again, and with it one of our hosts went: flushed at once, not on a frame.
    detached = true;
    p.textContent = '4m';
    await t.settle();
    expect(t.flush).toHaveBeenCalledTimes(2);
  });
});
