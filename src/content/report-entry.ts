// The bug report's writer (Facebook), a standalone script injected into the frame on the
// first "Copy details for a bug report" click (src/sites/facebook/index.ts asks for it
// through src/lib/on-demand.ts; the click is still the clipboard's user gesture then): the dialog's
// structural outline (src/sites/facebook/report.ts, src/lib/outline.ts), the diagnostic
// line and the extension's version, copied to the clipboard. Nothing is sent anywhere: the
// person pastes it into an issue (README.md says where).
import { ext } from '../lib/ext';
import type { Composer, SiteAdapter } from '../sites/site';
import { reportDetails } from '../sites/facebook/report';
import { provide } from '../lib/on-demand';

function bugReportText(composer: Composer, failure: string | undefined): string {
  const details = reportDetails(composer);
  let version = 'unknown';
  try {
    version = ext().runtime.getManifest().version;
  } catch {
    // The extension context is gone: the rest of the report still helps.
  }
  return [
    'Audience Guard bug report (copied by hand; nothing was sent)',
    `extension version: ${version}`,
    'site: facebook',
    `page language: ${details.language}`,
    `reading: ${details.diagnostic}`,
    `switch: ${failure ?? 'not tried'}`,
    'dialog outline (tags, roles, aria attributes, the site\'s own labels; no text of yours or of others):',
    details.outline,
  ].join('\n');
}

/** Copies `text`; falls back to a selected textarea inside `shadow` where the async clipboard refuses. */
async function copyText(text: string, shadow: ShadowRoot | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!shadow) return false;
    const area = shadow.ownerDocument.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    shadow.append(area);
    area.select();
    let ok: boolean;
    try {
      ok = shadow.ownerDocument.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

provide<NonNullable<SiteAdapter['copyBugReport']>>('bug-report', (composer, failure, shadow) => copyText(bugReportText(composer, failure), shadow));
