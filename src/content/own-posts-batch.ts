// The batch run over the person's own public posts: one post at a time, at a pace a person
// could have (a pause of a couple of seconds between posts, never a burst of requests that
// could trip Facebook's rate limits; no published limit is known, so this errs slow), with
// Pause/Resume/Stop. Pause and Stop let the post in flight finish (its driver backs out on
// failure) and touch no other post.
import { settle } from '../lib/wait-for';
import type { BatchState, BatchView } from '../warning/Batch';

/** The pause between two posts: a base and a random part, so the rhythm is not mechanical. */
export const PACE_MS = 1500;
export const PACE_JITTER_MS = 1000;

export interface BatchItem {
  readonly key: string | Element;
  readonly label: string;
  readonly href: string | null;
  result: 'done' | 'failed' | null;
}

export class BatchRun {
  state: BatchState = 'running';
  done = 0;
  failed = 0;
  /** The item being changed now. */
  current: BatchItem | null = null;
  /** True while waiting between posts (the next one is scheduled). */
  waiting = false;
  private wake = new AbortController();

  constructor(
    readonly items: BatchItem[],
    private readonly change: (item: BatchItem) => Promise<boolean>,
    private readonly changed: () => void,
    private readonly signal: AbortSignal,
    private readonly pace = () => PACE_MS + Math.random() * PACE_JITTER_MS,
  ) {}

  get total(): number {
    return this.items.length;
  }

  view(): BatchView {
    return {
      state: this.state,
      done: this.done,
      failed: this.failed,
      total: this.total,
      position: this.current ? this.items.indexOf(this.current) + 1 : 0,
      items: this.items.map(({ label, href, result }) => ({ label, href, result })),
    };
  }

  pause(): void {
    if (this.state !== 'running') return;
    this.state = 'paused';
    this.interrupt();
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.state = 'running';
    this.interrupt();
  }

  stop(): void {
    if (this.state !== 'running' && this.state !== 'paused') return;
    this.state = 'stopped';
    this.interrupt();
  }

  private interrupt(): void {
    this.wake.abort();
    this.wake = new AbortController();
    this.changed();
  }

  /** Waits while paused; false once stopped (or the page is left). */
  private async untilRunning(): Promise<boolean> {
    while (this.state === 'paused' && !this.signal.aborted) {
      const wake = this.wake.signal;
      await new Promise<void>((resolve) => {
        wake.addEventListener('abort', () => resolve(), { once: true });
        this.signal.addEventListener('abort', () => resolve(), { once: true });
      });
    }
    return this.state === 'running' && !this.signal.aborted;
  }

  async run(): Promise<void> {
    let first = true;
    for (const item of this.items) {
      if (!(await this.untilRunning())) break;
      if (!first) {
        // The pace: a pause or a stop ends the wait at once.
        this.waiting = true;
        this.changed();
        await settle(this.pace(), AbortSignal.any([this.wake.signal, this.signal]));
        this.waiting = false;
        if (!(await this.untilRunning())) break;
      }
      first = false;
      this.current = item;
      this.changed();
      const ok = await this.change(item);
      item.result = ok ? 'done' : 'failed';
      if (ok) this.done += 1;
      else this.failed += 1;
      this.current = null;
      this.changed();
    }
    if (this.state === 'running' || this.state === 'paused') this.state = this.signal.aborted ? 'stopped' : 'finished';
    this.changed();
  }
}
