// "Copy details for a bug report": puts on the clipboard what the site says of a composer it
// could not read or could not switch (a structural outline with the site's own control labels
// only, the page's language, the diagnostic line) and the extension's version. Nothing is
// sent anywhere: the person pastes it into an issue (README.md says where).
//
// The code that writes the report (report-entry.ts, with the site's outline) is a script of
// its own, injected on the first click (on-demand.ts): the person's click is still the user
// gesture the clipboard asks for when it runs (one message to the background and back), and
// the warnings that never offer a report never load it.
import type { Composer, SiteId } from '../sites/site';
import { demand } from '../lib/on-demand';

/** Writes and copies the report; false when it could not be copied. */
export type CopyBugReport = (site: SiteId, composer: Composer, failure: string | undefined, shadow: ShadowRoot | null) => Promise<boolean>;

export async function copyBugReport(site: SiteId, composer: Composer, failure: string | undefined, shadow: ShadowRoot | null): Promise<boolean> {
  const copy = await demand<CopyBugReport>('bug-report');
  return copy ? copy(site, composer, failure, shadow) : false;
}
