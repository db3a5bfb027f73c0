// The one-click switch: drives Facebook's own audience chooser to Friends, with the same
// clicks a person would make (audience button, Friends, Done), then reads the audience
// button back. It never touches the draft, never ticks "Set as default audience", never
// clicks Post. On any failure it backs out (Cancel / Back / Close), so the composer is left
// as it was, and returns a failure the warning can explain.
//
// docs/MARKUP.md "The audience chooser" (medium): two variants, both handled here:
//   1. in place: a "Post audience" panel replaces the composer's content inside the same
//      dialog; rows are <label> + native <input type=radio> (high for the current composer);
//   2. a separate "Select Audience" [role=dialog] with div[role=radio][aria-checked] rows.
import type { Composer, SwitchResult } from '../site';
import { isWord, languageOf, type FacebookLanguage } from './lexicon';
import { audienceButtons, describeButton, readAudience } from './audience';
import { firstOnScreen, isOnScreen, leafTexts } from './on-screen';
import { settle, waitFor } from '../../lib/wait-for';

/** A chooser may take a few seconds to load on a slow connection. */
export const CHOOSER_TIMEOUT_MS = 8000;
/** After Done, Facebook re-renders the composer; the new label should follow promptly. */
const VERIFY_TIMEOUT_MS = 4000;
const STEP_TIMEOUT_MS = 3000;

interface Chooser {
  readonly variant: 'in-place' | 'dialog';
  /** Where its rows and buttons are: the separate dialog, or the composer dialog itself. */
  readonly scope: Element;
}

interface Row {
  readonly element: Element;
  /** What to click: the native radio, or the role=radio row. */
  readonly target: Element;
  readonly checked: boolean;
}

function fail(messageKey: string, diagnostic: string): SwitchResult {
  return { ok: false, messageKey, diagnostic };
}

/** The visible audience button of a composer, re-read now (React may have replaced it). */
function visibleAudienceButton(dialog: Element, lang: FacebookLanguage): Element | null {
  return firstOnScreen(audienceButtons(dialog, lang), dialog);
}

/** A chooser that is open now, or null. */
function openChooser(doc: Document, dialog: Element): Chooser | null {
  // Variant 2: another dialog holding radio rows.
  for (const other of doc.querySelectorAll('[role="dialog"]')) {
    if (other === dialog || other.contains(dialog)) continue;
    if (other.querySelector('[role="radio"], input[type="radio"]')) return { variant: 'dialog', scope: other };
  }
  // Variant 1: radio rows on screen inside the composer dialog itself.
  const radios = dialog.querySelectorAll('[role="radio"], input[type="radio"]');
  for (const radio of radios) {
    const row = radio.closest('label') ?? radio;
    if (isOnScreen(row, dialog)) return { variant: 'in-place', scope: dialog };
  }
  return null;
}

