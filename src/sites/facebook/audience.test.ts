import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LEXICON } from './lexicon';
import { audienceButtons, readAudience } from './audience';
import { findComposers } from './composer';
import { giveLayout } from '../../test-layout';

const en = LEXICON.en!;
const de = LEXICON.de!;

function button(label: string | null, text: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('role', 'button');
  if (label !== null) el.setAttribute('aria-label', label);
  const span = document.createElement('span');
  span.textContent = text;
  el.append(span);
  return el;
}

function wrap(...children: Element[]): HTMLElement {
  const scope = document.createElement('div');
  scope.append(...children);
  return scope;
}

describe('reading the audience button', () => {
  it.each([
    ['Edit privacy. Sharing with Public.', 'Public', 'public'],
    ['Edit privacy. Sharing with Only me. ', 'Only me', 'only-me'],
    ['Edit privacy. Sharing with Your friends of friends. ', 'Friends of friends', 'friends-of-friends'],
    ['Edit privacy. Sharing with Friends except: John, Jane...', 'Friends except...', 'friends-except'],
    ['Edit privacy. Sharing with Friends.', 'Friends', 'friends'],
    ['Edit privacy. Sharing with Specific friends.', 'Specific friends', 'specific-friends'],
    ['Edit privacy. Sharing with Custom.', 'Custom', 'custom'],
  ])('%s reads as %s', (label, text, expected) => {
    expect(readAudience(button(label, text), en)).toBe(expected);
  });

  it('falls back to the aria-label when the visible text is not a name (an icon only)', () => {
    expect(readAudience(button('Edit privacy. Sharing with Public.', ''), en)).toBe('public');
    expect(readAudience(button('Edit privacy. Sharing with Only me. ', ''), en)).toBe('only-me');
  });

  it('reads the sourced localised prefixes (vi high; zh-TW with full-width punctuation, medium)', () => {
    const vi = LEXICON.vi!;
    expect(readAudience(button('Chỉnh sửa quyền riêng tư. Đang chia sẻ với Công khai. ', ''), vi)).toBe('public');
    expect(readAudience(button('編輯隱私設定。分享對象：只限本人。', ''), LEXICON['zh-TW']!)).toBe('only-me');
    expect(audienceButtons(wrap(button('编辑隐私设置', '公开')), LEXICON['zh-CN']!)).toHaveLength(1);
    expect(readAudience(button('编辑隐私设置', '公开'), LEXICON['zh-CN']!)).toBe('public');
    expect(readAudience(button('Изменить конфиденциальность. Доступно всем', 'Доступно всем'), LEXICON.ru!)).toBe('public');
  });

  it('a language with only its Public name sourced reads Public by the visible name (ja 公開)', () => {
    expect(readAudience(button(null, '公開'), LEXICON.ja!)).toBe('public');
    expect(readAudience(button(null, '友達'), LEXICON.ja!)).toBe('unknown');
  });

  it('an audience whose name is not sourced reads unknown, never a guess (ru Friends)', () => {
    expect(readAudience(button('Изменить конфиденциальность. Друзья', 'Друзья'), LEXICON.ru!)).toBe('unknown');
  });

  it('reads a localised button by its visible name (the localised prefix is unknown)', () => {
    expect(readAudience(button('Privatsphäre bearbeiten. Geteilt mit Öffentlich.', 'Öffentlich'), de)).toBe('public');
    expect(readAudience(button('Privatsphäre bearbeiten. Geteilt mit Freunde.', 'Freunde'), de)).toBe('friends');
    expect(readAudience(button(null, 'Nur ich'), de)).toBe('only-me');
  });

  it('an unknown language or an unreadable name is unknown, never safe', () => {
    expect(readAudience(button('Edit privacy. Sharing with Friends.', 'Friends'), null)).toBe('unknown');
    expect(readAudience(button('Edit privacy. Sharing with Fans.', 'Fans'), en)).toBe('unknown');
    expect(readAudience(button('Muokkaa. Jaetaan: Kaverit.', 'Kaverit'), de)).toBe('unknown');
  });

  it('finds buttons by the English prefix, else by a visible name in the page language', () => {
    const scope = document.createElement('div');
    scope.append(button('Post', 'Post'), button('Edit privacy. Sharing with Public.', 'Public'));
    expect(audienceButtons(scope, en)).toHaveLength(1);
    const german = document.createElement('div');
    german.append(button('Posten', 'Posten'), button('Privatsphäre bearbeiten. Geteilt mit Öffentlich.', 'Öffentlich'));
    expect(audienceButtons(german, de)).toHaveLength(1);
    expect(audienceButtons(german, null)).toHaveLength(0);
  });
});

