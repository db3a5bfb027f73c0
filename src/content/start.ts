// Starts one controller for a site's adapter. Each site has its own content-script entry
// (facebook.ts, instagram.ts), so a page loads only the code for the site it is on, and the
// entry hands the controller only the features that site has.
import { Controller } from './controller';
import type { FeatureFactory } from './feature';
import { runningController, setRunningController } from './running';
import { forgetProvided } from '../lib/on-demand';
import type { SiteAdapter } from '../sites/site';

// The background injects the content script into tabs that were already open when the
// extension was installed or updated, and Firefox may inject it there too: where a live
// copy already runs in this world, the second one leaves.
export function startContentScript(adapter: SiteAdapter, hostname: string, features: readonly FeatureFactory[] = []): void {
  // The manifest's matches decide where the script runs; this double-checks the host, so
  // an adapter never acts on a page of another site.
  if (location.hostname !== hostname) return;
  if (runningController()) return;
  forgetProvided();
  const controller = new Controller(adapter, document, features);
  setRunningController(controller);
  controller.start().catch((error: unknown) => {
    console.info('[Audience Guard] could not start:', String(error));
    controller.teardown();
  });
}
