import { render } from 'preact';
import { t } from '../lib/i18n';

function Welcome() {
  return (
    <main>
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeWhat')}</p>
      <p>{t('welcomeNothingSent')}</p>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Welcome />, app);
