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
