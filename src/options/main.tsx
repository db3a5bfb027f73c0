import { render } from 'preact';
import { Options } from './Options';
import { t, uiLanguage } from '../lib/i18n';
import './page.css';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');

const app = document.getElementById('app');
if (app) render(<Options />, app);
