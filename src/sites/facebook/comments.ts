// Facebook's comment boxes (docs/MARKUP.md "Posts already published (for comments)"): a
// `div[role="textbox"][contenteditable="true"]` inside a `<form>`, inside a post's container
// (high). Its label is "Comment as <name>" on every surface, so the box is found by this
// structure, never by its label; who will see the comment is read from the post itself
// (post-audience.ts). Comments are themselves `[role="article"]`s: a reply box's nearest
// container is the comment, and the post is the first container outward whose header says
// its audience.
import type { CommentBox, CommentSupport, CommentVerdict } from '../site';
import { FORM, POST_CONTAINER, TEXTBOX } from './selectors';
import { readPostAudience } from './post-audience';

/** A feed post (older `[role=article]`, newer `div[aria-posinset]`) or a post open in a dialog (medium). */
export const POST_CONTAINERS = POST_CONTAINER;

/** The containers around `el`, innermost first, up to (and with) the dialog it is in. */
function containersAround(el: Element): Element[] {
  const chain: Element[] = [];
  for (let c = el.closest(POST_CONTAINERS); c; c = c.parentElement?.closest(POST_CONTAINERS) ?? null) {
    chain.push(c);
    if (c.getAttribute('role') === 'dialog') break;
  }
  return chain;
}

export function findCommentBox(el: Element, doc: Document): CommentBox | null {
  if (!el.matches(TEXTBOX)) return null;
  const form = el.closest(FORM);
  const parent = form?.parentElement;
  if (!form || !parent) return null;
  const chain = containersAround(form);
  if (chain.length === 0) return null;
  const post = chain.find((c) => readPostAudience(c, doc) !== 'unknown') ?? chain[chain.length - 1];
  if (!post || !post.contains(parent)) return null;
  // Above the box's form, below the comments already written: next to where the person types.
  return { box: el, post, anchor: { parent, before: form } };
}

export function commentVerdict(target: CommentBox, doc: Document): CommentVerdict {
  const audience = readPostAudience(target.post, doc);
  return audience === 'public' ? { audience, messageKey: 'commentWarningFacebook' } : { audience };
}

export const facebookComments: CommentSupport = {
  boxSelector: TEXTBOX,
  find: findCommentBox,
  isEmpty: (box) => (box.textContent ?? '').trim() === '',
  verdict: commentVerdict,
};
