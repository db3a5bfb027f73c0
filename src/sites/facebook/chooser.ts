// The one-click switch: drives Facebook's own audience chooser to Friends, with the same
// clicks a person would make (audience button, Friends, Done), then reads the audience
// button back. It never touches the draft, never ticks "Set as default audience", never
// clicks Post. On any failure it backs out (Cancel / Back / Close), so the composer is left
// as it was, and returns a failure the warning can explain.
//
// docs/MARKUP.md "The audience chooser": in place (a "Post audience" panel inside the same
// dialog) or a separate "Select Audience" dialog; rows are a `<label>` with a native radio,
// a plain div with a native radio (only a click on the radio works), or `div[role=radio]`.
// Every panel slides in and out with a CSS transition: each wait below wakes on the end of
// a transition as on a mutation (src/lib/wait-for.ts), so a step's timeout is only for a
// site that does not answer.
import type { Composer, SwitchResult } from '../site';
import { isWord, languageOf, type FacebookLanguage } from './lexicon';
import { audienceButtons, readAudience } from './audience';
import { describeButton, safeText } from './report';
import { firstOnScreen, isOnScreen, leafTexts } from './on-screen';
import { BUTTON, DIALOG, RADIO } from './selectors';
import { settle, waitFor } from '../../lib/wait-for';

/** A chooser may take a few seconds to load on a slow connection. */
export const CHOOSER_TIMEOUT_MS = 8000;
/** After Done, Facebook re-renders the composer; the new label should follow promptly. */
const VERIFY_TIMEOUT_MS = 4000;
const STEP_TIMEOUT_MS = 3000;

/**
 * Said on the console whenever a step of the switch had to wait for its timeout: the
 * benchmark counts these lines (its machine-independent budget is zero of them).
 */
export const STEP_TIMEOUT_LINE = '[Audience Guard] a switch step waited for its timeout:';

interface Chooser {
  readonly variant: 'in-place' | 'dialog';
  /** Where its rows and buttons are: the separate dialog, or the composer dialog itself. */
  readonly scope: Element;
}

interface Row {
  /** The smallest ancestor of the radio that holds the option's text. */
  readonly element: Element;
  /** What to click: the radio itself (a click on a label-less row does nothing). */
  readonly target: Element;
  readonly checked: boolean;
}

function fail(messageKey: string, diagnostic: string): SwitchResult {
  return { ok: false, messageKey, diagnostic };
}

/** The wait options of one named step: timeouts are reported, never silent. */
function step(name: string, timeoutMs: number, signal: AbortSignal) {
  return { timeoutMs, signal, onTimeout: () => console.info(`${STEP_TIMEOUT_LINE} ${name}`) };
}

/** The dialog an owner (a composer dialog, or a post) sits in, where an in-place chooser appears. */
function frameOf(owner: Element): Element {
  return owner.closest(DIALOG) ?? owner;
}

/** The visible audience button of a composer, re-read now (React may have replaced it). */
function visibleAudienceButton(dialog: Element, lang: FacebookLanguage): Element | null {
  return firstOnScreen(audienceButtons(dialog, lang), dialog);
}

/** The row a radio belongs to: its smallest ancestor (up to `scope`) that holds any text. */
function rowOf(radio: Element, scope: Element): Element {
  if (radio.getAttribute('role') === 'radio') return radio;
  for (let n: Element | null = radio.parentElement; n; n = n.parentElement) {
    if (leafTexts(n).length > 0) return n;
    if (n === scope) break;
  }
  return radio;
}

/** A chooser that is open now, or null. */
function openChooser(doc: Document, owner: Element): Chooser | null {
  const frame = frameOf(owner);
  // The separate "Select Audience" dialog: another dialog holding radio rows.
  for (const other of doc.querySelectorAll(DIALOG)) {
    if (other === frame || other.contains(frame)) continue;
    if (other.querySelector(RADIO)) return { variant: 'dialog', scope: other };
  }
  // In place: radio rows on screen inside the owner's own dialog.
  for (const radio of frame.querySelectorAll(RADIO)) {
    if (isOnScreen(rowOf(radio, frame), frame)) return { variant: 'in-place', scope: frame };
  }
  return null;
}

