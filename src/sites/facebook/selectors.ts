// Every CSS selector the Facebook adapter uses, in one place (the way Refined GitHub keeps its
// selectors): each rests on a fact in docs/MARKUP.md, cited beside it, and each has a fixture
// it must match and one it must not in selectors.test.ts. Roles, aria attributes and
// structure only: never the generated atomic class names (docs/MARKUP.md, general rules).

/** Every composer, the chooser of older builds and the Share dialog ("The composer dialog", high). */
export const DIALOG = '[role="dialog"]';

/** The Lexical text box of a composer or the Share dialog ("The composer dialog", high). */
export const TEXTBOX = '[contenteditable="true"][role="textbox"]';

/** A published post in a feed or a viewer ("Posts already published", medium). */
export const ARTICLE = '[role="article"]';

/** Buttons that carry a label: where the audience button is found by its aria-label prefix (high). */
export const LABELLED_BUTTON = '[role="button"][aria-label]';

/** Facebook's buttons are `div[role=button]` (high); a few native buttons in older builds. */
export const BUTTON = '[role="button"], button';

/** The audience button without a known prefix is still a `div[role=button]` (high). */
export const ROLE_BUTTON = '[role="button"]';

/**
 * The chooser's options: a native radio (variants 1 and 2: with or without a `<label>`) or a
 * `div[role=radio][aria-checked]` (variant 3) ("The audience chooser", high/medium).
 */
export const RADIO = '[role="radio"], input[type="radio"]';

/** The page's main region, where a group's header comes first ("Groups", medium). */
export const MAIN = '[role="main"]';

/**
 * Headings: a group page's name heads its header (medium); each composer panel and the Share
 * dialog carry an `h2` title ("The Share dialog", high).
 */
export const HEADING = 'h1, h2';

