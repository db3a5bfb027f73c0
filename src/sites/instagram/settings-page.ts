// The privacy settings driver. On one of Instagram's privacy pages (urls.ts SETTINGS_PATHS:
// "Account privacy", a "Private account" row with a switch, docs/MARKUP.md "Making the
// account private", medium) it turns the switch on the way a person does, confirms "Switch to
// private" when the page asks, waits for the page's OWN set_private request to finish
// (page-request.ts: the extension never sends it), and then asks Instagram's API whether the
// account is private. Only the API's answer counts: a page that flips its switch while its
// request failed ends in an error that says so. A page that says it is not available, or a
// tab that landed on another path, is reported as such, for the next path to be tried.
// It runs only when the background grants this tab a one-time request (see index.ts).
import { containsSentence, inEveryLanguage, matchesLabel, type InstagramLabels } from './lexicon';
import type { AccountPrivacy } from './account-privacy';
import type { FinishedRequest, RequestWatch } from './page-request';
import { BUTTON, CONFIRM_DIALOG, OWN, ROLE_SWITCH, SETTINGS_NOTE, SWITCH_LIKE } from './selectors';
import { settingsStep } from './urls';
import { waitFor } from '../../lib/wait-for';
import { t } from '../../lib/i18n';
import { HOST_ATTRIBUTE, type OwnHostKind } from '../../lib/own-host';

/** Limits inside the draft tab's: the page renders, the dialog opens, the page's request answers. */
export const ROW_WAIT_MS = 6_000;
export const CONFIRM_WAIT_MS = 4_000;
/** The page's request answers in well under a second; after this the API decides alone. */
export const REQUEST_WAIT_MS = 5_000;

/**
 * - unavailable: not the privacy page (it says so, or the tab is elsewhere): try the next path;
 * - refused: the switch was driven but Instagram does not report the account as private;
 * - failed: the page could not be driven (no switch, no confirmation): by hand.
 */
export type DriverResult = { ok: true } | { ok: false; reason: 'unavailable' | 'refused' | 'failed'; diagnostic: string };

export interface DriverDeps {
  /** Asks Instagram's API (current_user/?edit=true) what the account is now. */
  readonly verify: (signal: AbortSignal) => Promise<AccountPrivacy>;
  /** Starts watching for the page's own set_private request to finish. */
  readonly watchRequest: () => RequestWatch;
  /** How long to wait for that request after the confirmation (REQUEST_WAIT_MS; tests shorten it). */
  readonly requestWaitMs?: number;
}

const fail = (reason: 'unavailable' | 'refused' | 'failed', diagnostic: string): DriverResult => ({ ok: false, reason, diagnostic });

/** The deepest elements whose own text is one of `labels`. */
function elementsWithText(doc: Document, labels: readonly string[]): Element[] {
  const found: Element[] = [];
  if (labels.length === 0) return found;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !parent.closest(OWN) && matchesLabel(node.nodeValue, labels)) found.push(parent);
  }
  return found;
}

/** A control's accessible name, as far as a switch needs it: aria-label, aria-labelledby, its own <label>. */
function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    return ids.split(/\s+/).map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' ');
  }
  if (el instanceof HTMLInputElement && el.labels?.length) return [...el.labels].map((l) => l.textContent ?? '').join(' ');
  return '';
}

/**
 * The "Private account" switch. As it is built now: a `role="switch"` whose accessible name
 * is "Private account". Otherwise (older rows): the one switch-like control nearest to the
 * row's label text (walking up from the label, the first ancestor holding exactly one).
 */
export function findPrivateSwitch(doc: Document, labels: InstagramLabels): Element | null {
  for (const control of doc.querySelectorAll(ROLE_SWITCH)) {
    if (!control.closest(OWN) && matchesLabel(accessibleName(control), labels.privateAccount)) return control;
  }
  for (const label of elementsWithText(doc, labels.privateAccount)) {
    const forId = label.closest('label')?.getAttribute('for');
    const byFor = forId ? doc.getElementById(forId) : null;
    if (byFor?.matches(SWITCH_LIKE)) return byFor;
    let el: Element | null = label;
    for (let depth = 0; el && depth < 6; depth++, el = el.parentElement) {
      // A switch may hold a decorative part with its own aria-checked: count the outer one.
      const all = [...el.querySelectorAll(SWITCH_LIKE)].filter((c) => !c.closest(OWN));
      const controls = all.filter((c) => !all.some((outer) => outer !== c && outer.contains(c)));
      if (controls.length === 1) return controls[0] ?? null;
      if (controls.length > 1) break;
    }
  }
  return null;
}

