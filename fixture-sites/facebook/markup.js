// Facebook's markup, as docs/MARKUP.md describes it: the pieces Audience Guard reads (a post's
// header with its audience icon or "Edit audience" button, comment forms, the composer dialog
// and its audience button, the own profile's "Edit profile"), and the post around them. One
// set of builders for every Facebook page of the imitation: the pages e2e and the demo open
// (sim.js, feed-posts.js, profile.js) and the bench's heavy pages (bench/workloads/), so
// what the extension meets in a test is what it is measured on. The bench adds only its
// workload (the scale, generated class names, churn, timing), never markup of its own.
//
// window.__fbMarkup(h) returns the builders made with a page's own element factory
// h(tag, attrs, ...children): `attrs` are attributes, `children` nodes or strings. Each page
// keeps its own look that way (inline styles here, generated atomic classes in the bench),
// and whatever a caller adds in an `attrs` argument (a listener, a test hook, its styling)
// reaches the page's h untouched. Null and undefined attributes and children are dropped
// before h sees them. h must make svg, g, path, title and image in the SVG namespace.
(() => {
  'use strict';

  /** @param {Record<string, unknown> | null | undefined} attrs */
  function clean(attrs) {
    const out = {};
    for (const [name, value] of Object.entries(attrs || {})) if (value !== null && value !== undefined) out[name] = value;
    return out;
  }

  window.__fbMarkup = (pageH) => {
    const h = (tag, attrs, ...children) => pageH(tag, clean(attrs), ...children.filter((c) => c !== null && c !== undefined && c !== false));

    /** A decorative icon (the "…" menu, a reaction, a shortcut); `label` names it for screen readers. */
    const icon = (label) => h('svg', { viewBox: '0 0 20 20', width: '20', height: '20', 'aria-hidden': 'true', 'aria-label': label || null }, h('path', { d: 'M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16z' }));
    /** A person's or a Page's round picture. */
    const avatar = (label) => h('svg', { width: '40', height: '40', role: 'img', 'aria-label': label || null }, h('g', null, h('image', { width: '40', height: '40' })));
    /** The header's audience icon: `<svg title="Shared with Public"><title>Shared with Public</title>…</svg>` (high). */
    const audienceIcon = (title) => h('svg', { role: 'img', viewBox: '0 0 12 12', width: '12', height: '12', title }, h('title', null, title), h('path', { d: 'M6 0a6 6 0 1 0 0 12A6 6 0 0 0 6 0z' }));
    /** On one's own posts the icon is a button named "Edit audience" (medium). */
    const editAudienceButton = (iconEl, attrs) => h('div', { role: 'button', tabindex: '0', 'aria-label': 'Edit audience', ...attrs }, iconEl);
    /** The post's "…" menu button (its icon carries no title, as the real one). */
    const actionsButton = (attrs) => h('div', { role: 'button', tabindex: '0', 'aria-label': 'Actions for this post', 'aria-haspopup': 'menu', ...attrs }, icon(null));

    /**
     * A post's header: the author's picture and name (links to their profile), the timestamp
     * permalink, then the audience (an icon or the "Edit audience" button; none on group
     * posts, where the group's privacy decides) and the "…" menu.
     * @param {{ id?: string, author: string, href: string, permalink: string, time: string, timeLabel?: string,
     *   timeAttrs?: object, audience?: Node | null, actions?: Node }} o
     */
    function postHeader(o) {
      return h('div', null,
        h('div', null,
          h('a', { href: o.href, 'aria-label': o.author, tabindex: '0' }, avatar(null)),
          h('div', null,
            h('h4', { id: o.id }, h('span', null, h('a', { href: o.href }, h('strong', null, h('span', null, o.author))))),
            h('div', null,
              h('span', null, h('span', null, h('a', { href: o.permalink, 'aria-label': o.timeLabel }, h('span', o.timeAttrs, o.time)))),
              h('span', { 'aria-hidden': 'true' }, ' · '),
              o.audience ? h('span', null, o.audience) : null,
            ),
          ),
          o.actions || actionsButton(null),
        ),
      );
    }

    /** The post's text, a paragraph per string. */
    const postText = (...paragraphs) => h('div', { dir: 'auto' }, h('div', null, ...paragraphs.map((p) => h('div', { dir: 'auto' }, p))));
    /** A photo, a link to its own page. */
    const postPhoto = (href, alt) => h('div', null, h('a', { href, role: 'link' }, h('div', null, h('img', { alt, src: 'data:,' }))));
    /** Reaction, comment and share counts. @param {{ likes: string, comments: string, shares: string, likesAttrs?: object }} o */
    const postCounts = (o) => h('div', null,
      h('div', null,
        h('span', { role: 'toolbar', 'aria-label': 'See who reacted to this' }, h('span', null, icon('Like')), h('span', null, icon('Love'))),
        h('span', o.likesAttrs, o.likes),
      ),
      h('div', null, h('span', null, o.comments), h('span', null, o.shares)),
    );
    const actionButton = (label) => h('div', { role: 'button', tabindex: '0', 'aria-label': label, 'aria-pressed': 'false' }, h('span', null, h('i', { 'data-visualcompletion': 'css-img' }), h('span', null, label)));
    /** Like, Comment, Share. */
    const postActions = (...labels) => h('div', null, h('div', null, ...labels.map(actionButton)));

    /** A comment box: a Lexical text box labelled "Comment as <name>" (high). */
    const commentBox = (label, attrs, text) => h('div', { contenteditable: 'true', role: 'textbox', spellcheck: 'true', tabindex: '0', 'aria-label': label, ...attrs }, h('p', null, text || h('br', null)));
    /** The comment box's form; `before` (the writer's picture) comes first. */
    const commentForm = (box, { attrs, before, boxWrapAttrs } = {}) => h('form', { method: 'POST', ...attrs }, before || null, h('div', boxWrapAttrs, box));
    /** A collapsed comment field ("Write a comment…"), as under posts on a profile. */
    const commentPrompt = (label) => h('div', null, h('div', null, h('div', { 'aria-label': label, tabindex: '0' }, h('span', null, label))));

    /** A feed unit: the post's article (`aria-labelledby` its header, `aria-posinset` its place) in React's wrappers. */
    const feedUnit = ({ pagelet, headingId, posinset, attrs }, ...children) =>
      h('div', { 'data-pagelet': pagelet }, h('div', null, h('div', null,
        h('div', { role: 'article', 'aria-labelledby': headingId, 'aria-posinset': posinset, ...attrs }, h('div', null, h('div', null, ...children))))));

    // ----- the composer (docs/MARKUP.md "The composer dialog", "The audience button")
    /** `div[role=dialog][aria-modal=true]`, labelled "Create post" (or "Edit post"...). */
    const dialog = (label, attrs, ...children) => h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-label': label, ...attrs }, ...children);
    /**
     * The audience button: its aria-label "Edit privacy. Sharing with Public." and the
     * audience's visible name between an icon and a chevron.
     * @param {{ label: string, name: string, icon: Node, chevron?: Node, attrs?: object }} o
     */
    const audienceButton = (o) => h('div', { role: 'button', tabindex: '0', 'aria-label': o.label, ...o.attrs },
      h('div', null, h('div', null, o.icon), h('div', null, h('span', { dir: 'auto' }, o.name)), o.chevron || h('i', { 'data-visualcompletion': 'css-img' })));
    /** The Lexical editor of the composer. */
    const composerEditor = (label, attrs, ...children) => h('div', { contenteditable: 'true', role: 'textbox', spellcheck: 'true', tabindex: '0', 'aria-label': label, 'data-lexical-editor': 'true', ...attrs }, ...children);
    const toolButton = (label) => h('div', { role: 'button', tabindex: '0', 'aria-label': label }, h('span', null, h('img', { alt: '', src: 'data:,', height: '24', width: '24' })));
    /**
     * The whole "Create post" dialog in one piece: heading and close button, the author with
     * the audience button, the editor and its placeholder, "Add to your post" and Post.
     * @param {{ title: string, closeLabel: string, author: string, audience: Node, audienceSlotAttrs?: object,
     *   editor: Node, placeholder: string, placeholderId: string, addTo: string, tools: string[], submitLabel: string }} o
     */
    const composerDialog = (o) => dialog(o.title, { tabindex: '-1' },
      h('form', { method: 'POST' }, h('div', null, h('div', null,
        h('div', null, h('h2', { dir: 'auto' }, h('span', null, o.title)), h('div', { role: 'button', tabindex: '0', 'aria-label': o.closeLabel }, icon(null))),
        h('div', null, h('div', null,
          avatar(o.author),
          h('div', null, h('span', null, h('span', null, o.author)), h('div', o.audienceSlotAttrs, o.audience)),
        )),
        h('div', null, h('div', null, o.editor, h('div', { id: o.placeholderId, 'aria-hidden': 'true' }, o.placeholder))),
        h('div', null, h('div', null, h('span', null, o.addTo), ...o.tools.map(toolButton))),
        h('div', null, h('div', { role: 'button', tabindex: '0', 'aria-label': o.submitLabel, 'aria-disabled': 'true' }, h('span', null, h('span', null, o.submitLabel)))),
      ))),
    );

    // ----- pages
    /** The top bar: the Facebook logo link home, then `children` (the search box...). */
    const banner = (attrs, ...children) => h('div', { role: 'banner', ...attrs }, h('a', { href: '/', 'aria-label': 'Facebook' }, icon(null)), ...children);
    /**
     * A profile's head: the name, then "Edit profile" and "+ Add to story" on one's own
     * profile (high), "Add friend" and "Message" on someone else's.
     * @param {{ name: string, own: boolean, attrs?: object, buttonAttrs?: object }} o
     */
    const profileHead = (o) => h('div', o.attrs, h('h1', null, o.name), h('div', null,
      ...(o.own ? ['Edit profile', '+ Add to story'] : ['Add friend', 'Message']).map((text) => h('div', { role: 'button', tabindex: '0', ...o.buttonAttrs }, h('span', null, text)))));

    return {
      icon, avatar, audienceIcon, editAudienceButton, actionsButton, postHeader, postText, postPhoto, postCounts, postActions,
      commentBox, commentForm, commentPrompt, feedUnit, dialog, audienceButton, composerEditor, composerDialog, banner, profileHead,
    };
  };
})();
