// Every UI string goes through _locales (ext().i18n). A missing key shows the key itself,
// which the locale-completeness test makes impossible in a release.
import { ext } from './ext';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    return ext().i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/** The UI language the browser chose for our strings (e.g. "pt-BR"). */
export function uiLanguage(): string {
  try {
    return ext().i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
