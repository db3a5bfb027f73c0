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


/**
 * What holds a published post: a feed post (`[role=article]`, or the newer
 * `div[aria-posinset]` block) or a post open in a `[role=dialog]` ("Posts already published", medium).
 */
export const POST_CONTAINER = '[role="article"], div[aria-posinset], [role="dialog"]';

/** A post and what nests inside one (a comment, a shared post): articles and dialogs ("Posts already published", medium). */
export const POST = '[role="article"], [role="dialog"]';

/** The comment box sits inside a `<form>` ("Posts already published": the comment box, high). */
export const FORM = 'form';

/**
 * The header's audience icon: an `svg` whose title names the audience, as an attribute or a
 * `<title>` child ("Posts already published", high, live HTML); an aria-label too, as the
 * comment warnings always read it. Only svgs with a text: the reaction and menu icons have none.
 */
export const AUDIENCE_ICON = 'svg[title], svg > title, svg[aria-label]';

/** What a person can click in a post header or a profile: buttons and links (high: div[role=button], a). */
export const CLICKABLE = '[role="button"], [role="link"], a, button';

/** A link with an address: a post's author and its permalink (medium). */
export const LINK = 'a[href]';

/** The post's "…" menu and its items ("Posts already published": `[role=menu]` with `[role=menuitem]`s, medium). */
export const MENU = '[role="menu"]';
export const MENU_ITEM = '[role="menuitem"]';
