// Which facts the popup's "Why it matters" shows, by region: the four or five lines that
// matter to the person in front of it (where Meta offers an objection, the way to object is
// one of them), then the rest one click away (a disclosure). Each fact is a
// sentence in _locales and its sources in src/lib/facts.ts (docs/FACTS.md).
import type { ResolvedRegion } from '../lib/region';
import type { SourceId } from '../lib/facts';

export interface ShownFact {
  /** The sentence's _locales key (also the element's data-fact). */
  key: string;
  sources: readonly SourceId[];
}

export const SHOWN_FACTS = {
  // The objection, by region (docs/FACTS.md, "Objecting").
  euTraining: { key: 'factEuTraining', sources: ['metaEu', 'euTraining'] },
  ukTraining: { key: 'factUkTraining', sources: ['metaUses'] },
  brazil: { key: 'factBrazil', sources: ['brazil'] },
  noOptOut: { key: 'factNoOptOut', sources: ['australiaInquiry'] },
  // Everyone (docs/FACTS.md, "What Meta says it uses", "What public means here", "What going
  // private does and does not do").
  whatIsPublic: { key: 'factWhatIsPublic', sources: ['whatIsPublic'] },
  forwardOnly: { key: 'factForwardOnly', sources: ['australiaInquiry'] },
  metaUses: { key: 'factMetaUses', sources: ['metaUses'] },
  aiChats: { key: 'factAiChats', sources: ['metaAiChats'] },
  aiChatsEurope: { key: 'factAiChatsEurope', sources: ['metaAiChats'] },
  earnings: { key: 'factEarnings', sources: ['earningsCall'] },
  publicGroups: { key: 'factPublicGroups', sources: ['whatIsPublic'] },
  instagramSearch: { key: 'factInstagramSearch', sources: ['instagramSearch'] },
  // The EU and UK timeline, and the courts that did not stop the EU training.
  timeline: { key: 'factTimeline', sources: ['euTraining'] },
  courts: { key: 'factCourts', sources: ['courtCologne', 'courtSchleswig'] },
} as const satisfies Record<string, ShownFact>;

type FactId = keyof typeof SHOWN_FACTS;

/** Short: what is shown at once (four or five lines with the way to object). More: behind the disclosure. */
const BY_REGION: Record<ResolvedRegion, { short: readonly FactId[]; more: readonly FactId[] }> = {
  europe: {
    short: ['euTraining', 'whatIsPublic', 'forwardOnly'],
    more: ['metaUses', 'earnings', 'aiChatsEurope', 'publicGroups', 'instagramSearch', 'timeline', 'courts'],
  },
  uk: {
    short: ['ukTraining', 'whatIsPublic', 'forwardOnly'],
    more: ['metaUses', 'earnings', 'aiChatsEurope', 'publicGroups', 'instagramSearch', 'timeline'],
  },
  brazil: {
    short: ['brazil', 'whatIsPublic', 'forwardOnly', 'aiChats'],
    more: ['earnings', 'metaUses', 'publicGroups', 'instagramSearch'],
  },
  elsewhere: {
    short: ['noOptOut', 'whatIsPublic', 'forwardOnly', 'aiChats'],
    more: ['earnings', 'metaUses', 'publicGroups', 'instagramSearch'],
  },
};

export function factsFor(region: ResolvedRegion): { short: ShownFact[]; more: ShownFact[] } {
  const { short, more } = BY_REGION[region];
  return { short: short.map((id) => SHOWN_FACTS[id]), more: more.map((id) => SHOWN_FACTS[id]) };
}

/** Regions where Meta offers an objection (docs/FACTS.md, "Objecting"). */
export const canObject = (region: ResolvedRegion): boolean => region !== 'elsewhere';
