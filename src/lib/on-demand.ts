// Scripts the core content script has injected into its own frame only when needed (by the
// background, with scripting.executeScript: listed in no manifest key, web-accessible
// nowhere), so that every Facebook page does not load code few pages use: the own-posts
// feature (src/content/own-posts-entry.ts), the composer switch's driver
// (src/content/facebook-switch-entry.ts) and the bug report's writer
// (src/content/report-entry.ts). They run in this same isolated world; one that provides
// something puts it under a global symbol of its name, where `demand` finds it.
import { ext } from './ext';
import type { OnDemandScript } from './messages';

type World = Record<symbol, unknown>;
const key = (script: OnDemandScript) => Symbol.for(`audience-guard.${script}`);
const SCRIPTS: readonly OnDemandScript[] = ['facebook-switch', 'bug-report'];

/** Asks the background to inject `script` into this frame; true once it ran. */
export async function loadScript(script: OnDemandScript): Promise<boolean> {
  try {
    const answer: unknown = await ext().runtime.sendMessage({ type: 'content:load-script', script });
    return (answer as { ok?: unknown } | undefined)?.ok === true;
  } catch {
    return false;
  }
}

/** Called by an injected script: what it provides. */
export function provide<T>(script: OnDemandScript, value: T): void {
  (globalThis as unknown as World)[key(script)] = value;
}

/** What `script` provides, injecting it first if it has not run yet; null if it cannot be. */
export async function demand<T>(script: OnDemandScript): Promise<T | null> {
  const world = globalThis as unknown as World;
  if (world[key(script)] === undefined && !(await loadScript(script))) return null;
  return (world[key(script)] as T | undefined) ?? null;
}

/**
 * Forgets what earlier injections provided: called when a content script starts, since a
 * copy injected after an extension update shares this world with what the older version's
 * scripts left here, and must use its own version's code.
 */
export function forgetProvided(): void {
  for (const script of SCRIPTS) delete (globalThis as unknown as World)[key(script)];
}