/** On, off, or null when the control says neither: `aria-checked` first (the switch as built), then `checked`. */
export function switchIsOn(control: Element): boolean | null {
  const checked = control.getAttribute('aria-checked');
  if (checked === 'true') return true;
  if (checked === 'false') return false;
  if (control instanceof HTMLInputElement && control.type === 'checkbox') return control.checked;
  return null;
}

const NOT_AVAILABLE = inEveryLanguage((labels) => labels.notAvailable);

/** Instagram's "Sorry, this page isn't available." in any language we have it in (a page may not be in the page's language). */
export function pageSaysNotAvailable(doc: Document): boolean {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(OWN) && containsSentence(node.nodeValue, NOT_AVAILABLE)) return true;
  }
  return false;
}

type PageState = { kind: 'switch'; control: Element } | { kind: 'unavailable'; why: string };

/** What the opened page is, right now: the privacy page with its switch, not it, or not yet known. */
export function readSettingsPage(doc: Document, labels: InstagramLabels | null): PageState | null {
  const path = doc.location?.pathname;
  if (path && settingsStep(path) < 0) return { kind: 'unavailable', why: `the tab is on ${path}, not a privacy page` };
  if (pageSaysNotAvailable(doc)) return { kind: 'unavailable', why: 'the page says it is not available' };
  const control = labels ? findPrivateSwitch(doc, labels) : null;
  return control ? { kind: 'switch', control } : null;
}

function findConfirmButton(doc: Document, labels: InstagramLabels): HTMLElement | null {
  for (const dialog of doc.querySelectorAll(CONFIRM_DIALOG)) {
    if (dialog.closest(OWN)) continue;
    for (const button of dialog.querySelectorAll<HTMLElement>(BUTTON)) {
      if (matchesLabel(button.textContent, labels.switchToPrivate) || matchesLabel(button.getAttribute('aria-label'), labels.switchToPrivate)) return button;
    }
  }
  return null;
}

/** `promise`, or null after `ms` or on abort. */
function within<T>(promise: Promise<T>, ms: number, signal: AbortSignal): Promise<T | null> {
  return new Promise((resolve) => {
    const done = (value: T | null) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => done(null);
    const timer = setTimeout(() => done(null), ms);
    if (signal.aborted) return done(null);
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then(done);
  });
}

/**
 * After the page's request finished (or did not show up): one question to the API, and a
 * second only when the page's request succeeded but the first answer still says public
 * (Instagram's read may lag its write). Never more, never on a timer.
 */
async function judge(finished: FinishedRequest | null, verify: DriverDeps['verify'], signal: AbortSignal): Promise<DriverResult> {
  if ((await verify(signal)) === 'private') return { ok: true };
  if (signal.aborted) return fail('failed', 'timed out');
  const status = finished?.status ?? null;
  if (status !== null && status >= 400) return fail('refused', `Instagram refused the change: set_private answered ${status}`);
  if (finished && (await verify(signal)) === 'private') return { ok: true };
  return fail(
    'refused',
    finished ? "the page's set_private request finished, but the API does not report the account as private" : 'no set_private request was seen, and the API does not report the account as private',
  );
}

/**
 * Turns "Private account" on and confirms. Never navigates, never undoes what the person
 * sees: on failure the page is left as it is, for the person to finish by hand.
 */
