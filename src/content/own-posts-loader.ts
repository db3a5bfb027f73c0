// Loads the own-posts feature (own-posts-entry.ts, a script of its own) only where it can
// act: the first time the page shows a control only the person's own posts have, the
// background is asked to inject it into this frame. Read from the records the one watcher
// already takes (added subtrees, changed labels) and once from the whole page when the site
// is switched on: no query of the whole document per frame.
import { loadScript } from '../lib/on-demand';
import type { Feature, FeatureFactory } from './feature';

/** What a site says about its own-post controls (src/sites/<site>/own-posts-controls.ts). */
export interface OwnControls {
  /** Attributes the own-posts feature reads: watched from the start for it. */
  readonly attributes: readonly string[];
  /** Whether `scope` (an added subtree, or the document) holds one of the controls. */
  shows(scope: ParentNode, doc: Document): boolean;
}

export function loadOwnPostsOnSight(site: OwnControls): FeatureFactory {
  return (ctx) => {
    /** The background was asked (or the feature runs): nothing more to look for. */
    let asked = false;
    /** Read the whole page on the next pass (the site was switched on). */
    let full = false;
    let seen = false;
    const ask = (): void => {
      asked = true;
      // Not injected (the tab cannot be scripted now): look again on the next sighting.
      void loadScript('own-posts').then((ok) => (asked = ok));
    };
    const feature: Feature = {
      attributes: site.attributes,
      start() {
        full = !asked;
      },
      note(record) {
        if (asked || seen || full) return false;
        if (record.type === 'childList') {
          for (const node of record.addedNodes) if (node instanceof Element && site.shows(node, ctx.doc)) seen = true;
        } else if (record.attributeName === 'aria-label' && record.target instanceof Element) {
          seen = site.shows(record.target, ctx.doc);
        }
        // A pass asks for the feature's script.
        return seen;
      },
      reconcile() {
        if (asked) return;
        if (full) seen = site.shows(ctx.doc, ctx.doc);
        full = false;
        if (seen) ask();
        seen = false;
      },
      hostDetached: () => false,
      clear() {
        seen = false;
      },
    };
    return feature;
  };
}
