// Content-script entry for www.instagram.com: one standalone IIFE (no loader, nothing
// web-accessible), with the features Instagram has: the composer and comment warnings.
import { startContentScript } from './start';
import { instagram } from '../sites/instagram';
import { commentWarnings } from './comment-warnings';

startContentScript(instagram, 'www.instagram.com', [commentWarnings]);
