import { describe, it, expect } from 'vitest';
import { findCreateDialogs } from './create-dialog';
import { LEXICON } from './lexicon';

// Shapes of the real dialog (docs/MARKUP.md "Creating a post"), with generated class names.
const SELECT = `<div role="dialog" class="x1n2onr6 x1vjfegm"><div class="xabc"><div class="x1"><h1 class="x2">Create new post</h1></div>
  <div class="x3"><span>Drag photos and videos here</span><button>Select from computer</button>
  <form><input type="file" accept="image/jpeg,image/png,video/mp4" style="display:none"></form></div></div></div>`;
const CROP = `<div role="dialog"><div class="x9"><div role="button" aria-label="Back"></div><h1>Crop</h1><div role="button">Next</div></div><div class="body"><img alt=""></div></div>`;
const SHARE = (heading = 'Create new post', share = 'Share', caption = 'Write a caption...') =>
  `<div role="dialog"><div class="card"><div class="header"><div role="button" aria-label="Back"></div><h1>${heading}</h1><div role="button">${share}</div></div>
  <div class="body"><div contenteditable="true" role="textbox" aria-label="${caption}"></div></div></div></div>`;

function page(html: string, lang = 'en'): Document {
  const doc = document.implementation.createHTMLDocument('Instagram');
  doc.documentElement.setAttribute('lang', lang);
  doc.body.innerHTML = html.replace(/>\s+</g, '><');
  return doc;
}

describe('finding "Create new post"', () => {
  it('finds the select step by its heading, anchored right under the header', () => {
    const doc = page(SELECT);
    const [dialog] = findCreateDialogs(doc, LEXICON.en);
    expect(dialog?.by).toBe('labels');
    const header = doc.querySelector('h1')?.parentElement;
    expect(dialog?.anchor.parent).toBe(header?.parentElement);
    expect(dialog?.anchor.before).toBe(header?.nextSibling);
  });

  it('finds the share step and anchors under the header row that holds Share', () => {
    const doc = page(SHARE());
    const [dialog] = findCreateDialogs(doc, LEXICON.en);
    expect(dialog?.root).toBe(doc.querySelector('[role=dialog]'));
    expect(dialog?.anchor.parent).toBe(doc.querySelector('.card'));
    expect(dialog?.anchor.before).toBe(doc.querySelector('.body'));
  });

  it('finds a crop or edit step by its step heading together with Next', () => {
    expect(findCreateDialogs(page(CROP), LEXICON.en)).toHaveLength(1);
    expect(findCreateDialogs(page('<div role="dialog"><h1>Edit</h1><div role="button">Done</div></div>'), LEXICON.en)).toHaveLength(0);
  });

  it('reads Brazilian Portuguese', () => {
    const doc = page(SHARE('Criar novo post', 'Compartilhar', 'Escreva uma legenda...'), 'pt-BR');
    const [dialog] = findCreateDialogs(doc, LEXICON.pt);
    expect(dialog?.by).toBe('labels');
    expect(dialog?.anchor.before).toBe(doc.querySelector('.body'));
  });

  it('keeps recognising a dialog through the steps whose heading changes', () => {
    const doc = page(SELECT);
    const root = doc.querySelector('[role=dialog]') as Element;
    expect(findCreateDialogs(doc, LEXICON.en)).toHaveLength(1);
    root.innerHTML = '<div><h1>Zuschneiden</h1><div role="button">?</div></div>';
    expect(findCreateDialogs(doc, LEXICON.en)[0]?.root).toBe(root);
  });

  it('in an unknown language, finds the dialog only by its file input, as "structure"', () => {
    const doc = page(SELECT.replace('Create new post', '新規投稿を作成'), 'ja');
    expect(findCreateDialogs(doc, null)[0]?.by).toBe('structure');
    expect(findCreateDialogs(page(SHARE('新規投稿を作成', 'シェア', 'キャプション'), 'ja'), null)).toHaveLength(0);
  });

  it('ignores other dialogs: the privacy confirmation, a hidden one, a file input for documents', () => {
    const confirm = '<div role="dialog"><h3>Switch to private account?</h3><button>Switch to private</button><button>Cancel</button></div>';
    expect(findCreateDialogs(page(confirm), LEXICON.en)).toHaveLength(0);
    expect(findCreateDialogs(page(`<div aria-hidden="true">${SELECT}</div>`), LEXICON.en)).toHaveLength(0);
    expect(findCreateDialogs(page('<div role="dialog"><input type="file" accept=".pdf"></div>'), LEXICON.en)).toHaveLength(0);
    expect(findCreateDialogs(page('<div><h1>Create new post</h1></div>'), LEXICON.en)).toHaveLength(0);
  });

  it('never anchors before its own warning host, so a placed host stays put', () => {
    const doc = page(SHARE());
    const card = doc.querySelector('.card') as Element;
    const host = doc.createElement('div');
    host.setAttribute('data-audience-guard', 'warning');
    card.insertBefore(host, doc.querySelector('.body'));
    const [dialog] = findCreateDialogs(doc, LEXICON.en);
    expect(dialog?.anchor.before).toBe(doc.querySelector('.body'));
  });

  it('reports a dialog nested in another one once', () => {
    const doc = page(`<div role="dialog">${SHARE()}</div>`);
    const found = findCreateDialogs(doc, LEXICON.en);
    expect(found).toHaveLength(1);
    expect(found[0]?.root).toBe(doc.body.firstElementChild);
  });

  it('recognises the German and Italian flows by the sourced words alone, whatever the heading', () => {
    const select = page(`<div role="dialog"><h1>?</h1><button>Vom Computer auswählen</button><input type="file" accept="image/png"></div>`, 'de');
    expect(findCreateDialogs(select, LEXICON.de)[0]?.by).toBe('labels');
    const de = page(SHARE('?', 'Teilen', 'Bildunterschrift verfassen …'), 'de');
    expect(findCreateDialogs(de, LEXICON.de)[0]?.by).toBe('labels');
    expect(findCreateDialogs(de, LEXICON.de)[0]?.anchor.before).toBe(de.querySelector('.body'));
    const italian = page(SHARE('?', 'Condividi', 'Scrivi una didascalia…'), 'it');
    expect(findCreateDialogs(italian, LEXICON.it)[0]?.by).toBe('labels');
  });
});
