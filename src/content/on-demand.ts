// Scripts the core content script has injected into its own frame only when needed (by the
// background, with scripting.executeScript: listed in no manifest key, web-accessible
// nowhere): Facebook's own-posts feature (own-posts-entry.ts) and the bug report's outline
// (report-entry.ts). They run in this same isolated world.
import { ext } from '../lib/ext';
import type { OnDemandScript } from '../lib/messages';

/** Asks the background to inject `script` into this frame; true once it ran. */
export async function loadScript(script: OnDemandScript): Promise<boolean> {
  try {
    const answer: unknown = await ext().runtime.sendMessage({ type: 'content:load-script', script });
    return (answer as { ok?: unknown } | undefined)?.ok === true;
  } catch {
    return false;
  }
}
