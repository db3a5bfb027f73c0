// The popup's entry. URL parameters (docs/CONTRACT.md and the demo):
//   ?tabId=N        report on tab N instead of the active tab (tests, screenshots);
//   &theme=dark     force the dark (or `light`) colour scheme; otherwise the system's.
// The language follows the browser's UI language (chrome.i18n), e.g. Chromium's --lang=de.
import { render } from 'preact';
import { Popup, startLoading } from './Popup';
import { themeFrom } from './format';
import { t } from '../lib/i18n';
import { uiLocale } from '../lib/ui-locale';
import './popup.css';

// Asked first, so the round trip to the tab runs while the popup renders.
const early = startLoading(location.search);

const theme = themeFrom(location.search);
if (theme) document.documentElement.dataset.theme = theme;
document.documentElement.lang = uiLocale();
document.title = t('extName');

const app = document.getElementById('app');
if (app) {
  render(<Popup early={early} />, app);
  // The benchmark reads this mark: time from navigation start to the first render.
  performance.mark('audience-guard:popup-rendered');
}
