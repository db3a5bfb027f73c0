/** @jsxImportSource dom-jsx */
// The two sources every "Why?" in the page cites (docs/FACTS.md): the earnings call and Meta's
// own statement of what it uses. One place, so the post and comment warnings cannot drift.
import { t } from '../lib/i18n';
import { FACTS } from '../lib/facts';

export function WhySources() {
  return (
    <>
      <a href={FACTS.earningsCall.url} target="_blank" rel="noopener noreferrer">
        {t('whySourceEarnings')}
      </a>
      {' · '}
      <a href={FACTS.metaUses.url} target="_blank" rel="noopener noreferrer">
        {t('whySourceMeta')}
      </a>
    </>
  );
}
