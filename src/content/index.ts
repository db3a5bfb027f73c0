// Content-script entry: picks the site adapter by hostname and starts one controller.
// Bundled as one standalone IIFE (no loader, nothing web-accessible).
import { Controller } from './controller';
import { adapterFor } from '../sites/registry';

// The background injects this script into tabs that were already open when the extension
// was installed or updated, and Firefox may inject it there too: where a live copy of it
// already runs in this world, the second one leaves.
const RUNNING = Symbol.for('audience-guard.controller');
const world = globalThis as unknown as Record<symbol, Controller | undefined>;

const adapter = adapterFor(location.hostname);
const existing = world[RUNNING];
if (adapter && (!existing || existing.signal.aborted)) {
  const controller = new Controller(adapter, document);
  world[RUNNING] = controller;
  controller.start().catch((error: unknown) => {
    console.info('[Audience Guard] could not start:', String(error));
    controller.teardown();
  });
}
