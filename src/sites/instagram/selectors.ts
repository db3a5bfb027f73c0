// Every CSS selector the Instagram adapter uses, in one place, each with the markup it is
// meant for (docs/MARKUP.md "Instagram"). The words these selectors are combined with live
// in lexicon.ts; the addresses in urls.ts. Class names are generated and never selected on.
// selectors.test.ts holds, for each selector, a piece of markup it must match and one it
// must not.

import { HOST_ATTRIBUTE } from '../../lib/own-host';

/** Our own elements (the warning host, the settings note): never read as the site's. */
export const OWN = `[${HOST_ATTRIBUTE}]`;

/** The Create flow is one `[role="dialog"]` through all its steps (high). */
export const DIALOG = '[role="dialog"]';

/** A dialog's heading: "Create new post", "Crop", "Edit" (high: an `h1`; `h2` and role=heading kept for other builds). */
export const HEADING = 'h1, h2, [role="heading"]';

/** Buttons: "Next" and "Share" are `div[role="button"]`, "Select from computer" a `<button>` (high). */
export const BUTTON = 'button, [role="button"]';

/** The select step's hidden file input (high), recognised in any language by its `accept`. */
export const MEDIA_INPUT = 'input[type="file"][accept]';

/** The share step's caption box, `aria-label="Write a caption..."` (high). */
export const CAPTION_BOX = '[contenteditable="true"][role="textbox"]';

/** Inside an editable box nothing is a dialog's structure (the caption's own mutations). */
export const EDITABLE = '[contenteditable="true"]';

/** A dialog hidden from assistive technology is not the one on screen. */
export const HIDDEN = '[aria-hidden="true"]';

/**
 * The privacy switch as it is built (medium): `input[role="switch"][aria-label="Private
 * account"]`, its state in `aria-checked`. Any `role="switch"` qualifies; its accessible
 * name decides (lexicon.ts).
 */
export const ROLE_SWITCH = '[role="switch"]';

/**
 * Any switch-like control, for the older row markup: a `<label>` "Private account" holding
 * an `input[type="checkbox"]`, or a row whose text sits beside the control (medium).
 */
export const SWITCH_LIKE = 'input[type="checkbox"], [role="switch"], [aria-checked]';

/** The confirmation ("Switch to private account?") is a dialog with buttons. */
export const CONFIRM_DIALOG = '[role="dialog"], [role="alertdialog"]';

/** The settings note's own host. */
export const SETTINGS_NOTE = `[${HOST_ATTRIBUTE}="settings-note"]`;

/** A post in the feed (`article`), or a post page / a post opened over the feed (a dialog) (docs/MARKUP.md "Comments", high). */
export const POST = 'article, [role="dialog"]';

/** A post's header, where its author's profile link comes first (docs/MARKUP.md "Comments", medium). */
export const POST_HEADER = 'header';

/** A link with an address (the author's profile link `a[href="/<username>/"]`). */
export const LINK = 'a[href]';

/** The comment box sits in a `<form method="POST">` with its "Post" button (docs/MARKUP.md "Comments", high). */
export const FORM = 'form';
