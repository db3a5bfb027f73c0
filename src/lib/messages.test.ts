import { describe, expect, it } from 'vitest';
import { isBackgroundToContent, isContentToBackground, isFromOurContentScript, isPopupToContent, isTabStatus } from './messages';

const status = { site: 'facebook', audience: 'public', canMakePrivate: true, state: 'warning', muted: false, enabled: true };

describe('message validation', () => {
  it('accepts the known message types with their shapes', () => {
    expect(isPopupToContent({ type: 'popup:get-status' })).toBe(true);
    expect(isPopupToContent({ type: 'popup:make-private' })).toBe(true);
    expect(isContentToBackground({ type: 'content:status', status })).toBe(true);
    expect(isBackgroundToContent({ type: 'background:instagram-privacy-result', ok: true })).toBe(true);
  });

  it('rejects unknown types, wrong directions and malformed payloads', () => {
    expect(isPopupToContent({ type: 'content:status', status })).toBe(false);
    expect(isPopupToContent('popup:get-status')).toBe(false);
    expect(isPopupToContent(null)).toBe(false);
    expect(isContentToBackground({ type: 'popup:make-private' })).toBe(false);
    expect(isContentToBackground({ type: 'content:status', status: { ...status, audience: 'everyone' } })).toBe(false);
    expect(isContentToBackground({ type: 'content:status' })).toBe(false);
    expect(isBackgroundToContent({ type: 'background:instagram-privacy-result', ok: 'yes' })).toBe(false);
    expect(isTabStatus({ ...status, site: 'twitter' })).toBe(false);
  });

  it('tells our content scripts on the supported sites from everyone else', () => {
    const id = 'ext';
    expect(isFromOurContentScript({ id, tab: { id: 4, url: 'https://www.facebook.com/' } }, id)).toBe(true);
    expect(isFromOurContentScript({ id, tab: { id: 4, url: 'https://www.instagram.com/p/1' } }, id)).toBe(true);
    expect(isFromOurContentScript({ id: 'other', tab: { id: 4, url: 'https://www.facebook.com/' } }, id)).toBe(false);
    expect(isFromOurContentScript({ id, tab: { id: 4, url: 'https://www.facebook.com.evil.example/' } }, id)).toBe(false);
    expect(isFromOurContentScript({ id, url: 'chrome-extension://ext/popup.html' }, id)).toBe(false);
  });
});
