import { describe, expect, it } from 'vitest';
import { badgeFor } from './badge';
import type { TabStatus } from '../lib/messages';

const base: TabStatus = { site: 'facebook', audience: 'public', canMakePrivate: true, state: 'warning', muted: false, enabled: true };

describe('badgeFor', () => {
  it('shows "!" with the public title while a public composer warns', () => {
    expect(badgeFor(base)).toEqual({ text: '!', titleKey: 'badgeTitlePublic' });
    expect(badgeFor({ ...base, state: 'switching' }).text).toBe('!');
    expect(badgeFor({ ...base, state: 'error' }).text).toBe('!');
  });
  it.each<[string, Partial<TabStatus>]>([
    ['no composer (no host)', { state: null }],
    ['no composer on Facebook', { audience: 'none', state: null }],
    ['Instagram account public but no post being written', { site: 'instagram', state: null }],
    ['switched: done', { state: 'done', audience: 'friends' }],
    ['audience Friends', { audience: 'friends', state: null }],
    ['audience unknown', { audience: 'unknown' }],
    ['muted', { muted: true, state: null }],
    ['muted, even with a stale state', { muted: true }],
    ['site switched off', { enabled: false }],
  ])('clears for %s', (_name, change) => {
    expect(badgeFor({ ...base, ...change })).toEqual({ text: '', titleKey: 'actionTitle' });
  });
});

describe('badgeFor, comments', () => {
  const commenting: TabStatus = { ...base, audience: 'none', canMakePrivate: false, state: null, comment: 'public' };
  it('shows "!" with the comment title while a comment box under a public post warns', () => {
    expect(badgeFor(commenting)).toEqual({ text: '!', titleKey: 'badgeTitleComment' });
  });
  it('a public composer keeps its own title', () => {
    expect(badgeFor({ ...base, comment: 'public' })).toEqual({ text: '!', titleKey: 'badgeTitlePublic' });
  });
  it.each<[string, Partial<TabStatus>]>([
    ['muted', { muted: true }],
    ['site switched off', { enabled: false }],
    ['no comment warning', { comment: undefined }],
  ])('clears for %s', (_name, change) => {
    expect(badgeFor({ ...commenting, ...change })).toEqual({ text: '', titleKey: 'actionTitle' });
  });
});