function rowsOf(chooser: Chooser): Row[] {
  const rows: Row[] = [];
  for (const el of chooser.scope.querySelectorAll(RADIO)) {
    const checked = el instanceof HTMLInputElement ? el.checked : el.getAttribute('aria-checked') === 'true';
    rows.push({ element: rowOf(el, chooser.scope), target: el, checked });
  }
  return chooser.variant === 'in-place' ? rows.filter((r) => isOnScreen(r.element, chooser.scope)) : rows;
}

/** The Friends row: a row whose title (one of its text pieces, or its aria-label) is "Friends". */
function friendsRow(chooser: Chooser, lang: FacebookLanguage): Row | null {
  const names = lang.audiences.friends;
  for (const row of rowsOf(chooser)) {
    if (isWord(row.element.getAttribute('aria-label'), names)) return row;
    if (leafTexts(row.element).some((t) => isWord(t, names))) return row;
  }
  return null;
}

/** A button in `scope` whose aria-label or visible text is one of `words`, on screen. */
function buttonIn(scope: Element, words: readonly string[], onScreenOnly: boolean): Element | null {
  for (const el of scope.querySelectorAll(BUTTON)) {
    const label = el.getAttribute('aria-label');
    if (!isWord(label, words) && !leafTexts(el).some((t) => isWord(t, words))) continue;
    if (onScreenOnly && !isOnScreen(el, scope)) continue;
    return el;
  }
  return null;
}

function chooserButton(chooser: Chooser, words: readonly string[]): Element | null {
  return buttonIn(chooser.scope, words, chooser.variant === 'in-place');
}

function click(el: Element): void {
  (el as HTMLElement).click();
}

/**
 * Leaves the chooser without choosing: Cancel, else Back, else (separate dialog only) its
 * close button. Resolves once the chooser has gone, or false. Backing out must finish even
 * when the switch itself was abandoned, so it takes no signal of the switch's.
 */
async function backOut(doc: Document, owner: Element, lang: FacebookLanguage): Promise<boolean> {
  const chooser = openChooser(doc, owner);
  if (!chooser) return true;
  const button =
    chooserButton(chooser, lang.cancel) ??
    chooserButton(chooser, lang.back) ??
    (chooser.variant === 'dialog' ? chooserButton(chooser, lang.close) : null);
  if (!button) return false;
  click(button);
  const closed = await waitFor(doc, () => openChooser(doc, owner) === null, step('back out', STEP_TIMEOUT_MS, new AbortController().signal));
  return closed === true;
}

/**
 * With an audience chooser open (or opening) for `owner` (a composer dialog, or a published
 * post whose "Edit audience" was chosen), picks Friends (only Friends, never Only me, never
 * anything else), confirms with Done / Save, and resolves once the chooser has closed. On
 * failure it backs out and returns the failure. It does not read the owner's audience back:
 * the caller verifies what it owns.
 */
export async function chooseFriends(doc: Document, owner: Element, lang: FacebookLanguage, signal: AbortSignal): Promise<SwitchResult> {
  const chooser = await waitFor(doc, () => openChooser(doc, owner), step('chooser', CHOOSER_TIMEOUT_MS, signal));
  if (!chooser) {
    return fail('errorFacebookChooserMissing', `no audience chooser within ${CHOOSER_TIMEOUT_MS} ms (lang ${doc.documentElement.lang})`);
  }

  // Pick Friends; nothing else, ever (docs/CONTRACT.md: not Only me).
  let row = friendsRow(chooser, lang);
  if (!row) {
    const more = chooserButton(chooser, lang.seeMore);
    if (more) {
      click(more);
      row = await waitFor(doc, () => { const c = openChooser(doc, owner); return c && friendsRow(c, lang); }, step('see more', STEP_TIMEOUT_MS, signal));
    }
  }
  if (!row) {
    const shown = rowsOf(chooser).map((r) => safeText(leafTexts(r.element)[0])).join(', ');
    const left = await backOut(doc, owner, lang);
    return fail('errorFacebookNoFriends', `the ${chooser.variant} chooser offers no Friends row (rows: ${shown}; backed out: ${left})`);
  }
  if (!row.checked) click(row.target);
  const picked = await waitFor(doc, () => { const c = openChooser(doc, owner); const r = c && friendsRow(c, lang); return r && r.checked; }, step('Friends selected', STEP_TIMEOUT_MS, signal));
  if (!picked) {
    const left = await backOut(doc, owner, lang);
    return fail('errorFacebookVerifyFailed', `the Friends row did not become selected (backed out: ${left})`);
  }

  // Confirm with Done or Save (never the "Set as default audience" box next to it).
  const current = openChooser(doc, owner) ?? chooser;
  const done = chooserButton(current, lang.done);
  if (done) click(done);
  // Some builds apply the choice and close on selection alone: give them a moment.
  else {
    await settle(300, signal);
    console.info(`${STEP_TIMEOUT_LINE} no Done button`);
  }
  const closed = await waitFor(doc, () => openChooser(doc, owner) === null, step('chooser closed', VERIFY_TIMEOUT_MS, signal));
  if (closed) return { ok: true, audience: 'friends' };
  const left = await backOut(doc, owner, lang);
  return fail('errorFacebookVerifyFailed', `after ${done ? 'Done' : 'choosing'} the chooser stayed open (backed out: ${left})`);
}

