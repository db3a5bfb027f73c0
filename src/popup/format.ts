// Dates in the reader's language: a fact's date is part of the fact ("1 Feb 2024"), written
// the way the UI language writes dates. Facts store ISO dates (src/lib/facts.ts).
export function formatFactDate(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  } catch {
    return iso;
  }
}

/** `?theme=dark|light` forces a colour scheme (the demo's screenshots); otherwise the system's. */
export function themeFrom(search: string): 'dark' | 'light' | null {
  const theme = new URLSearchParams(search).get('theme');
  return theme === 'dark' || theme === 'light' ? theme : null;
}

/** "December 2026" in the UI language: when the facts were last reviewed. */
export function formatMonthYear(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  } catch {
    return iso;
  }
}
