// Every Facebook selector against a fixture it must match and one it must not (docs/MARKUP.md
// is the source of each fixture's markup).
import { describe, expect, it } from 'vitest';
import * as selectors from './selectors';

const FIXTURES: Record<keyof typeof selectors, { match: string; noMatch: string }> = {
  DIALOG: { match: '<div role="dialog" aria-label="Create post"></div>', noMatch: '<div role="region" aria-label="Create a post"></div>' },
  TEXTBOX: {
    match: '<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What\'s on your mind, Ana?"></div>',
    noMatch: '<div role="textbox" aria-label="Search"></div>',
  },
  ARTICLE: { match: '<div role="article" aria-labelledby="a"></div>', noMatch: '<div aria-posinset="1"></div>' },
  LABELLED_BUTTON: {
    match: '<div role="button" aria-label="Edit privacy. Sharing with Public."><span>Public</span></div>',
    noMatch: '<div role="button"><span>Public</span></div>',
  },
  BUTTON: { match: '<div role="button" aria-label="Post"></div>', noMatch: '<div role="link" aria-label="Post"></div>' },
  ROLE_BUTTON: { match: '<div role="button"><span>Öffentlich</span></div>', noMatch: '<button type="button">Öffentlich</button>' },
  RADIO: { match: '<input type="radio" name="post-audience" value="friends">', noMatch: '<input type="checkbox" aria-label="Set as default audience.">' },
  MAIN: { match: '<div role="main"></div>', noMatch: '<div role="navigation" aria-label="Shortcuts"></div>' },
  HEADING: { match: '<h2><span>Chia sẻ</span></h2>', noMatch: '<span dir="auto">Public group · 1.2K members</span>' },
  POST_CONTAINER: { match: '<div aria-posinset="3" aria-describedby="d"></div>', noMatch: '<div role="feed"></div>' },
  POST: { match: '<div role="article" aria-labelledby="a"></div>', noMatch: '<div aria-posinset="3"></div>' },
  FORM: { match: '<form method="POST"></form>', noMatch: '<div role="form"></div>' },
  AUDIENCE_ICON: { match: '<svg title="Shared with Public"></svg>', noMatch: '<svg viewBox="0 0 16 16"></svg>' },
  CLICKABLE: { match: '<div role="button" aria-label="Edit audience"></div>', noMatch: '<span>Edit audience</span>' },
  LINK: { match: '<a href="/ana.lima">Ana Lima</a>', noMatch: '<a>Ana Lima</a>' },
  MENU: { match: '<div role="menu"></div>', noMatch: '<div role="menubar"></div>' },
  MENU_ITEM: { match: '<div role="menuitem"><span>Edit audience</span></div>', noMatch: '<div role="menuitemradio"></div>' },
};

function element(html: string): Element {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.firstElementChild!;
}

describe('Facebook selectors', () => {
  for (const [name, selector] of Object.entries(selectors)) {
    it(`${name} matches its fixture and not the look-alike`, () => {
      const fixture = FIXTURES[name as keyof typeof selectors];
      expect(fixture, `${name} needs fixtures`).toBeDefined();
      expect(element(fixture.match).matches(selector), fixture.match).toBe(true);
      expect(element(fixture.noMatch).matches(selector), fixture.noMatch).toBe(false);
    });
  }

  it('RADIO also matches the role=radio rows of the older chooser', () => {
    expect(element('<div role="radio" aria-checked="false"><span>Friends</span></div>').matches(selectors.RADIO)).toBe(true);
  });
});
