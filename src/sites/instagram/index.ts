// Instagram adapter. On Instagram the account decides who sees a post (docs/MARKUP.md: no
// per-post audience on the web), so every "Create new post" dialog carries the account's
// privacy, read from the web app's own API (account-privacy.ts). Making it private opens
// the privacy settings in a new tab, driven there by settings-page.ts on a one-time
// request the background holds (src/background/instagram-privacy.ts); the draft's tab
// never navigates.
import type { Audience, Composer, SiteAdapter, SiteContext, SwitchResult } from '../site';
import type { BackgroundToContent, InstagramClaimAnswer, InstagramNextAnswer, InstagramOpenAnswer } from '../../lib/messages';
import { AccountPrivacyCache, fetchAccountPrivacy, pageFetch, type PrivacyReading } from './account-privacy';
import { DIALOGS, findCreateDialogs, type CreateDialog } from './create-dialog';
import { labelsFor } from './lexicon';
import { watchPageRequest, type RequestWatch } from './page-request';
import { NOTE_KEYS, showSettingsNote, switchAccountToPrivate } from './settings-page';
import { SET_PRIVATE_PATH, settingsStep } from './urls';
import { createInstagramComments } from './comments';

export { INSTAGRAM_PRIVACY_URL } from './urls';

/**
 * The draft tab waits this long for the settings tab, which may try up to three paths
 * (the controller's own limit is 20 s).
 */
export const SWITCH_LIMIT_MS = 18_000;
/** One settings page's driver must be done by then. */
export const SETTINGS_LIMIT_MS = 12_000;

/** The draft tab's sentence for each way the settings tab can fail (`_locales` keys). */
const DRAFT_KEYS = { refused: 'errorInstagramNotConfirmed', failed: 'errorInstagramSettingsTab' } as const;

const failure = (messageKey: string, diagnostic: string): SwitchResult => ({ ok: false, messageKey, diagnostic });

export interface InstagramDeps {
  readonly doc: () => Document;
  readonly cookies: () => string;
  readonly fetch: typeof fetch;
  /** Watches for the settings page's own set_private request (tests stand in for the browser's timeline). */
  readonly watchRequest?: () => RequestWatch;
}

