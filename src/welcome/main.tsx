// The first-run page, opened once on install by the background: in half a screen, what
// Audience Guard does, that it sends nothing anywhere, and how to try it.
import { render } from 'preact';
import { t } from '../lib/i18n';
import { uiLocale } from '../lib/ui-locale';
import { ext } from '../lib/ext';
import '../options/page.css';

function Welcome() {
  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeWhat')}</p>
      <p>
        <strong>{t('welcomeNothingSent')}</strong>
      </p>
      <section aria-labelledby="try-title">
        <h2 id="try-title">{t('welcomeTryTitle')}</h2>
        <ul>
          <li>{t('welcomeTryFacebook')}</li>
          <li>{t('welcomeTryInstagram')}</li>
          <li>{t('welcomeComments')}</li>
          <li>{t('welcomeTryPopup')}</li>
        </ul>
      </section>
      <p>
        <a href={ext().runtime.getURL('src/options/index.html')}>{t('welcomeSettings')}</a>
      </p>
    </main>
  );
}

document.documentElement.lang = uiLocale();
document.title = t('welcomeTitle');
const app = document.getElementById('app');
if (app) render(<Welcome />, app);
