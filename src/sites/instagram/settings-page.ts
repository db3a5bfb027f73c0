// The privacy settings driver: on https://www.instagram.com/accounts/privacy_setting/
// ("Account privacy", a "Private account" row with a switch, docs/MARKUP.md "Making the account
// private", medium), turns the switch on, confirms "Switch to private" in the dialog that
// follows (medium), and verifies through the API that the account is now private.
// It runs only when the background grants this tab a one-time request (see index.ts).
import { matchesLabel, type InstagramLabels } from './lexicon';
import type { AccountPrivacy } from './account-privacy';
import { t } from '../../lib/i18n';
import { HOST_ATTRIBUTE, OWN_HOST, ownHostOf, type OwnHostKind } from '../../lib/own-host';

export const SETTINGS_PATH = '/accounts/privacy_setting/';

/** Limits inside the draft tab's 15 s: the page renders, the dialog opens, the API agrees. */
export const ROW_WAIT_MS = 6_000;
export const CONFIRM_WAIT_MS = 4_000;
/** How long a switch must stay on, without a confirmation dialog, to count as switched. */
export const SETTLE_MS = 1_500;
export const VERIFY_ATTEMPTS = 4;
export const VERIFY_GAP_MS = 400;

export type DriverResult = { ok: true } | { ok: false; diagnostic: string };

const OWN = OWN_HOST;
/** The switch markup is a guess (docs/MARKUP.md): a checkbox input, a `role="switch"`, or anything `aria-checked`. */
const SWITCH = 'input[type="checkbox"], [role="switch"], [aria-checked]';

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Polls `find` until it returns something, `ms` pass, or `signal` aborts. */
async function waitFor<T>(find: () => T | null, ms: number, signal: AbortSignal): Promise<T | null> {
  const end = Date.now() + ms;
  for (;;) {
    const value = find();
    if (value !== null || signal.aborted || Date.now() >= end) return value;
    await sleep(100, signal);
  }
}

/** The deepest elements whose own text is one of `labels`. */
function elementsWithText(doc: Document, labels: readonly string[]): Element[] {
  const found: Element[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !parent.closest(OWN) && matchesLabel(node.nodeValue, labels)) found.push(parent);
  }
  return found;
}

/**
 * The "Private account" switch: the one switch-like control nearest to the row's
 * localised label (walking up from the label, the first ancestor holding exactly one).
 */
export function findPrivateSwitch(doc: Document, labels: InstagramLabels): Element | null {
  for (const label of elementsWithText(doc, labels.privateAccount)) {
    const forId = label.closest('label')?.getAttribute('for');
    const byFor = forId ? doc.getElementById(forId) : null;
    if (byFor?.matches(SWITCH)) return byFor;
    let el: Element | null = label;
    for (let depth = 0; el && depth < 6; depth++, el = el.parentElement) {
      // A switch may hold a decorative part with its own aria-checked: count the outer one.
      const all = [...el.querySelectorAll(SWITCH)].filter((c) => !c.closest(OWN));
      const controls = all.filter((c) => !all.some((outer) => outer !== c && outer.contains(c)));
      if (controls.length === 1) return controls[0] ?? null;
      if (controls.length > 1) break;
    }
  }
  return null;
}

/** On, off, or null when the control says neither. */
export function switchIsOn(control: Element): boolean | null {
  if (control instanceof HTMLInputElement && control.type === 'checkbox') return control.checked;
  const checked = control.getAttribute('aria-checked');
  return checked === 'true' ? true : checked === 'false' ? false : null;
}

function findConfirmButton(doc: Document, labels: InstagramLabels): HTMLElement | null {
  for (const dialog of doc.querySelectorAll('[role="dialog"]')) {
    for (const button of dialog.querySelectorAll<HTMLElement>('button, [role="button"]')) {
      if (matchesLabel(button.textContent, labels.switchToPrivate)) return button;
    }
  }
  return null;
}

async function verified(verify: (signal: AbortSignal) => Promise<AccountPrivacy>, signal: AbortSignal): Promise<boolean> {
  // The server may take a moment to report the change the page just made.
  for (let attempt = 0; attempt < VERIFY_ATTEMPTS && !signal.aborted; attempt++) {
    if ((await verify(signal)) === 'private') return true;
    await sleep(VERIFY_GAP_MS, signal);
  }
  return false;
}

/**
 * Turns "Private account" on and confirms. Never navigates, never undoes what the person
 * sees: on failure the page is left as it is, for the person to finish by hand.
 */
export async function switchAccountToPrivate(
  doc: Document,
  labels: InstagramLabels | null,
  verify: (signal: AbortSignal) => Promise<AccountPrivacy>,
  signal: AbortSignal,
): Promise<DriverResult> {
  if (!labels) return { ok: false, diagnostic: 'page language has no labels' };
  const control = await waitFor(() => findPrivateSwitch(doc, labels), ROW_WAIT_MS, signal);
  if (!control) return { ok: false, diagnostic: 'no "Private account" switch found' };
  if (switchIsOn(control) !== true) {
    (control as HTMLElement).click();
    const clickedAt = Date.now();
    // Either the confirmation dialog opens, or (some builds) the switch stays on without
    // one. A controlled checkbox flips for an instant before the page re-renders it, so
    // "on without a dialog" counts only after a while. The page may have replaced the
    // control meanwhile: look it up again.
    const isOnAlone = () => {
      const current = Date.now() - clickedAt > SETTLE_MS ? findPrivateSwitch(doc, labels) : null;
      return current && switchIsOn(current) === true ? current : null;
    };
    const next = await waitFor(
      () => {
        const confirm = findConfirmButton(doc, labels);
        if (confirm) return { confirm };
        return isOnAlone() ? { confirm: null } : null;
      },
      CONFIRM_WAIT_MS,
      signal,
    );
    if (!next) return { ok: false, diagnostic: 'no "Switch to private" confirmation appeared' };
    next.confirm?.click();
  }
  if (signal.aborted) return { ok: false, diagnostic: 'timed out' };
  return (await verified(verify, signal)) ? { ok: true } : { ok: false, diagnostic: 'the API does not report the account as private' };
}

/**
 * The note the settings tab keeps: what happened, or what to click by hand. A fixed box in
 * its own shadow root, so the page's styles cannot hide it.
 */
export function showSettingsNote(doc: Document, state: 'switching' | 'done' | 'error'): void {
  let host = doc.querySelector<HTMLElement>(ownHostOf('settings-note'));
  if (!host) {
    host = doc.createElement('div');
    host.setAttribute(HOST_ATTRIBUTE, 'settings-note' satisfies OwnHostKind);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent =
      ':host{all:initial;position:fixed;z-index:2147483647;top:12px;left:50%;transform:translateX(-50%);max-width:min(560px,90vw)}' +
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
    p.textContent = t(state === 'done' ? 'instagramSettingsDone' : state === 'error' ? 'instagramSettingsByHand' : 'instagramSettingsSwitching');
  }
}