export function createInstagramAdapter(deps: InstagramDeps): SiteAdapter {
  let ctx: SiteContext | null = null;
  const privacy = new AccountPrivacyCache({
    cookies: deps.cookies,
    fetch: deps.fetch,
    onChange: () => ctx?.rescan(),
  });
  /** Dialogs seen already: each opening may refresh a stale cache once. */
  const opened = new WeakSet<Element>();
  let pending: ((result: SwitchResult) => void) | null = null;

  /** What a dialog's warning says: null while the first read is pending (no host yet). */
  function audienceOf(by: CreateDialog['by'] | 'page', reading: PrivacyReading | null, known: boolean): Audience | null {
    if (!reading) return null;
    if (reading.privacy === 'private') return 'private';
    // An unknown language (or a dialog recognised only by its structure) is `unknown`.
    return known && by !== 'structure' ? reading.privacy : 'unknown';
  }

  async function switchAccount(signal: AbortSignal): Promise<SwitchResult> {
    if (!ctx) return failure('errorInstagramByHand', 'not started');
    if (pending) return failure('errorBusy', 'a switch is already running');
    const limit = AbortSignal.any([signal, AbortSignal.timeout(SWITCH_LIMIT_MS)]);
    let settle: (result: SwitchResult) => void = () => undefined;
    const outcome = new Promise<SwitchResult>((resolve) => {
      settle = resolve;
      pending = resolve;
      const onAbort = () => resolve(failure('errorInstagramSettingsTab', 'the settings tab did not answer in time'));
      if (limit.aborted) onAbort();
      else limit.addEventListener('abort', onAbort, { once: true });
    });
    const answer = (await ctx.send({ type: 'content:instagram-open-privacy' }).catch(() => null)) as InstagramOpenAnswer | null;
    if (!answer?.ok) settle(failure(answer?.messageKey ?? 'errorInstagramByHand', 'the settings tab could not be opened'));
    const result = await outcome;
    pending = null;
    if (result.ok) privacy.set('private');
    return result;
  }

  /** In the settings tab the background opened: do the one-time switch it holds for us. */
  async function serveSettingsRequest(context: SiteContext): Promise<void> {
    const answer = (await context.send({ type: 'content:instagram-claim-privacy' }).catch(() => null)) as InstagramClaimAnswer | null;
    if (answer?.granted !== true) {
      // Opened by the person (or by a link): not ours to touch.
      void privacy.refresh();
      return;
    }
    const doc = deps.doc();
    showSettingsNote(doc, 'switching');
    const limit = AbortSignal.any([context.signal, AbortSignal.timeout(SETTINGS_LIMIT_MS)]);
    const result = await switchAccountToPrivate(
      doc,
      labelsFor(doc),
      {
        verify: async (signal) => (await fetchAccountPrivacy(deps.cookies(), deps.fetch, signal)).privacy,
        watchRequest: deps.watchRequest ?? (() => watchPageRequest(doc.defaultView, SET_PRIVATE_PATH)),
      },
      limit,
    );
    if (context.signal.aborted) return;
    if (!result.ok) console.info(`[Audience Guard] Instagram settings (${doc.location?.pathname ?? '?'}): ${result.diagnostic}`);
    if (!result.ok && result.reason === 'unavailable') {
      // Not the privacy page: the background takes this tab to the next path, or, when
      // none is left, tells the draft tab; this tab then says where the switch is.
      const next = (await context.send({ type: 'content:instagram-privacy-unavailable' }).catch(() => null)) as InstagramNextAnswer | null;
      if (next?.next !== true && !context.signal.aborted) showSettingsNote(doc, 'error', NOTE_KEYS.notFound);
      return;
    }
    const failure = result.ok ? null : result.reason === 'refused' ? 'refused' : 'failed';
    showSettingsNote(doc, failure ? 'error' : 'done', failure ? NOTE_KEYS[failure] : NOTE_KEYS.done);
    if (!failure) privacy.set('private');
    await context
      .send({ type: 'content:instagram-privacy-result', ok: !failure, ...(failure ? { messageKey: DRAFT_KEYS[failure] } : {}) })
      .catch(() => undefined);
  }

  const comments = createInstagramComments({
    cookies: deps.cookies,
    fetch: deps.fetch,
    ownPrivacy: () => privacy.peek()?.privacy ?? null,
  });

  return {
    site: 'instagram',
    words: {
      publicKey: 'warningPublicInstagram',
      unknownKey: 'warningUnknownInstagram',
      doneKey: 'warningDoneInstagram',
      makePrivateKey: 'actionMakeAccountPrivate',
      dismissKey: 'actionShareAnyway',
    },
    comments,
    observedAttributes: ['aria-label', 'aria-hidden', 'lang'],
    start(context) {
      ctx = context;
      const { pathname } = deps.doc().location ?? { pathname: '/' };
      if (settingsStep(pathname) >= 0) void serveSettingsRequest(context);
      // One read per page load, for the popup and the badge; later only when stale.
      else void privacy.refresh();
    },
    containers: DIALOGS,
    findComposers(doc, containers) {
      const labels = labelsFor(doc);
      const dialogs = findCreateDialogs(doc, labels, containers);
      let newlyOpened = false;
      for (const dialog of dialogs) {
        if (!opened.has(dialog.root)) {
          opened.add(dialog.root);
          newlyOpened = true;
        }
      }
      // A Create dialog opened: refresh if (and only if) the cache is stale.
      if (newlyOpened && !privacy.isFresh()) void privacy.refresh();
      const reading = privacy.peek();
      const composers: Composer[] = [];
      for (const dialog of dialogs) {
        const audience = audienceOf(dialog.by, reading, labels !== null);
        if (audience === null) continue;
        composers.push({
          root: dialog.root,
          kind: 'account',
          audience,
          anchor: dialog.anchor,
          canMakePrivate: audience === 'public',
        });
      }
      return composers;
    },
    isDark: (doc) => doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
    makePrivate: (_composer, signal) => switchAccount(signal),
    pageAudience: () => audienceOf('page', privacy.peek(), labelsFor(deps.doc()) !== null) ?? 'unknown',
    makePagePrivate: (signal) => switchAccount(signal),
    onMessage(message: BackgroundToContent) {
      if (message.type === 'background:instagram-settings-not-found') {
        // This tab was taken to a privacy path and landed elsewhere, and no path is left.
        showSettingsNote(deps.doc(), 'error', NOTE_KEYS.notFound);
        return Promise.resolve({ ok: true });
      }
      if (message.type !== 'background:instagram-privacy-result') return undefined;
      if (pending) {
        pending(message.ok ? { ok: true, audience: 'private' } : failure(message.messageKey ?? 'errorInstagramSettingsTab', 'the settings tab reported a failure'));
      } else if (message.ok) {
        // A late success (after this tab gave up): the account is private now all the same.
        privacy.set('private');
      }
      return Promise.resolve({ ok: true });
    },
  };
}

export const instagram: SiteAdapter = createInstagramAdapter({
  doc: () => document,
  cookies: () => document.cookie,
  fetch: (input, init) => pageFetch()(input as string, init ?? {}),
});