function rowsOf(chooser: Chooser): Row[] {
  const rows: Row[] = [];
  for (const el of chooser.scope.querySelectorAll('[role="radio"], input[type="radio"]')) {
    if (el instanceof HTMLInputElement) {
      const row = el.closest('label') ?? el.parentElement ?? el;
      rows.push({ element: row, target: el, checked: el.checked });
    } else {
      rows.push({ element: el, target: el, checked: el.getAttribute('aria-checked') === 'true' });
    }
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

/** A button in the chooser whose aria-label or visible text is one of `words`. */
function chooserButton(chooser: Chooser, words: readonly string[]): Element | null {
  for (const el of chooser.scope.querySelectorAll('[role="button"], button')) {
    const label = el.getAttribute('aria-label');
    if (!isWord(label, words) && !leafTexts(el).some((t) => isWord(t, words))) continue;
    if (chooser.variant === 'in-place' && !isOnScreen(el, chooser.scope)) continue;
    return el;
  }
  return null;
}

function click(el: Element): void {
  (el as HTMLElement).click();
}

/**
 * Leaves the chooser without choosing: Cancel, else Back, else (separate dialog only) its
 * close button. Resolves once the chooser has gone, or false.
 */
async function backOut(doc: Document, dialog: Element, lang: FacebookLanguage, signal: AbortSignal): Promise<boolean> {
  const chooser = openChooser(doc, dialog);
  if (!chooser) return true;
  const button =
    chooserButton(chooser, lang.cancel) ??
    chooserButton(chooser, lang.back) ??
    (chooser.variant === 'dialog' ? chooserButton(chooser, lang.close) : null);
  if (!button) return false;
  click(button);
  // Backing out must finish even when the switch itself was abandoned by a timeout.
  const closed = await waitFor(doc, () => openChooser(doc, dialog) === null, { timeoutMs: STEP_TIMEOUT_MS, signal: new AbortController().signal });
  return closed === true;
}

/** Switch a Facebook composer's audience to Friends. */
export async function switchToFriends(composer: Composer, signal: AbortSignal): Promise<SwitchResult> {
  const dialog = composer.root;
  const doc = dialog.ownerDocument;
  const lang = languageOf(doc);
  if (!lang) return fail('errorFacebookByHand', `unknown UI language "${doc.documentElement.lang}"`);
  if (!dialog.isConnected) return fail('errorFacebookByHand', 'the composer closed before the switch');

  // 1. Open the chooser, unless it is open already (the person opened it).
  if (!openChooser(doc, dialog)) {
    const button = visibleAudienceButton(dialog, lang);
    if (!button) return fail('errorFacebookChooserMissing', 'no audience button on screen in the composer');
    click(button);
  }
  const chooser = await waitFor(doc, () => openChooser(doc, dialog), { timeoutMs: CHOOSER_TIMEOUT_MS, signal });
  if (!chooser) {
    return fail('errorFacebookChooserMissing', `no audience chooser within ${CHOOSER_TIMEOUT_MS} ms (lang ${doc.documentElement.lang})`);
  }

  const chosen = await chooseFriends(doc, dialog, lang, signal);
  if (!chosen.ok) return chosen;

  // 4. Verify: the chooser is gone and the composer's own button now says Friends.
  const verified = await waitFor(
    doc,
    () => {
      if (openChooser(doc, dialog)) return null;
      const button = visibleAudienceButton(dialog, lang);
      return button && readAudience(button, lang) === 'friends';
    },
    { timeoutMs: VERIFY_TIMEOUT_MS, signal },
  );
  if (verified) return { ok: true, audience: 'friends' };
  const stillOpen = openChooser(doc, dialog) !== null;
  const left = stillOpen ? await backOut(doc, dialog, lang, signal) : true;
  const after = visibleAudienceButton(dialog, lang);
  return fail(
    'errorFacebookVerifyFailed',
    `after Done the audience button reads ${describeButton(after)}${stillOpen ? ` (chooser stayed open; backed out: ${left})` : ''}`,
  );
}

/**
 * With an audience chooser already open (opened from `owner`: the composer dialog, or a
 * published post), picks Friends (never anything else: docs/CONTRACT.md, not Only me),
 * confirms with Done/Save and waits until the chooser has closed. On failure it backs out
 * (Cancel / Back / Close) and returns the failure.
 */
export async function chooseFriends(doc: Document, owner: Element, lang: FacebookLanguage, signal: AbortSignal): Promise<SwitchResult> {
  const dialog = owner;
  const chooser = await waitFor(doc, () => openChooser(doc, dialog), { timeoutMs: CHOOSER_TIMEOUT_MS, signal });
  if (!chooser) {
    return fail('errorFacebookChooserMissing', `no audience chooser within ${CHOOSER_TIMEOUT_MS} ms (lang ${doc.documentElement.lang})`);
  }

  // 2. Pick Friends; nothing else, ever (docs/CONTRACT.md: not Only me).
  let row = friendsRow(chooser, lang);
  if (!row) {
    const more = chooserButton(chooser, lang.seeMore);
    if (more) {
      click(more);
      row = await waitFor(doc, () => { const c = openChooser(doc, dialog); return c && friendsRow(c, lang); }, { timeoutMs: STEP_TIMEOUT_MS, signal });
    }
  }
  if (!row) {
    const shown = rowsOf(chooser).map((r) => leafTexts(r.element)[0] ?? '?').join(', ');
    const left = await backOut(doc, dialog, lang, signal);
    return fail('errorFacebookNoFriends', `the ${chooser.variant} chooser offers no Friends row (rows: ${shown}; backed out: ${left})`);
  }
  if (!row.checked) click(row.target);
  const picked = await waitFor(doc, () => { const c = openChooser(doc, dialog); const r = c && friendsRow(c, lang); return r && r.checked; }, { timeoutMs: STEP_TIMEOUT_MS, signal });
  if (!picked) {
    const left = await backOut(doc, dialog, lang, signal);
    return fail('errorFacebookVerifyFailed', `the Friends row did not become selected (backed out: ${left})`);
  }

  // 3. Confirm with Done (never the "Set as default audience" box next to it).
  const current = openChooser(doc, dialog) ?? chooser;
  const done = chooserButton(current, lang.done);
  if (done) click(done);
  // Some builds apply the choice and close on selection alone: give them a moment.
  else await settle(300, signal);

  const closed = await waitFor(doc, () => openChooser(doc, dialog) === null, { timeoutMs: VERIFY_TIMEOUT_MS, signal });
  if (closed) return { ok: true, audience: 'friends' };
  const left = await backOut(doc, dialog, lang, signal);
  return fail('errorFacebookVerifyFailed', `the chooser stayed open after ${done ? 'Done' : 'choosing'} (backed out: ${left})`);
}
