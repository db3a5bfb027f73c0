// The own-posts feature's script (Facebook): injected by the background, on the core
// content script's request (own-posts-loader.ts), into the frame that shows one of the
// person's own posts. It runs in the same isolated world as the core script and registers
// with its running controller, which feeds it the one watcher's records and starts it with
// a full read. A standalone IIFE too (vite.config.ts), web-accessible nowhere.
import { runningController } from './running';
import { OwnPosts } from './own-posts';
import { facebookOwnPosts } from '../sites/facebook/own-posts-site';

const LOADED = Symbol.for('audience-guard.own-posts-loaded');
const world = globalThis as unknown as Record<symbol, AbortSignal | undefined>;
const controller = runningController();
// Once per controller: a second injection (two requests in flight) adds nothing.
if (controller && world[LOADED] !== controller.signal) {
  world[LOADED] = controller.signal;
  controller.addFeature(
    (ctx) =>
      new OwnPosts({
        site: facebookOwnPosts,
        doc: ctx.doc,
        signal: ctx.signal,
        schedule: () => ctx.schedule(),
        flushNow: () => ctx.flushNow(),
        isDark: () => ctx.adapter.isDark(ctx.doc),
        enabled: () => ctx.siteSettings().enabled,
      }),
  );
}
