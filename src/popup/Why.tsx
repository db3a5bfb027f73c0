// "Why it matters": three or four short sentences, each resting on a line of docs/FACTS.md with
// its date and source. Meta's own statements say "Meta says"; press accounts say
// "reported". The sentences come from _locales, the links and dates from src/lib/facts.ts,
// so every language keeps the same sources.
import { Fragment, type ComponentChildren } from 'preact';
import { t } from '../lib/i18n';
import { uiLocale } from '../lib/ui-locale';
import { FACTS } from '../lib/facts';
import type { ResolvedRegion } from '../lib/region';
import { formatFactDate } from './format';

interface Source {
  labelKey: string;
  url: string;
  date?: string;
}

function SourceLink({ source, language }: { source: Source; language: string }) {
  return (
    <span class="source">
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {t(source.labelKey)}
      </a>
      {source.date ? (
        <>
          {', '}
          <time dateTime={source.date}>{formatFactDate(source.date, language)}</time>
        </>
      ) : null}
    </span>
  );
}

function Fact({ textKey, sources, extra }: { textKey: string; sources: Source[]; extra?: ComponentChildren }) {
  const language = uiLocale();
  return (
    <li data-fact={textKey}>
      {t(textKey)}{' '}
      {sources.map((source, i) => (
        <Fragment key={source.url}>
          {i > 0 ? ' · ' : null}
          <SourceLink source={source} language={language} />
        </Fragment>
      ))}
      {extra}
    </li>
  );
}

export interface WhyProps {
  region: ResolvedRegion;
  /** True while the region is the browser's guess rather than the person's choice. */
  guessed: boolean;
  onSwitchRegion(): void;
}

export function Why({ region, guessed, onSwitchRegion }: WhyProps) {
  return (
    <section class="card why" aria-labelledby="why-title" data-region={region}>
      <h2 id="why-title">{t('popupWhyTitle')}</h2>
      <ul class="facts">
        <Fact textKey="factEarnings" sources={[{ labelKey: 'factSourceEarnings', url: FACTS.earningsCall.url, date: FACTS.earningsCall.date }]} />
        <Fact textKey="factMetaUses" sources={[{ labelKey: 'factSourceMeta', url: FACTS.metaUses.url, date: FACTS.metaUses.date }]} />
        <Fact textKey="factForwardOnly" sources={[{ labelKey: 'factSourceSenate', url: FACTS.australiaInquiry.url, date: FACTS.australiaInquiry.date }]} />
        {region === 'europe' ? (
          <Fact
            textKey="factEurope"
            sources={[{ labelKey: 'factSourceDpc', url: FACTS.euTraining.url, date: FACTS.euTraining.date }]}
            extra={
              <span class="object-links">
                <a href={FACTS.objectFacebook.url} target="_blank" rel="noopener noreferrer">
                  {t('factObjectFacebook')}
                </a>
                <a href={FACTS.objectInstagram.url} target="_blank" rel="noopener noreferrer">
                  {t('factObjectInstagram')}
                </a>
              </span>
            }
          />
        ) : (
          <Fact textKey="factElsewhere" sources={[{ labelKey: 'factSourceSenate', url: FACTS.australiaInquiry.url, date: FACTS.australiaInquiry.date }]} />
        )}
      </ul>
      <p class="region-line">
        {t(region === 'europe' ? 'regionShowingEurope' : 'regionShowingElsewhere')}
        {guessed ? ` ${t('regionGuessed')}` : ''}{' '}
        <button type="button" class="link" data-action="switch-region" onClick={onSwitchRegion}>
          {t(region === 'europe' ? 'regionSwitchToElsewhere' : 'regionSwitchToEurope')}
        </button>
      </p>
    </section>
  );
}
