// Content-script entry for www.instagram.com: one standalone IIFE (no loader, nothing
// web-accessible).
import { startContentScript } from './start';
import { instagram } from '../sites/instagram';

startContentScript(instagram, 'www.instagram.com');
