import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseFriends } from './chooser';
import { LEXICON } from './lexicon';
import { giveLayout } from '../../test-layout';

const en = LEXICON.en!;

function button(label: string | null, text: string, onClick: () => void = () => undefined): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('role', 'button');
  if (label) el.setAttribute('aria-label', label);
  el.textContent = text;
  el.addEventListener('click', onClick);
  return el;
}

/**
 * An in-place chooser with label-less rows (docs/MARKUP.md variant 2): a div holding the
 * option's title and, in a wrapper of its own, the radio; a click on the row does nothing.
 */
function inPlaceChooser(options: string[]): { dialog: HTMLElement; panel: HTMLElement; radio: (name: string) => HTMLInputElement } {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const panel = document.createElement('div');
  for (const name of options) {
    const row = document.createElement('div');
    const title = document.createElement('span');
    title.textContent = name;
    const wrap = document.createElement('div');
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'audience';
    radio.value = name;
    radio.checked = name === 'Public';
    wrap.append(radio);
    row.append(title, wrap);
    panel.append(row);
  }
  panel.append(
    button(null, 'Cancel', () => panel.remove()),
    button('Done with privacy audience selection and close dialog', 'Done', () => panel.remove()),
  );
  dialog.append(panel);
  document.body.append(dialog);
  const radio = (name: string) => [...panel.querySelectorAll('input')].find((r) => r.value === name)!;
  return { dialog, panel, radio };
}

describe('chooseFriends', () => {
  beforeEach(() => giveLayout());
  afterEach(() => document.body.replaceChildren());

  it('picks Friends in a chooser whose rows have no <label> (the click goes to the radio), confirms and waits for it to close', async () => {
    const { dialog, panel, radio } = inPlaceChooser(['Public', 'Friends', 'Only me']);
    const friends = radio('Friends');
    const onlyMe = radio('Only me');
    const result = await chooseFriends(document, dialog, en, new AbortController().signal);
    expect(result).toEqual({ ok: true, audience: 'friends' });
    expect(friends.checked).toBe(true);
    expect(onlyMe.checked).toBe(false);
    expect(panel.isConnected).toBe(false);
  });

  it('with no Friends row picks nothing else (not Only me), backs out and says so', async () => {
    const { dialog, panel, radio } = inPlaceChooser(['Public', 'Only me']);
    const result = await chooseFriends(document, dialog, en, new AbortController().signal);
    expect(result).toMatchObject({ ok: false, messageKey: 'errorFacebookNoFriends' });
    expect(radio('Only me').checked).toBe(false);
    expect(radio('Public').checked).toBe(true);
    expect(panel.isConnected).toBe(false);
  });

  it('a chooser opened for a post (a separate dialog) is driven the same way', async () => {
    const post = document.createElement('div');
    post.setAttribute('role', 'article');
    document.body.append(post);
    const { dialog, radio } = inPlaceChooser(['Public', 'Friends']);
    const result = await chooseFriends(document, post, en, new AbortController().signal);
    expect(result.ok).toBe(true);
    expect(radio('Friends').checked).toBe(true);
    expect(dialog.querySelector('input')).toBeNull();
  });
});
