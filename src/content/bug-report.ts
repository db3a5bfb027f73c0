// "Copy details for a bug report": puts on the clipboard what the site adapter says of a
// composer it could not read or could not switch (a structural outline with the site's own
// control labels only, the page's language, the diagnostic line) and the extension's
// version. Nothing is sent anywhere: the person pastes it into an issue (README.md says where).
import { ext } from '../lib/ext';
import type { Composer, SiteAdapter } from '../sites/site';

export function bugReportText(adapter: SiteAdapter, composer: Composer, failure: string | undefined): string | null {
  if (!adapter.reportDetails) return null;
  const details = adapter.reportDetails(composer);
  let version = 'unknown';
  try {
    version = ext().runtime.getManifest().version;
  } catch {
    // The extension context is gone: the rest of the report still helps.
  }
  return [
    'Audience Guard bug report (copied by hand; nothing was sent)',
    `extension version: ${version}`,
    `site: ${adapter.site}`,
    `page language: ${details.language}`,
    `reading: ${details.diagnostic}`,
    `switch: ${failure ?? 'not tried'}`,
    'dialog outline (tags, roles, aria attributes, the site\'s own labels; no text of yours or of others):',
    details.outline,
  ].join('\n');
}

/** Copies `text`; falls back to a selected textarea inside `shadow` where the async clipboard refuses. */
export async function copyText(text: string, shadow: ShadowRoot | null): Promise<boolean> {
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
