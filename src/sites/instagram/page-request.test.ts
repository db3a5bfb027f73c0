import { describe, it, expect } from 'vitest';
import { watchPageRequest } from './page-request';

type Callback = (list: { getEntries(): unknown[] }) => void;

/** A window whose resource timeline the test fills, as the browser does when a fetch ends. */
function fakeWindow(opts: { throws?: boolean } = {}) {
  const observers: Callback[] = [];
  let disconnected = 0;
  class Observer {
    constructor(private readonly callback: Callback) {
      if (opts.throws) throw new Error('Permission denied');
    }
    observe() {
      observers.push(this.callback);
    }
    disconnect() {
      disconnected++;
    }
  }
  const win = { PerformanceObserver: Observer, performance: { now: () => 100 }, location: { origin: 'https://www.instagram.com' } };
  const finish = (name: string, startTime: number, responseStatus?: number) => {
    for (const cb of observers) cb({ getEntries: () => [{ name, startTime, responseStatus }] });
  };
  return { win: win as unknown as Window & typeof globalThis, finish, disconnected: () => disconnected };
}

const PATH = '/api/v1/web/accounts/set_private/';

describe("watching the page's own request", () => {
  it('resolves with the status of the first request to the path that started after the watch', async () => {
    const { win, finish, disconnected } = fakeWindow();
    const watch = watchPageRequest(win, PATH);
    finish('https://www.instagram.com/api/v1/web/accounts/set_private/', 50, 200); // before the watch
    finish('https://www.instagram.com/api/v1/accounts/current_user/?edit=true', 150, 200); // another path
    finish('https://tracker.example/api/v1/web/accounts/set_private/', 150, 200); // another origin
    finish('https://www.instagram.com/api/v1/web/accounts/set_private/', 160, 403);
    expect(await watch.finished).toEqual({ status: 403 });
    expect(disconnected()).toBe(1);
  });

  it('says the status is unknown when the browser gives none', async () => {
    const { win, finish } = fakeWindow();
    const watch = watchPageRequest(win, PATH);
    finish('https://www.instagram.com/api/v1/web/accounts/set_private/', 160, 0);
    expect(await watch.finished).toEqual({ status: null });
  });

  it('is blind (never resolves, never throws) where the timeline cannot be observed', async () => {
    const { win } = fakeWindow({ throws: true });
    const watch = watchPageRequest(win, PATH);
    const result = await Promise.race([watch.finished, new Promise((r) => setTimeout(() => r('nothing'), 20))]);
    expect(result).toBe('nothing');
    expect(() => watch.stop()).not.toThrow();
    expect(watchPageRequest(null, PATH).stop).toBeTypeOf('function');
  });
});
