// Each selector against a piece of markup it must match and one it must not (the shapes
// come from docs/MARKUP.md "Instagram"). A change to a selector that breaks what it is for
// fails here first.
import { describe, it, expect } from 'vitest';
import * as S from './selectors';

function first(html: string): Element {
  const doc = document.implementation.createHTMLDocument('x');
  doc.body.innerHTML = html;
  return doc.body.firstElementChild as Element;
}

const CASES: Record<keyof typeof S, { match: string; miss: string }> = {
  POST: { match: '<article role="presentation"></article>', miss: '<section role="feed"></section>' },
  POST_HEADER: { match: '<header><a href="/ana/">ana</a></header>', miss: '<div role="banner"></div>' },
  LINK: { match: '<a href="/ana/">ana</a>', miss: '<a role="link">ana</a>' },
  FORM: { match: '<form method="POST"></form>', miss: '<div role="form"></div>' },
  OWN: { match: '<div data-audience-guard="warning"></div>', miss: '<div data-audience="public"></div>' },
  DIALOG: { match: '<div role="dialog" class="x1n2onr6"></div>', miss: '<div class="dialog" aria-modal="true"></div>' },
  HEADING: { match: '<h1 dir="auto">Create new post</h1>', miss: '<span class="heading">Create new post</span>' },
  BUTTON: { match: '<div role="button" tabindex="0">Share</div>', miss: '<div tabindex="0">Share</div>' },
  MEDIA_INPUT: {
    match: '<input type="file" accept="image/jpeg,image/png,video/mp4" style="display:none">',
    miss: '<input type="file">',
  },
  CAPTION_BOX: {
    match: '<div contenteditable="true" role="textbox" aria-label="Write a caption..."></div>',
    miss: '<div contenteditable="false" role="textbox"></div>',
  },
  EDITABLE: { match: '<div contenteditable="true"></div>', miss: '<div contenteditable="false"></div>' },
  HIDDEN: { match: '<div aria-hidden="true"></div>', miss: '<div aria-hidden="false"></div>' },
  ROLE_SWITCH: {
    match: '<input type="checkbox" role="switch" aria-label="Private account" aria-checked="false">',
    miss: '<input type="checkbox" aria-label="Private account">',
  },
  SWITCH_LIKE: { match: '<input type="checkbox">', miss: '<input type="radio">' },
  CONFIRM_DIALOG: { match: '<div role="dialog" aria-modal="true"></div>', miss: '<div role="region"></div>' },
  SETTINGS_NOTE: { match: '<div data-audience-guard="settings-note"></div>', miss: '<div data-audience-guard="warning"></div>' },
};

describe('Instagram selectors', () => {
  it('has a case for every selector', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(S).sort());
  });

  it.each(Object.entries(CASES))('%s matches its markup and not the other', (name, { match, miss }) => {
    const selector = S[name as keyof typeof S];
    expect(first(match).matches(selector)).toBe(true);
    expect(first(miss).matches(selector)).toBe(false);
  });

  it('SWITCH_LIKE also takes a role=switch div and an aria-checked part', () => {
    expect(first('<div role="switch" aria-checked="false"></div>').matches(S.SWITCH_LIKE)).toBe(true);
    expect(first('<span aria-checked="true"></span>').matches(S.SWITCH_LIKE)).toBe(true);
  });
});