export async function switchAccountToPrivate(
  doc: Document,
  labels: InstagramLabels | null,
  deps: DriverDeps,
  signal: AbortSignal,
): Promise<DriverResult> {
  if (signal.aborted) return fail('failed', 'timed out');
  if (!labels) {
    // Without words for the page's language only "not available" can be recognised.
    const state = readSettingsPage(doc, null);
    return state?.kind === 'unavailable' ? fail('unavailable', state.why) : fail('failed', 'page language has no labels');
  }
  const state = await waitFor(doc, () => readSettingsPage(doc, labels), { timeoutMs: ROW_WAIT_MS, signal });
  if (!state) return fail('failed', signal.aborted ? 'timed out' : 'no "Private account" switch found');
  if (state.kind === 'unavailable') return fail('unavailable', state.why);
  if (switchIsOn(state.control) === true) {
    // Already on, says the page: only the API can say it is so.
    return (await deps.verify(signal)) === 'private' ? { ok: true } : fail('refused', 'the switch shows on, but the API does not report the account as private');
  }
  const request = deps.watchRequest();
  try {
    (state.control as HTMLElement).click();
    // Either the confirmation opens, or (some builds) the page sends its request at once.
    const step = new AbortController();
    const next = await Promise.race([
      waitFor(doc, () => findConfirmButton(doc, labels), { timeoutMs: CONFIRM_WAIT_MS, signal: AbortSignal.any([signal, step.signal]) }).then(
        (button) => (button ? { button } : null),
      ),
      request.finished.then((finished) => ({ finished })),
    ]);
    step.abort();
    if (signal.aborted) return fail('failed', 'timed out');
    let finished: FinishedRequest | null = null;
    if (next && 'button' in next) {
      next.button.click();
      finished = await within(request.finished, deps.requestWaitMs ?? REQUEST_WAIT_MS, signal);
    } else if (next) {
      finished = next.finished;
    }
    if (signal.aborted) return fail('failed', 'timed out');
    if (!next) {
      // No confirmation and no request: only the API can tell whether anything happened.
      return (await deps.verify(signal)) === 'private' ? { ok: true } : fail('failed', 'no "Switch to private" confirmation appeared');
    }
    return await judge(finished, deps.verify, signal);
  } finally {
    request.stop();
  }
}

export type SettingsNoteState = 'switching' | 'done' | 'error';

/** The sentence each outcome shows in the settings tab (`_locales` keys). */
export const NOTE_KEYS = {
  switching: 'instagramSettingsSwitching',
  done: 'instagramSettingsDone',
  failed: 'instagramSettingsByHand',
  refused: 'instagramSettingsNotConfirmed',
  notFound: 'instagramSettingsNotFound',
} as const;

/**
 * The note the settings tab keeps: what happened, or what to click by hand. A fixed box in
 * its own shadow root, so the page's styles cannot hide it.
 */
export function showSettingsNote(doc: Document, state: SettingsNoteState, messageKey?: string): void {
  let host = doc.querySelector<HTMLElement>(SETTINGS_NOTE);
  if (!host) {
    host = doc.createElement('div');
    host.setAttribute(HOST_ATTRIBUTE, 'settings-note' satisfies OwnHostKind);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent =
      // !important on the host: a page rule on `div` would otherwise beat `:host`.
      ':host{all:initial!important;display:block!important;position:fixed!important;z-index:2147483647!important;top:12px!important;left:50%!important;transform:translateX(-50%)!important;max-width:min(560px,90vw)!important}' +
      'p{margin:0;font:600 14px/1.4 system-ui,sans-serif;padding:10px 14px;border-radius:8px;border:1px solid;background:#fff4e5;color:#3d2800;border-color:#e59400}' +
      ':host([data-state=done]) p{background:#e8f5e9;color:#123d16;border-color:#2e7d32}' +
      ':host([data-state=error]) p{background:#fdecea;color:#4a0f0c;border-color:#c62828}';
    shadow.append(style, doc.createElement('p'));
    (doc.body ?? doc.documentElement).append(host);
  }
  host.setAttribute('data-state', state);
  const p = host.shadowRoot?.querySelector('p');
  if (p) {
    p.setAttribute('role', state === 'error' ? 'alert' : 'status');
    p.textContent = t(messageKey ?? (state === 'done' ? NOTE_KEYS.done : state === 'error' ? NOTE_KEYS.failed : NOTE_KEYS.switching));
  }
}
