// The language the UI strings are actually in. chrome.i18n picks the messages.json by the
// browser's UI language, but getUILanguage() and navigator.language do not always agree with
// that choice (Chromium started with --lang=de still reports en-US), so each messages.json
// names its own language in the `uiLocale` key. Used for <html lang> and for writing dates.
import { t, uiLanguage } from './i18n';

export function uiLocale(): string {
  const tag = t('uiLocale');
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : uiLanguage();
}
