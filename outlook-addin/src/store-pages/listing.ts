/**
 * The store listings' texts in each language, composed from the `store` catalogue area: the unified
 * manifest's descriptions (scripts/manifest.ts) and the AppSource and Marketplace listing files under
 * docs/store/ (scripts/store/write-listings.ts) read them from here, so a store never shows words the
 * catalogue does not have. Build time only.
 */
import { translatorFor } from "@baton/shared/i18n/all";
import type { Language } from "@baton/shared/i18n";
import type { StoreKey } from "./pages";

/**
 * The manifests' own description (XML Description, unified description.short): the v1.17 schema
 * allows 80 characters. A longer one fails the manifest test with its length.
 */
export const MAX_MANIFEST_DESCRIPTION_LENGTH = 80;

/**
 * The listings' summary (AppSource's short description, the Marketplace's short description): 100
 * characters, AppSource's limit and the smaller of the two. A longer one fails the store-listing test.
 */
export const MAX_SUMMARY_LENGTH = 100;

/**
 * The unified manifest's description.full (v1.17 schema: 4000 characters) and AppSource's
 * description; the Marketplace's detailed description allows more, so this bounds both. A longer text
 * fails the store-listing test with its length.
 */
export const MAX_DESCRIPTION_LENGTH = 4000;

/**
 * A screenshot caption: short enough to read under a 1280x800 screenshot in either store. A longer
 * caption fails the store-listing test with its length.
 */
export const MAX_CAPTION_LENGTH = 120;

const FEATURES: StoreKey[] = [
  "store.listingFeatureClaim",
  "store.listingFeatureSla",
  "store.listingFeatureNotes",
  "store.listingFeatureTemplates",
  "store.listingFeatureDashboard",
];

/** The screenshots both listings show, and what each caption says (file names under docs/store/). */
export const SCREENSHOTS: { file: string; caption: StoreKey }[] = [
  { file: "outlook-pane", caption: "store.captionOutlookPane" },
  { file: "gmail-card", caption: "store.captionGmailCard" },
  { file: "dashboard-metrics", caption: "store.captionDashboardMetrics" },
  { file: "outlook-compose", caption: "store.captionCompose" },
];

export interface Listing {
  language: Language;
  name: string;
  /** The Marketplace's name for the Gmail add-on ("Baton for Gmail"). */
  gmailName: string;
  summary: string;
  /** The long description as plain paragraphs (the stores take plain text). */
  description: string;
  captions: { file: string; caption: string }[];
}

export function listingFor(language: Language): Listing {
  const translator = translatorFor([language]);
  const t = (key: StoreKey) => translator.t(key);
  const paragraphs = [
    t("store.listingIntro"),
    FEATURES.map((key) => `- ${t(key)}`).join("\n"),
    t("store.listingPrivacy"),
    t("store.listingRequirement"),
    t("store.listingLanguages"),
  ];
  return {
    language,
    name: t("store.appName"),
    gmailName: t("store.gmailListingName"),
    summary: t("store.listingSummary"),
    description: paragraphs.join("\n\n"),
    captions: SCREENSHOTS.map(({ file, caption }) => ({ file, caption: t(caption) })),
  };
}
