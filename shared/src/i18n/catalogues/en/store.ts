/**
 * The store area in English, the source language (see ../README.md): the two store listings (AppSource,
 * Google Workspace Marketplace), the Outlook manifests' own texts, screenshot captions, and the support,
 * privacy and terms pages (outlook-addin/src/store-pages renders them at build time).
 *
 * Page messages may use these tags, which the page renderer turns into markup: <strong>, <em>, <fill>
 * (a place the publisher fills in before listing), <support>, <privacy>, <terms>, <deletion> (links to
 * the pages, in the reader's language). Nothing else in a message is markup.
 */
export default {
  // The Outlook manifests (XML DisplayName/Description and button texts; unified name/description).
  appName: "Baton",
  manifestDescription: "Claim conversations, share notes and watch SLA countdowns, live with your team.",
  // Google's branding rules: "for Gmail" (in Dutch "voor Gmail"), never "Gmail Baton".
  gmailListingName: "Baton for Gmail",
  readButtonLabel: "Baton",
  readButtonTooltip: "See who owns this conversation, claim it, add notes, and watch the SLA countdown.",
  composeButtonLabel: "Templates",
  composeButtonTooltip: "Insert a team template into this reply, and see whether a teammate is replying too.",

  // Both store listings (docs/store/, written by scripts/store/write-listings.ts).
  listingSummary: "A shared inbox inside Outlook and Gmail: who owns each thread, and when a reply is due.",
  listingIntro:
    "Baton turns a shared mailbox (support@, sales@, billing@) into a shared inbox without moving anyone out of Outlook or Gmail. A sidebar shows, for the open thread, who owns it, its status and priority, internal notes, tags, who else is looking at it, and a live countdown to the reply deadline.",
  listingFeatureClaim:
    "One click to claim a conversation; when two people click at once, exactly one wins and the other sees who.",
  listingFeatureSla:
    "Reply deadlines that count business hours, holidays and daylight-saving changes, with warnings before a breach.",
  listingFeatureNotes:
    "Internal notes with @mentions, tags, status and priority, shared live between Outlook and Gmail.",
  listingFeatureTemplates:
    "Team templates inserted into a reply, and a warning when a colleague is already replying.",
  listingFeatureDashboard:
    "A dashboard for leads and admins: the queue, response-time metrics, routing rules and team settings.",
  listingPrivacy:
    "Baton stores message headers, never message bodies or attachments, in your organization's own Firebase project.",
  listingRequirement:
    "Baton needs a Baton workspace: your admin deploys the backend once and adds the team's shared mailboxes and members.",
  listingLanguages: "Available in English and Dutch.",
  captionOutlookPane: "The Outlook task pane: who owns the thread, its reply deadline and the team's notes.",
  captionGmailCard:
    "The same thread in Gmail: claim it, add a note or change its status from the side panel.",
  captionDashboardMetrics: "The dashboard's metrics: first-response times and SLA breaches per mailbox.",
  captionCompose: "Writing a reply in Outlook: insert a team template and see who else is replying.",

  // Every page.
  pageTitle: "{page} · Baton",
  skipToContent: "Skip to content",
  siteTagline: "<strong>Baton</strong>: shared-mailbox ownership and reply deadlines for Outlook and Gmail",
  pagesNavLabel: "Baton pages",
  languageNavLabel: "Language",
  navSupport: "Support",
  navPrivacy: "Privacy",
  navTerms: "Terms",
  footer:
    "Published by <fill>[Publisher: legal name and address]</fill>. Questions: <fill>[Publisher: support email address]</fill>.",

  // The support page.
  supportTitle: "Support",
  supportDescription: "How to get help with Baton, and answers to common questions.",
  supportHeading: "Baton support",
  supportIntro:
    "Baton shows your team, inside Outlook and Gmail, who owns each conversation of a shared mailbox and when a reply is due. This page is for the people who use it and the admins who set it up.",
  supportPublisherNote:
    "<strong>Before listing, the publisher replaces every highlighted placeholder</strong> on this page, the <privacy>privacy policy</privacy> and the <terms>terms</terms>.",
  supportContactHeading: "Contact",
  supportContactEmail: "Email: <fill>[Publisher: support email address]</fill>",
  supportContactResponse: "Response time: <fill>[Publisher: e.g. one business day]</fill>",
  supportContactStatus: "Status and announcements: <fill>[Publisher: status page URL]</fill>",
  supportContactAdvice:
    "When you write, include what you clicked, the sentence Baton showed and the time. Never send us message contents or passwords.",
  supportQuestionsHeading: "Common questions",
  supportSharedHeading: "Baton does not appear on a shared mailbox's message",
  supportSharedAnswer:
    'Outlook runs add-ins in a shared mailbox you have Full Access to (automapped, or added as a shared folder). Outlook on the web does not run add-ins in a mailbox opened with "Open another mailbox". Your admin\'s setup guide (docs/shared-mailboxes.md in the Baton repository) lists each client.',
  supportSignInHeading: '"Sign in" opens a window',
  supportSignInAnswer:
    "When Outlook cannot sign you in by itself (for example before your admin has consented to Baton), Baton opens a Microsoft sign-in window. Finish signing in there; if you close it, click <em>Sign in with Microsoft</em> to try again. If your browser blocks it, allow pop-ups for Outlook.",
  supportMemberHeading: '"Your account is not a member of a Baton team yet"',
  supportMemberAnswer: "Ask your Baton admin to add your work address as a member.",
  supportLanguageHeading: "Baton in another language",
  supportLanguageAnswer:
    "Baton speaks English and Dutch. It follows the language of Outlook, Gmail or your browser; your own language setting in the dashboard overrides it.",
  supportAdminsHeading: "For admins",
  supportAdminsProject: "Baton runs in your organization's own Firebase project (Google Cloud).",
  supportAdminsManaged:
    "Members, roles, mailboxes, the retention period and your Microsoft tenant are managed by Baton admins; the <privacy>privacy policy</privacy> lists what Baton stores and who can read it.",
  supportAdminsDeletion: "To have data deleted, see <deletion>Deleting data</deletion>.",

  // The privacy page.
  privacyTitle: "Privacy policy",
  privacyDescription: "What Baton stores, where, who can read it, how long it is kept and how to delete it.",
  privacyHeading: "Privacy policy",
  privacyIntro:
    "Last updated: <fill>[Publisher: date]</fill>. This policy describes the Baton add-ins for Outlook and Gmail and the Baton service they talk to.",
  privacyWhereHeading: "Where your data is",
  privacyWhere:
    "Baton is deployed into <strong>your organization's own Firebase project</strong> on Google Cloud (Cloud Firestore, Firebase Authentication, Cloud Functions, Firebase Hosting), in the region your admin chose. Your organization controls that project. Google is the infrastructure provider (subprocessor); Microsoft and Google confirm who is signing in. <fill>[Publisher: if you operate the project for customers, name yourself here as the processor and list any other subprocessor.]</fill>",
  privacyStoresHeading: "What Baton stores",
  privacyStoresIntro:
    "For conversations of your team's shared mailboxes (those your admin registers in Baton):",
  privacyStoresHeaders:
    "<strong>Message headers</strong>: From, To, Cc, Subject, Message-ID, In-Reply-To and References, and the sent and received dates. They tell Baton which messages belong to one conversation and when a reply is due.",
  privacyStoresNotes:
    "<strong>Notes</strong> your team members write on a conversation (card numbers and bank account numbers are masked before they are stored when your admin turns that on). A note's text is kept only on its conversation: editing replaces it, deleting removes it.",
  privacyStoresClaims:
    "<strong>Claims and assignments</strong> (who owns a conversation), status, priority and <strong>tags</strong>, each with who did it and when.",
  privacyStoresSla:
    "<strong>SLA events</strong>: reply deadlines, breaches, escalations and the notifications they send, and the metrics computed from them.",
  privacyStoresPresence:
    "<strong>Presence</strong>: which member is viewing or replying to a conversation, for a few minutes.",
  privacyStoresMembers:
    "<strong>Members and configuration</strong>: each member's work address, name, role and language setting; your mailboxes, SLA policies, domains and Microsoft tenant; and for sign-in, the account identifier Microsoft or Google reports for each member.",
  privacyNotStoredHeading: "What Baton never stores",
  privacyNotStoredBodies:
    "<strong>Message bodies</strong> and <strong>attachments</strong>: the add-ins do not send them.",
  privacyNotStoredPrivate:
    "Messages that are not on one of your team's shared mailboxes: the add-ins send nothing about them.",
  privacyNotStoredPasswords:
    "Your Microsoft or Google password, or the sign-in tokens those services issue: Baton checks a token once and keeps only the identity it proves.",
  privacyWhoHeading: "Who can read it",
  privacyWhoIntro: "Only signed-in members of your organization, by role:",
  privacyTableCaption: "Access by role",
  privacyColumnRole: "Role",
  privacyColumnRead: "Can read",
  privacyColumnChange: "Can change",
  privacyRoleViewer: "Viewer",
  privacyViewerRead: "Conversations, notes, events, presence, mailboxes, members",
  privacyViewerChange: "Nothing",
  privacyRoleAgent: "Agent",
  privacyAgentRead: "As a viewer",
  privacyAgentChange: "Record messages; claim, note, tag, set status and priority",
  privacyRoleLead: "Lead",
  privacyLeadRead: "As an agent, plus metrics and exports",
  privacyLeadChange: "Assign others, delete any note, SLA policies",
  privacyRoleAdmin: "Admin",
  privacyAdminRead: "As a lead",
  privacyAdminChange: "Members, mailboxes, organization settings and identity",
  privacyWhoOthers:
    "Members of another organization never read yours. People your organization gives access to the Firebase project in Google Cloud (your own cloud administrators) can read the database directly.",
  privacyRetentionHeading: "How long it is kept",
  privacyRetention:
    "Your admin sets a retention period of {min, number} to {max, number} days. Every day, resolved conversations that have not changed for that long are deleted with their headers, notes, events and presence. Without a retention period, conversations are kept until they are deleted. Removing a member ends their access at once.",
  privacyDeletionHeading: "Deleting data",
  privacyDeletionNotes: "Members can delete their own notes; leads can delete any note.",
  privacyDeletionAdmins: "Admins remove members, and can shorten the retention period.",
  privacyDeletionOther:
    "To have anything else deleted (a conversation, a person's data, or everything), ask your Baton admin, or write to <fill>[Publisher: support email address]</fill>. Deleting the Firebase project deletes all of it.",
  privacyContactHeading: "Contact",
  privacyContact: "Questions about this policy: <fill>[Publisher: support email address]</fill>.",

  // The terms page.
  termsTitle: "Terms of use",
  termsDescription: "The terms of use of the Baton add-ins and service.",
  termsHeading: "Terms of use",
  termsIntro:
    "Last updated: <fill>[Publisher: date]</fill>. These terms apply to the Baton add-ins for Outlook and Gmail and the Baton service. <fill>[Publisher: have these terms reviewed for your jurisdiction before listing.]</fill>",
  termsServiceHeading: "The service",
  termsService:
    "Baton helps a team share the work of a shared mailbox: who owns each conversation, internal notes, and reply deadlines. It runs in your organization's Firebase project; your organization's Baton admins decide who may use it and with which role.",
  termsResponsibilitiesHeading: "Your responsibilities",
  termsResponsibilityMailboxes: "Use Baton only for mailboxes your organization is entitled to manage.",
  termsResponsibilityNotes:
    "Keep notes professional; do not paste secrets, passwords or message contents into them.",
  termsResponsibilityMembers: "Admins keep the member list current and remove people who leave.",
  termsDataHeading: "Your data",
  termsData:
    "Your organization owns the data Baton stores. The <privacy>privacy policy</privacy> lists what is stored, who can read it, how long it is kept and how to have it deleted.",
  termsWarrantyHeading: "Availability and warranty",
  termsWarranty:
    "Baton is provided as is. <fill>[Publisher: service levels, warranty and liability terms.]</fill>",
  termsChangesHeading: "Changes and contact",
  termsChanges:
    "We announce changes to these terms on this page. Questions: <fill>[Publisher: support email address]</fill>.",
} as const;
