// What the bench's two workloads (feed.js, profile.js) share, loaded before either: seeded
// random numbers, so a session does the same work in every run; the element factory the
// imitation's markup builders are given; and the next animation frame, failing loudly where
// a page gets none (hidden behind another window would stall the benchmark forever).
// window.__benchKit.
(() => {
  'use strict';
  /** mulberry32: a small seeded PRNG. @param {number} seed @returns {() => number} in [0, 1) */
  function rng(seed) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const SVG_TAGS = new Set(['svg', 'path', 'g', 'title', 'image']);
  /**
   * An element factory, h('div', { role: 'button' }, 'text', h(...)); with `classOf`, every
   * element gets its generated class names first, as on the live site.
   * @param {(() => string) | null} classOf
   */
  function elementFactory(classOf) {
    /** @param {string} tag @param {Record<string, string> | null} attrs @param {...(Node|string|null)} children */
    return function h(tag, attrs, ...children) {
      const el = SVG_TAGS.has(tag) ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
      if (classOf) el.setAttribute('class', classOf());
      if (attrs) for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      for (const child of children) {
        if (child === null) continue;
        el.append(typeof child === 'string' ? document.createTextNode(child) : child);
      }
      return el;
    };
  }
  /** @returns {Promise<void>} */
  const nextFrame = () => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no animation frame for 10 s: is the page hidden?')), 10000);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
  window.__benchKit = { rng, nextFrame, elementFactory };
})();
