import { describe, expect, it } from 'vitest';
import { isBackgroundToContent, isContentToBackground, isFromOurContentScript, isPopupToContent, isTabStatus, onDemandTarget } from './messages';

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

describe('on-demand scripts', () => {
  it('accepts only the known scripts by name', () => {
    expect(isContentToBackground({ type: 'content:load-script', script: 'own-posts' })).toBe(true);
    expect(isContentToBackground({ type: 'content:load-script', script: 'facebook-switch' })).toBe(true);
    expect(isContentToBackground({ type: 'content:load-script', script: 'bug-report' })).toBe(true);
    expect(isContentToBackground({ type: 'content:load-script', script: 'src/content/own-posts.js' })).toBe(false);
    expect(isContentToBackground({ type: 'content:load-script' })).toBe(false);
  });

  it('injects only into the sending Facebook frame of our own content script', () => {
    const id = 'ext';
    const fb = { id, frameId: 0, url: 'https://www.facebook.com/ana', tab: { id: 4, url: 'https://www.facebook.com/ana' } };
    expect(onDemandTarget(fb, id)).toEqual({ tabId: 4, frameIds: [0] });
    expect(onDemandTarget({ ...fb, frameId: 3 }, id)).toEqual({ tabId: 4, frameIds: [3] });
    expect(onDemandTarget({ ...fb, id: 'other' }, id)).toBeNull();
    expect(onDemandTarget({ ...fb, frameId: undefined }, id)).toBeNull();
    // A frame of another site inside a Facebook tab, and an Instagram tab.
    expect(onDemandTarget({ ...fb, url: 'https://evil.example/' }, id)).toBeNull();
    expect(onDemandTarget({ id, frameId: 0, url: 'https://www.instagram.com/', tab: { id: 4, url: 'https://www.instagram.com/' } }, id)).toBeNull();
  });
});
