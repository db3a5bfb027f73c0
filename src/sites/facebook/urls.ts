// Facebook's own pages the warning links to (docs/MARKUP.md "Settings pages", high).

/** "Who can see your future posts?": the account's default audience. */
export const DEFAULT_AUDIENCE_URL = 'https://www.facebook.com/settings/?tab=posts';
