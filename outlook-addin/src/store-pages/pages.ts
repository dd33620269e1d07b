/**
 * The support, privacy and terms pages the store listings and the manifests link to, as structure over
 * the `store` catalogue area: every word is a message, so each language's page is the same page.
 * Rendered at build time (render.ts), so the served HTML needs no script.
 */
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from "@baton/shared/api";
import type { MessageKey } from "@baton/shared/i18n";
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from "@baton/shared/i18n";

export type StoreKey = MessageKey<"store">;

/** A message and its plain arguments (the retention range is the limit the settings API enforces). */
export interface Text {
  key: StoreKey;
  params?: Readonly<Record<string, number | string>>;
}

export type Block =
  | { h2: StoreKey; id?: string }
  | { h3: StoreKey }
  | { p: Text }
  | { ul: StoreKey[] }
  | { table: { caption: StoreKey; columns: StoreKey[]; rows: StoreKey[][] } };

export const PAGE_NAMES = ["support", "privacy", "terms"] as const;
export type PageName = (typeof PAGE_NAMES)[number];

export interface Page {
  title: StoreKey;
  description: StoreKey;
  heading: StoreKey;
  nav: StoreKey;
  blocks: Block[];
}

const p = (key: StoreKey, params?: Text["params"]): Block => ({ p: { key, params } });

export const PAGES: Record<PageName, Page> = {
  support: {
    title: "store.supportTitle",
    description: "store.supportDescription",
    heading: "store.supportHeading",
    nav: "store.navSupport",
    blocks: [
      p("store.supportIntro"),
      p("store.supportPublisherNote"),
      { h2: "store.supportContactHeading" },
      { ul: ["store.supportContactEmail", "store.supportContactResponse", "store.supportContactStatus"] },
      p("store.supportContactAdvice"),
      { h2: "store.supportQuestionsHeading" },
      { h3: "store.supportSharedHeading" },
      p("store.supportSharedAnswer"),
      { h3: "store.supportSignInHeading" },
      p("store.supportSignInAnswer"),
      { h3: "store.supportMemberHeading" },
      p("store.supportMemberAnswer"),
      { h3: "store.supportLanguageHeading" },
      p("store.supportLanguageAnswer"),
      { h2: "store.supportAdminsHeading" },
      { ul: ["store.supportAdminsProject", "store.supportAdminsManaged", "store.supportAdminsDeletion"] },
    ],
  },
  privacy: {
    title: "store.privacyTitle",
    description: "store.privacyDescription",
    heading: "store.privacyHeading",
    nav: "store.navPrivacy",
    blocks: [
      p("store.privacyIntro"),
      { h2: "store.privacyWhereHeading", id: "where" },
      p("store.privacyWhere"),
      { h2: "store.privacyStoresHeading", id: "stores" },
      p("store.privacyStoresIntro"),
      {
        ul: [
          "store.privacyStoresHeaders",
          "store.privacyStoresNotes",
          "store.privacyStoresClaims",
          "store.privacyStoresSla",
          "store.privacyStoresPresence",
          "store.privacyStoresMembers",
        ],
      },
      { h2: "store.privacyNotStoredHeading", id: "not-stored" },
      {
        ul: [
          "store.privacyNotStoredBodies",
          "store.privacyNotStoredPrivate",
          "store.privacyNotStoredPasswords",
        ],
      },
      { h2: "store.privacyWhoHeading", id: "who" },
      p("store.privacyWhoIntro"),
      {
        table: {
          caption: "store.privacyTableCaption",
          columns: ["store.privacyColumnRole", "store.privacyColumnRead", "store.privacyColumnChange"],
          rows: [
            ["store.privacyRoleViewer", "store.privacyViewerRead", "store.privacyViewerChange"],
            ["store.privacyRoleAgent", "store.privacyAgentRead", "store.privacyAgentChange"],
            ["store.privacyRoleLead", "store.privacyLeadRead", "store.privacyLeadChange"],
            ["store.privacyRoleAdmin", "store.privacyAdminRead", "store.privacyAdminChange"],
          ],
        },
      },
      p("store.privacyWhoOthers"),
      { h2: "store.privacyRetentionHeading", id: "retention" },
      p("store.privacyRetention", { min: MIN_RETENTION_DAYS, max: MAX_RETENTION_DAYS }),
      { h2: "store.privacyDeletionHeading", id: "deletion" },
      { ul: ["store.privacyDeletionNotes", "store.privacyDeletionAdmins", "store.privacyDeletionOther"] },
      { h2: "store.privacyContactHeading", id: "contact" },
      p("store.privacyContact"),
    ],
  },
  terms: {
    title: "store.termsTitle",
    description: "store.termsDescription",
    heading: "store.termsHeading",
    nav: "store.navTerms",
    blocks: [
      p("store.termsIntro"),
      { h2: "store.termsServiceHeading" },
      p("store.termsService"),
      { h2: "store.termsResponsibilitiesHeading" },
      {
        ul: [
          "store.termsResponsibilityMailboxes",
          "store.termsResponsibilityNotes",
          "store.termsResponsibilityMembers",
        ],
      },
      { h2: "store.termsDataHeading" },
      p("store.termsData"),
      { h2: "store.termsWarrantyHeading" },
      p("store.termsWarranty"),
      { h2: "store.termsChangesHeading" },
      p("store.termsChanges"),
    ],
  },
};

/**
 * Where a page is served: the source language at the root (/support.html, the URL every manifest and
 * listing already names), every other language in its own folder (/nl/support.html), so a page's
 * relative links stay in its language.
 */
export function pagePath(language: Language, page: PageName): string {
  return language === SOURCE_LANGUAGE ? `${page}.html` : `${language}/${page}.html`;
}

/** Every page in every language, as build output paths ("support.html", "nl/support.html", ...). */
export function storePagePaths(): string[] {
  return LANGUAGES.flatMap((language) => PAGE_NAMES.map((page) => pagePath(language, page)));
}
