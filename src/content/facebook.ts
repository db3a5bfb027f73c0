// Content-script entry for www.facebook.com: one standalone IIFE (no loader, nothing
// web-accessible). The composer and comment warnings are in it; the own-posts feature is a
// second script (own-posts-entry.ts), injected only once the page shows one of the person's
// own posts (own-posts-loader.ts).
import { startContentScript } from './start';
import { facebook } from '../sites/facebook';
import { commentWarnings } from './comment-warnings';
import { loadOwnPostsOnSight } from './own-posts-loader';
import { facebookOwnControls } from '../sites/facebook/own-posts-controls';

startContentScript(facebook, 'www.facebook.com', [commentWarnings, loadOwnPostsOnSight(facebookOwnControls)]);
