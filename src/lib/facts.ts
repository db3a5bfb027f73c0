// The sources behind every claim the product shows (docs/FACTS.md). The sentences
// themselves live in _locales; the links, dates and whether Meta says it or the press
// reported it stay here, the same in every language. src/lib/facts.test.ts ties every link
// and date to docs/FACTS.md.
//
// Small top-level constants on purpose: the inline warning (part of the content script,
// with a size budget) imports FACTS alone, and the bundler then leaves the rest out.
import { INSTAGRAM_PRIVACY_URL, SETTINGS_PATHS } from '../sites/instagram/urls';

/** When docs/FACTS.md was last reviewed ("Facts as of …" in the popup; a test checks it). */
export const FACTS_REVIEWED = '2026-12-01';

/**
 * Whose statement a source is: Meta's own ("Meta says"), a press account ("reported"), or
 * an authority's statement or a court's decision (`official`: the source is named, no
 * basis word), as docs/FACTS.md marks each line.
 */
export type Basis = 'meta' | 'reported' | 'official';

export interface FactSource {
  url: string;
  /** ISO date: when the source was published, or (dateKind `read`) when it was last read. */
  date: string;
  /** `read`: the source carries no date of its own; the date is docs/FACTS.md's review. */
  dateKind?: 'read';
  basis: Basis;
  /** The source's name, in _locales. */
  labelKey: string;
}

// Mark Zuckerberg's Q4 2023 earnings call, 1 Feb 2024 (press report of the quote).
const earningsCall: FactSource = {
  url: 'https://petapixel.com/2024/02/02/zuckerbergs-going-to-use-your-instagram-photos-to-train-his-ai-machines/',
  date: '2024-02-01',
  basis: 'reported',
  labelKey: 'srcEarnings',
};

// Meta's UK announcement: what it uses (adults' public posts, comments, photos, captions).
const metaUses: FactSource = {
  url: 'https://about.fb.com/news/2024/09/building-ai-technology-for-the-uk-in-a-responsible-and-transparent-way/',
  date: '2024-09-13',
  basis: 'meta',
  labelKey: 'srcMetaNewsroom',
};

/** The two sources the inline warning's "Why?" links. */
export const FACTS = { earningsCall, metaUses } as const;

/** Every source the popup cites, by id. */
export const SOURCES = {
  earningsCall,
  metaUses,
  metaEu: {
    url: 'https://about.fb.com/news/2025/04/making-ai-work-harder-for-europeans/',
    date: '2025-04-14',
    basis: 'meta',
    labelKey: 'srcMetaNewsroom',
  },
  metaAiChats: {
    url: 'https://about.fb.com/news/2025/10/improving-your-recommendations-apps-ai-meta/',
    date: '2025-10-01',
    basis: 'meta',
    labelKey: 'srcMetaNewsroom',
  },
  australiaInquiry: {
    url: 'https://innovationaus.com/meta-admits-scraping-australian-users-posts-to-train-ai',
    date: '2024-09-11',
    basis: 'reported',
    labelKey: 'srcSenate',
  },
  // Meta's policy text on what is public, as quoted by klicksafe; the page carries no date.
  whatIsPublic: {
    url: 'https://www.klicksafe.eu/en/news/jetzt-widersprechen-instagram-und-facebook-wollen-persoenliche-daten-fuer-ki-nutzen',
    date: FACTS_REVIEWED,
    dateKind: 'read',
    basis: 'meta',
    labelKey: 'srcMetaPolicyKlicksafe',
  },
  instagramSearch: {
    url: 'https://www.rtl.fr/actu/sciences-tech/instagram-l-affichage-des-photos-publiques-sur-google-concerne-seulement-les-comptes-professionnels-7900517397',
    date: '2025-07-10',
    basis: 'reported',
    labelKey: 'srcRtl',
  },
  brazil: {
    url: 'https://www1.folha.uol.com.br/tec/2024/09/meta-informara-usuario-brasileiro-a-partir-desta-terca-que-dado-sera-usado-para-treinar-ia.shtml',
    date: '2024-09-03',
    basis: 'reported',
    labelKey: 'srcFolha',
  },
  euTraining: {
    url: 'https://www.dataprotection.ie/en/news-media/latest-news/dpc-statement-meta-ai',
    date: '2025-05-21',
    basis: 'official',
    labelKey: 'srcDpc',
  },
  courtCologne: {
    url: 'https://noyb.eu/en/meta-ai-german-court-did-not-grant-interim-injunction-final-decision-will-be-taken-main-procedure',
    date: '2025-05-23',
    basis: 'official',
    labelKey: 'srcNoyb',
  },
  courtSchleswig: {
    url: 'https://somi.nl/en/meta-injunction-germany',
    date: '2025-08-12',
    basis: 'official',
    labelKey: 'srcSomi',
  },
} as const satisfies Record<string, FactSource>;

export type SourceId = keyof typeof SOURCES;

/**
 * Where to object (docs/FACTS.md, "Objecting"). The route through Meta's Privacy Center is
 * the stable way and is linked first; the form Meta's own app links is "inferred current",
 * and the 2024 forms may be superseded (re-check both before each release).
 */
export const OBJECTION = {
  /** Meta's generative-AI explainer, where the Privacy Center route starts. */
  route: 'https://www.facebook.com/privacy/genai/',
  form: 'https://www.facebook.com/help/contact/6359191084165019',
  olderFacebookForm: 'https://www.facebook.com/help/contact/712876720715583',
  olderInstagramForm: 'https://help.instagram.com/contact/767264225370182',
} as const;

// The Instagram account privacy page: the site adapter writes its addresses once.
export const INSTAGRAM_PRIVACY_PATH = SETTINGS_PATHS[0];

/** The site settings the popup's "Lock down the rest" links (docs/FACTS.md, "How to make things private"). */
export const LOCK_DOWN = {
  facebookDefaultAudience: 'https://www.facebook.com/settings/?tab=posts',
  facebookPastPosts: 'https://www.facebook.com/settings/?tab=posts',
  facebookCheckup: 'https://www.facebook.com/privacy/checkup/',
  instagramPrivacy: INSTAGRAM_PRIVACY_URL,
  // The "Allow public photos and videos to appear in search engine results" switch is on
  // the same account privacy page.
  instagramSearchEngines: INSTAGRAM_PRIVACY_URL,
} as const;
