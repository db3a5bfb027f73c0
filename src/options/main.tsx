import { render } from 'preact';
import { Options } from './Options';
import { t } from '../lib/i18n';
import { uiLocale } from '../lib/ui-locale';
import './page.css';

document.documentElement.lang = uiLocale();
document.title = t('optionsTitle');

const app = document.getElementById('app');
if (app) render(<Options />, app);
