// Content-script entry for www.facebook.com: one standalone IIFE (no loader, nothing
// web-accessible).
import { startContentScript } from './start';
import { facebook } from '../sites/facebook';

startContentScript(facebook, 'www.facebook.com');
