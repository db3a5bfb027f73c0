// "Why it matters": four short lines chosen by the person's region (the region in a choice
// below them, with whether it is the browser's guess), then the rest behind a disclosure, each resting on a line of docs/FACTS.md with its date and source. Each source
// says whose statement it is ("Meta says", "reported"), as docs/FACTS.md marks it. The
// sentences come from _locales, the links, dates and bases from src/lib/facts.ts, so every
// language keeps the same sources. Where Meta offers an objection (EU/EEA, UK, Brazil), the
// route through its Privacy Center is linked first, the form its app links second.
import { Fragment } from 'preact';
import { t } from '../lib/i18n';
import { uiLocale } from '../lib/ui-locale';
import { FACTS_REVIEWED, OBJECTION, SOURCES, type FactSource } from '../lib/facts';
import type { ResolvedRegion } from '../lib/region';
import { canObject, factsFor, type ShownFact } from './facts-shown';
import { formatFactDate, formatMonthYear } from './format';

const BASIS_KEY = { meta: 'basisMeta', reported: 'basisReported', official: null } as const;

/** The regions the popup offers, in the order shown (`auto` is on the options page). */
export const REGION_CHOICES: readonly { value: ResolvedRegion; labelKey: string }[] = [
  { value: 'europe', labelKey: 'regionEurope' },
  { value: 'uk', labelKey: 'regionUk' },
  { value: 'brazil', labelKey: 'regionBrazil' },
  { value: 'elsewhere', labelKey: 'regionElsewhere' },
];

export function SourceLink({ source, language }: { source: FactSource; language: string }) {
  const basis = BASIS_KEY[source.basis];
  return (
    <span class="source" data-basis={source.basis}>
      {basis ? <span class="basis">{t(basis)}: </span> : null}
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {t(source.labelKey)}
      </a>
      {', '}
      {source.dateKind === 'read' ? `${t('srcReadOn')} ` : null}
      <time dateTime={source.date}>{formatFactDate(source.date, language)}</time>
    </span>
  );
}

function Fact({ fact, language }: { fact: ShownFact; language: string }) {
  return (
    <li data-fact={fact.key}>
      {t(fact.key)}{' '}
      <span class="sources">
        {fact.sources.map((id, i) => (
          <Fragment key={id}>
            {i > 0 ? ' · ' : null}
            <SourceLink source={SOURCES[id]} language={language} />
          </Fragment>
        ))}
      </span>
    </li>
  );
}

function Objection() {
  return (
    <div class="objection" data-objection="route">
      <p>{t('objectRoute')}</p>
      <p class="object-links">
        <a href={OBJECTION.route} target="_blank" rel="noopener noreferrer" data-object-link="route">
          {t('objectRouteLink')}
        </a>
        <a href={OBJECTION.form} target="_blank" rel="noopener noreferrer" data-object-link="form">
          {t('objectFormLink')}
        </a>
      </p>
    </div>
  );
}

function OlderForms() {
  return (
    <p class="older-forms" data-objection="older-forms">
      {t('objectOlderForms')}{' '}
      <a href={OBJECTION.olderFacebookForm} target="_blank" rel="noopener noreferrer">
        {t('siteFacebook')}
      </a>
      {' · '}
      <a href={OBJECTION.olderInstagramForm} target="_blank" rel="noopener noreferrer">
        {t('siteInstagram')}
      </a>
    </p>
  );
}

export interface WhyProps {
  region: ResolvedRegion;
  /** True while the region is the browser's guess rather than the person's choice. */
  guessed: boolean;
  onChooseRegion(region: ResolvedRegion): void;
}

export function Why({ region, guessed, onChooseRegion }: WhyProps) {
  const language = uiLocale();
  const { short, more } = factsFor(region);
  const objection = canObject(region);
  return (
    <section class="card why" aria-labelledby="why-title" data-region={region}>
      <h2 id="why-title">{t('popupWhyTitle')}</h2>
      <ul class="facts">
        {short.map((fact) => (
          <Fact key={fact.key} fact={fact} language={language} />
        ))}
      </ul>
      {objection ? <Objection /> : null}
      <details class="more-facts">
        <summary>{t('popupMoreFacts')}</summary>
        <ul class="facts">
          {more.map((fact) => (
            <Fact key={fact.key} fact={fact} language={language} />
          ))}
        </ul>
        {objection ? <OlderForms /> : null}
      </details>
      <p class="region-line">
        <label>
          <span>{t('regionChoose')}</span>{' '}
          <select data-action="switch-region" value={region} onChange={(e) => onChooseRegion(e.currentTarget.value as ResolvedRegion)}>
            {REGION_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {t(choice.labelKey)}
              </option>
            ))}
          </select>
        </label>
        {guessed ? <span class="guessed">{t('regionGuessed')}</span> : null}
      </p>
      <p class="as-of" data-facts-reviewed={FACTS_REVIEWED}>
        {t('popupFactsAsOf', formatMonthYear(FACTS_REVIEWED, language))}
      </p>
    </section>
  );
}
