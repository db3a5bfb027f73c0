// The Facebook adapter: composers and their audience (composer.ts, audience.ts, group.ts),
// the one-click switch to Friends (chooser.ts), every visible word in lexicon.ts, every
// selector in selectors.ts, the bug report's outline (report.ts, in a script of its own: src/content/report-entry.ts).
import type { SiteAdapter } from '../site';
import { DIALOGS, findComposers } from './composer';
import type { switchToFriends } from './chooser';
import { demand } from '../../lib/on-demand';
import { DEFAULT_AUDIENCE_URL } from './urls';
import { facebookComments } from './comments';

/** The switch's driver (chooser.ts), a script of its own: asked for once, when a switchable warning first shows. */
let switchDriver: Promise<typeof switchToFriends | null> | null = null;
function loadSwitch(): Promise<typeof switchToFriends | null> {
  switchDriver ??= demand<typeof switchToFriends>('facebook-switch').then((drive) => {
    if (!drive) switchDriver = null; // Not injected: ask again on the next try.
    return drive;
  });
  return switchDriver;
}

export const facebook: SiteAdapter = {
  site: 'facebook',
  words: {
    publicKey: 'warningPublicFacebook',
    unknownKey: 'warningUnknownFacebook',
    doneKey: 'warningDoneFacebook',
    makePrivateKey: 'actionSwitchToFriends',
    dismissKey: 'actionPostAnyway',
  },
  // What can change a composer's reading without adding or removing nodes: the audience
  // button's label, a panel sliding (inline transform), a panel hidden, the UI language.
  observedAttributes: ['aria-label', 'style', 'hidden', 'lang'],
  containers: DIALOGS,
  findComposers,
  comments: facebookComments,
  // docs/MARKUP.md: dark mode is a class on <html> (medium).
  isDark: (doc) => doc.documentElement.classList.contains('__fb-dark-mode'),
  prepareSwitch: () => void loadSwitch(),
  async makePrivate(composer, signal) {
    if (composer.kind !== 'post') {
      return { ok: false, messageKey: 'errorFacebookByHand', diagnostic: `nothing to switch in a ${composer.kind} composer` };
    }
    // The driver (chooser.ts) is a script of its own (src/content/facebook-switch-entry.ts),
    // normally already injected when the warning showed (prepareSwitch).
    const drive = await loadSwitch();
    if (!drive) return { ok: false, messageKey: 'errorFacebookByHand', diagnostic: 'the switch script could not be injected' };
    return drive(composer, signal);
  },
  pageAudience: () => 'none',
  // docs/MARKUP.md "The audience chooser": pressing Done also stores the choice as the
  // account's default audience (medium, measured twice): the done state says so.
  doneNote: { messageKey: 'warningDoneDefaultFacebook', linkKey: 'warningDoneDefaultFacebookLink', url: DEFAULT_AUDIENCE_URL },
  // The report's writer (report.ts and its outline) is injected on the first click
  // (src/content/report-entry.ts); that click is still the clipboard's user gesture when it runs.
  async copyBugReport(composer, failure, shadow) {
    const copy = await demand<NonNullable<SiteAdapter['copyBugReport']>>('bug-report');
    return copy ? copy(composer, failure, shadow) : false;
  },
};