describe('finding composers', () => {
  beforeEach(() => giveLayout());
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.lang = 'en';
    document.documentElement.className = '';
  });

  function dialog(label: string, ...children: Element[]): HTMLElement {
    const d = document.createElement('div');
    d.setAttribute('role', 'dialog');
    d.setAttribute('aria-label', label);
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.setAttribute('role', 'textbox');
    d.append(box, ...children);
    document.body.append(d);
    return d;
  }
  function panel(offscreen: boolean, ...children: Element[]): HTMLElement {
    const p = document.createElement('div');
    p.style.transform = offscreen ? 'translateX(-100%)' : 'translateX(0%)';
    p.append(...children);
    return p;
  }

  it('reads a Public composer, whatever the dialog is called', () => {
    document.documentElement.lang = 'de';
    const d = dialog('Beitrag erstellen', button('Privatsphäre bearbeiten. Geteilt mit Öffentlich.', 'Öffentlich'), button('Posten', 'Posten'));
    const [c] = findComposers(document);
    expect(c).toMatchObject({ root: d, kind: 'post', audience: 'public', canMakePrivate: true });
  });

  it('ignores dialogs without a text box (the "Select Audience" dialog)', () => {
    const d = document.createElement('div');
    d.setAttribute('role', 'dialog');
    d.append(button('Edit privacy. Sharing with Public.', 'Public'));
    document.body.append(d);
    expect(findComposers(document)).toHaveLength(0);
  });

  it('reads only the panel on screen, not a stale one slid off to the left', () => {
    dialog('Create post', panel(true, button('Edit privacy. Sharing with Friends.', 'Friends')), panel(false, button('Edit privacy. Sharing with Public.', 'Public')));
    expect(findComposers(document)[0]?.audience).toBe('public');
    document.body.replaceChildren();
    dialog('Create post', panel(true, button('Edit privacy. Sharing with Public.', 'Public')), panel(false, button('Edit privacy. Sharing with Friends.', 'Friends')));
    expect(findComposers(document)[0]?.audience).toBe('friends');
  });

  it('keeps the last audience seen while the chooser covers the main panel', () => {
    const main = panel(false, button('Edit privacy. Sharing with Public.', 'Public'));
    dialog('Create post', main);
    expect(findComposers(document)[0]?.audience).toBe('public');
    main.style.transform = 'translateX(-100%)';
    expect(findComposers(document)[0]?.audience).toBe('public');
  });

  it('a composer without an audience button outside a group is unknown', () => {
    dialog('Create post', button('Post', 'Post'));
    expect(findComposers(document)[0]).toMatchObject({ audience: 'unknown', canMakePrivate: false });
  });

  it('an unknown UI language gives unknown', () => {
    document.documentElement.lang = 'fi';
    dialog('Luo julkaisu', button('Muokkaa yksityisyyttä. Jaetaan: Kaverit.', 'Kaverit'));
    expect(findComposers(document)[0]?.audience).toBe('unknown');
  });

  it('places the anchor just above the Post button block, inside the dialog', () => {
    const audience = button('Edit privacy. Sharing with Public.', 'Public');
    const footer = document.createElement('div');
    const post = button('Post', 'Post');
    footer.append(post);
    const d = dialog('Create post', audience, footer);
    const [c] = findComposers(document);
    expect(c?.anchor.parent).toBe(d);
    expect(c?.anchor.before).toBe(footer);
  });
});

describe('dialogs that are not post composers', () => {
  beforeEach(() => giveLayout());
  afterEach(() => document.body.replaceChildren());

  it('ignores a post viewer whose text box is a comment box', () => {
    const d = document.createElement('div');
    d.setAttribute('role', 'dialog');
    const article = document.createElement('div');
    article.setAttribute('role', 'article');
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.setAttribute('role', 'textbox');
    article.append(box);
    d.append(article);
    document.body.append(d);
    expect(findComposers(document)).toHaveLength(0);
  });

  it('still reads a share dialog that embeds the shared post', () => {
    const d = document.createElement('div');
    d.setAttribute('role', 'dialog');
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.setAttribute('role', 'textbox');
    const article = document.createElement('div');
    article.setAttribute('role', 'article');
    d.append(button('Edit privacy. Sharing with Public.', 'Public'), box, article);
    document.body.append(d);
    expect(findComposers(document)[0]?.audience).toBe('public');
  });
});

describe('the Share dialog and unknown languages', () => {
  beforeEach(() => giveLayout());
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.lang = 'en';
  });

  /** docs/MARKUP.md "The Share dialog": no aria-label, h2, audience button, Lexical box with only aria-placeholder, "Share now" in a form. */
  function shareDialog(prefix: string, name: string, shareNow: string): HTMLElement {
    const d = document.createElement('div');
    d.setAttribute('role', 'dialog');
    d.setAttribute('aria-labelledby', 'share-title');
    const h2 = document.createElement('h2');
    h2.id = 'share-title';
    h2.textContent = 'Share';
    const form = document.createElement('form');
    form.method = 'POST';
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.setAttribute('role', 'textbox');
    box.setAttribute('aria-placeholder', 'Say something about this (optional)');
    form.append(box, button(shareNow, shareNow));
    d.append(h2, button(`${prefix}${name}. `, name), form);
    document.body.append(d);
    return d;
  }

  it('reads a Share dialog without an aria-label, and anchors above "Share now"', () => {
    const d = shareDialog('Edit privacy. Sharing with ', 'Public', 'Share now');
    const [c] = findComposers(document);
    expect(c).toMatchObject({ root: d, kind: 'post', audience: 'public', canMakePrivate: true });
    const form = d.querySelector('form')!;
    expect(c!.anchor.parent).toBe(d);
    expect(c!.anchor.before).toBe(form);
  });

  it('reads the language from a known prefix when lang is missing (vi Share dialog)', () => {
    document.documentElement.removeAttribute('lang');
    shareDialog('Chỉnh sửa quyền riêng tư. Đang chia sẻ với ', 'Công khai', 'Chia sẻ ngay');
    expect(findComposers(document)[0]?.audience).toBe('public');
  });

  it('the unknown notice sits above the publish button too, in a language we do not know', () => {
    document.documentElement.lang = 'fi';
    const footer = document.createElement('div');
    footer.append(button('Julkaise', 'Julkaise'));
    const d = document.createElement('div');
    d.setAttribute('role', 'dialog');
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.setAttribute('role', 'textbox');
    d.append(box, footer);
    document.body.append(d);
    const [c] = findComposers(document);
    expect(c?.audience).toBe('unknown');
    expect(c?.anchor.before).toBe(footer);
  });
});
