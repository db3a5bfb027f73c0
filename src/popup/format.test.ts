import { describe, expect, it } from 'vitest';
import { formatFactDate, themeFrom } from './format';

describe('formatFactDate', () => {
  it('writes a fact date in the UI language, on the stated day whatever the time zone', () => {
    expect(formatFactDate('2024-02-01', 'en-GB')).toBe('1 Feb 2024');
    expect(formatFactDate('2024-02-01', 'en')).toMatch(/Feb 1, 2024/);
    expect(formatFactDate('2024-09-13', 'de')).toMatch(/13\. Sept?\.? 2024/);
  });
  it('falls back to the ISO date when it cannot format', () => {
    expect(formatFactDate('not-a-date', 'en')).toBe('not-a-date');
    expect(formatFactDate('2024-02-01', '!!')).toBe('2024-02-01');
  });
});

describe('themeFrom', () => {
  it('reads ?theme=dark|light and ignores anything else', () => {
    expect(themeFrom('?tabId=3&theme=dark')).toBe('dark');
    expect(themeFrom('?theme=light')).toBe('light');
    expect(themeFrom('?theme=blue')).toBeNull();
    expect(themeFrom('')).toBeNull();
  });
});
