// The sources behind every claim the product shows (docs/FACTS.md). The sentences
// themselves live in _locales; the links and dates stay here, the same in every language.
export const FACTS = {
  earningsCall: {
    date: '2024-02-01',
    url: 'https://petapixel.com/2024/02/02/zuckerbergs-going-to-use-your-instagram-photos-to-train-his-ai-machines/',
  },
  metaUses: {
    date: '2024-09-13',
    url: 'https://about.fb.com/news/2024/09/building-ai-technology-for-the-uk-in-a-responsible-and-transparent-way/',
  },
  metaExplainer: { url: 'https://www.facebook.com/privacy/genai/' },
  euTraining: {
    date: '2025-05-21',
    url: 'https://www.dataprotection.ie/en/news-media/latest-news/dpc-statement-meta-ai',
  },
  australiaInquiry: {
    date: '2024-09-11',
    url: 'https://innovationaus.com/meta-admits-scraping-australian-users-posts-to-train-ai',
  },
  objectFacebook: { url: 'https://www.facebook.com/help/contact/712876720715583' },
  objectInstagram: { url: 'https://help.instagram.com/contact/767264225370182' },
  lockDown: {
    facebookFuturePosts: 'https://www.facebook.com/settings/?tab=posts',
    facebookPastPosts: 'https://www.facebook.com/settings/?tab=posts',
    facebookCheckup: 'https://www.facebook.com/privacy/checkup/',
    instagramPrivacy: 'https://www.instagram.com/accounts/privacy_setting/',
  },
} as const;
