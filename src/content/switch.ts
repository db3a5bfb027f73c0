// The one-click switch's state machine, for one composer: warning → switching → done (for
// DONE_MS, then back to warning, where the new audience usually means no host at all) or
// error (with what to do by hand). The site adapter drives the site's own UI; this only
// keeps the states, the time limit and the abandonment when the composer goes away.
import type { Composer, SiteAdapter, SwitchResult } from '../sites/site';
import type { SwitchOutcome, WarningState } from '../lib/messages';

/** How long the "done" confirmation stays before the host goes away. */
export const DONE_MS = 8000;
/** A switch that has not finished by then is abandoned and reported as failed. */
export const SWITCH_TIMEOUT_MS = 20000;

/** The switch's part of a composer's entry. */
export interface SwitchState {
  composer: Composer;
  state: WarningState;
  errorKey?: string;
  /** The failed switch's diagnostic line, for a bug report. */
  diagnostic?: string;
  /** Audience read back after a successful switch, shown in the "done" host. */
  doneAudience?: Composer['audience'];
  doneTimer?: ReturnType<typeof setTimeout>;
  /** Aborted when the composer goes away: a switch still running for it stops at once. */
  readonly gone: AbortController;
}

export interface SwitchDeps {
  readonly adapter: SiteAdapter;
  /** Aborted at teardown. */
  readonly signal: AbortSignal;
  /** Shows the entry's new state at once (the host, the status). */
  readonly show: () => void;
  /** The switch drove the site's UI: read the composer again and show the result. */
  readonly settled: () => void;
  /** The "done" confirmation's time is up. */
  readonly doneOver: () => void;
  /** Counts a successful switch in the local numbers. */
  readonly counted: () => void;
}

export async function runSwitch(entry: SwitchState, deps: SwitchDeps): Promise<SwitchOutcome> {
  if (entry.state === 'switching') return { ok: false, messageKey: 'errorBusy' };
  entry.state = 'switching';
  entry.errorKey = undefined;
  deps.show();
  const timeout = AbortSignal.timeout(SWITCH_TIMEOUT_MS);
  const signal = AbortSignal.any([deps.signal, timeout, entry.gone.signal]);
  let result: SwitchResult;
  try {
    result = await deps.adapter.makePrivate(entry.composer, signal);
  } catch (error) {
    result = { ok: false, messageKey: 'errorGeneric', diagnostic: `unexpected: ${String(error)}` };
  }
  if (deps.signal.aborted) return { ok: false };
  // The composer closed meanwhile: there is nothing left to show the result in.
  if (entry.gone.signal.aborted) return { ok: false, messageKey: 'errorGeneric' };
  if (result.ok) {
    entry.state = 'done';
    entry.doneAudience = result.audience;
    deps.counted();
    clearTimeout(entry.doneTimer);
    entry.doneTimer = setTimeout(() => {
      entry.state = 'warning';
      entry.doneAudience = undefined;
      deps.doneOver();
    }, DONE_MS);
  } else {
    entry.state = 'error';
    entry.errorKey = result.messageKey;
    entry.diagnostic = result.diagnostic;
    console.info(`[Audience Guard] switch failed on ${deps.adapter.site}: ${result.diagnostic}`);
  }
  deps.settled();
  return result.ok ? { ok: true, audience: result.audience } : { ok: false, messageKey: result.messageKey };
}

/** The entry's composer went away (posted, closed, navigated): stop its switch and timer. */
export function abandonSwitch(entry: SwitchState): void {
  entry.gone.abort();
  clearTimeout(entry.doneTimer);
}
