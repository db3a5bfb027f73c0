// Content-script entry: picks the site adapter by hostname and starts one controller.
// Bundled as one standalone IIFE (no loader, nothing web-accessible).
import { Controller } from './controller';
import { adapterFor } from '../sites/registry';

const adapter = adapterFor(location.hostname);
if (adapter) {
  const controller = new Controller(adapter, document);
  controller.start().catch((error: unknown) => {
    console.info('[Audience Guard] could not start:', String(error));
    controller.teardown();
  });
}
