// The attribute on every element Audience Guard puts into a page (docs/CONTRACT.md): the
// warning's host, and the note on Instagram's settings page. Its value says which one. Code
// that reads the page skips these elements, and a new copy of the content script (after an
// update) removes the ones an older copy left behind.
export const HOST_ATTRIBUTE = 'data-audience-guard';

/** What an element of ours is, as its HOST_ATTRIBUTE value (docs/CONTRACT.md). */
export type OwnHostKind = 'warning' | 'settings-note' | 'marker' | 'batch';

/** Any element Audience Guard put into the page. */
export const OWN_HOST = `[${HOST_ATTRIBUTE}]`;

/** The elements of one kind, e.g. `[data-audience-guard="warning"]`. */
export const ownHostOf = (kind: OwnHostKind): string => `[${HOST_ATTRIBUTE}="${kind}"]`;