/**
 * The audience button on screen, going Back first when the composer is on a step without one
 * (the profile's "Post settings" step: docs/MARKUP.md "The composer dialog"). Returns the
 * button and the Back it took, so the step can be restored afterwards.
 */
async function reachAudienceButton(dialog: Element, lang: FacebookLanguage, signal: AbortSignal): Promise<{ button: Element | null; wentBack: boolean }> {
  const button = visibleAudienceButton(dialog, lang);
  if (button) return { button, wentBack: false };
  const back = buttonIn(dialog, lang.back, true);
  if (!back || audienceButtons(dialog, lang).length === 0) return { button: null, wentBack: false };
  click(back);
  const found = await waitFor(dialog.ownerDocument, () => visibleAudienceButton(dialog, lang), step('back to the audience button', STEP_TIMEOUT_MS, signal));
  return { button: found, wentBack: true };
}

/** Returns to the step the person was on, after a Back: its Next, never Post. */
async function forwardAgain(dialog: Element, lang: FacebookLanguage, signal: AbortSignal): Promise<void> {
  const next = lang.next.length > 0 ? buttonIn(dialog, lang.next, true) : null;
  if (!next) return;
  const before = visibleAudienceButton(dialog, lang);
  click(next);
  await waitFor(dialog.ownerDocument, () => !before?.isConnected || !isOnScreen(before, dialog), step('forward again', STEP_TIMEOUT_MS, signal));
}

/** Switch a Facebook composer's audience to Friends: open the chooser, choose, verify. */
export async function switchToFriends(composer: Composer, signal: AbortSignal): Promise<SwitchResult> {
  const dialog = composer.root;
  const doc = dialog.ownerDocument;
  const lang = languageOf(doc, dialog);
  if (!lang) return fail('errorFacebookByHand', `unknown UI language "${doc.documentElement.lang}"`);
  if (!dialog.isConnected) return fail('errorFacebookByHand', 'the composer closed before the switch');

  // 1. Open the chooser, unless it is open already (the person opened it).
  let wentBack = false;
  if (!openChooser(doc, dialog)) {
    const reached = await reachAudienceButton(dialog, lang, signal);
    wentBack = reached.wentBack;
    if (!reached.button) return fail('errorFacebookChooserMissing', `no audience button on screen in the composer${wentBack ? ' (after Back)' : ''}`);
    click(reached.button);
  }

  // 2. Friends, confirmed, chooser closed (or backed out).
  const chosen = await chooseFriends(doc, dialog, lang, signal);
  if (!chosen.ok) {
    if (wentBack) await forwardAgain(dialog, lang, new AbortController().signal);
    return chosen;
  }

  // 3. Verify: the composer's own button now says Friends.
  const verified = await waitFor(
    doc,
    () => {
      const button = visibleAudienceButton(dialog, lang);
      return button && readAudience(button, lang) === 'friends';
    },
    step('audience button reads Friends', VERIFY_TIMEOUT_MS, signal),
  );
  const reads = verified ? '' : describeButton(visibleAudienceButton(dialog, lang));
  if (wentBack) await forwardAgain(dialog, lang, signal);
  if (verified) return { ok: true, audience: 'friends' };
  return fail('errorFacebookVerifyFailed', `after Done the audience button reads ${reads}`);
}
