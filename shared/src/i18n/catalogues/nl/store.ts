import type { Catalogue } from "../areas";
import type source from "../en/store";

/**
 * The store area in Dutch (see ../README.md). Store pages and listings address customers, so "u";
 * the button texts inside Outlook address colleagues, as the sidebars do, so "je".
 */
export default {
  appName: "Baton",
  manifestDescription: "Pak gesprekken op, deel notities en volg SLA-deadlines live, samen met je team.",
  gmailListingName: "Baton voor Gmail",
  readButtonLabel: "Baton",
  readButtonTooltip:
    "Zie wie dit gesprek heeft opgepakt, pak het zelf op, voeg notities toe en volg de SLA-deadline.",
  composeButtonLabel: "Sjablonen",
  composeButtonTooltip: "Voeg een teamsjabloon in dit antwoord in en zie of een collega ook al antwoordt.",

  listingSummary: "Een gedeelde inbox in Outlook en Gmail: wie wat oppakt, en wanneer een antwoord moet.",
  listingIntro:
    "Baton maakt van een gedeelde mailbox (support@, sales@, facturen@) een gedeelde inbox, zonder dat iemand Outlook of Gmail hoeft te verlaten. Een zijbalk toont bij het geopende gesprek wie het heeft opgepakt, de status en prioriteit, interne notities, labels, wie er nog meer naar kijkt en hoeveel tijd er nog is tot het antwoord verwacht wordt.",
  listingFeatureClaim:
    "Met één klik pakt u een gesprek op; klikken twee mensen tegelijk, dan wint er precies één en ziet de ander wie.",
  listingFeatureSla:
    "Reactietermijnen die kantooruren, feestdagen en de overgang naar zomer- en wintertijd meetellen, met een waarschuwing vóór een overschrijding.",
  listingFeatureNotes:
    "Interne notities met @vermeldingen, labels, status en prioriteit, live gedeeld tussen Outlook en Gmail.",
  listingFeatureTemplates:
    "Teamsjablonen die u in een antwoord invoegt, en een waarschuwing als een collega al antwoordt.",
  listingFeatureDashboard:
    "Een dashboard voor teamleiders en beheerders: de wachtrij, cijfers over reactietijden, routeringsregels en teaminstellingen.",
  listingPrivacy:
    "Baton bewaart berichtkoppen, nooit de inhoud of bijlagen van berichten, in het eigen Firebase-project van uw organisatie.",
  listingRequirement:
    "Baton heeft een Baton-werkruimte nodig: uw beheerder zet de backend eenmalig op en voegt de gedeelde mailboxen en leden van het team toe.",
  listingLanguages: "Beschikbaar in het Nederlands en het Engels.",
  captionOutlookPane:
    "Het taakvenster in Outlook: wie het gesprek heeft opgepakt, de reactietermijn en de notities van het team.",
  captionGmailCard:
    "Hetzelfde gesprek in Gmail: pak het op, voeg een notitie toe of wijzig de status vanuit het zijpaneel.",
  captionDashboardMetrics:
    "De cijfers in het dashboard: eerste reactietijden en SLA-overschrijdingen per mailbox.",
  captionCompose:
    "Een antwoord schrijven in Outlook: voeg een teamsjabloon in en zie wie er nog meer antwoordt.",

  pageTitle: "{page} · Baton",
  skipToContent: "Naar de inhoud",
  siteTagline:
    "<strong>Baton</strong>: wie wat oppakt in een gedeelde mailbox, en wanneer een antwoord moet, in Outlook en Gmail",
  pagesNavLabel: "Pagina's over Baton",
  languageNavLabel: "Taal",
  navSupport: "Ondersteuning",
  navPrivacy: "Privacy",
  navTerms: "Voorwaarden",
  footer:
    "Uitgegeven door <fill>[Uitgever: juridische naam en adres]</fill>. Vragen: <fill>[Uitgever: e-mailadres voor ondersteuning]</fill>.",

  supportTitle: "Ondersteuning",
  supportDescription: "Hoe u hulp krijgt bij Baton, en antwoorden op veelgestelde vragen.",
  supportHeading: "Ondersteuning voor Baton",
  supportIntro:
    "Baton laat uw team in Outlook en Gmail zien wie elk gesprek van een gedeelde mailbox heeft opgepakt en wanneer er een antwoord moet zijn. Deze pagina is voor de mensen die Baton gebruiken en de beheerders die het inrichten.",
  supportPublisherNote:
    "<strong>Vóór publicatie vervangt de uitgever elke gemarkeerde plaatshouder</strong> op deze pagina, in het <privacy>privacybeleid</privacy> en in de <terms>voorwaarden</terms>.",
  supportContactHeading: "Contact",
  supportContactEmail: "E-mail: <fill>[Uitgever: e-mailadres voor ondersteuning]</fill>",
  supportContactResponse: "Reactietijd: <fill>[Uitgever: bijvoorbeeld één werkdag]</fill>",
  supportContactStatus: "Status en aankondigingen: <fill>[Uitgever: URL van de statuspagina]</fill>",
  supportContactAdvice:
    "Vermeld in uw bericht waarop u klikte, welke zin Baton toonde en hoe laat het was. Stuur ons nooit de inhoud van berichten of wachtwoorden.",
  supportQuestionsHeading: "Veelgestelde vragen",
  supportSharedHeading: "Baton verschijnt niet bij een bericht in een gedeelde mailbox",
  supportSharedAnswer:
    'Outlook voert invoegtoepassingen uit in een gedeelde mailbox waarop u volledige toegang hebt (automatisch toegevoegd, of toegevoegd als gedeelde map). Outlook op het web voert geen invoegtoepassingen uit in een mailbox die is geopend met "Een andere mailbox openen". De installatiehandleiding van uw beheerder (docs/shared-mailboxes.md in de Baton-repository) beschrijft elke client.',
  supportSignInHeading: '"Aanmelden" opent een venster',
  supportSignInAnswer:
    "Als Outlook u niet zelf kan aanmelden (bijvoorbeeld voordat uw beheerder toestemming voor Baton heeft gegeven), opent Baton een aanmeldvenster van Microsoft. Meld u daar aan; sluit u het venster, klik dan op <em>Aanmelden met Microsoft</em> om het opnieuw te proberen. Blokkeert uw browser het venster, sta dan pop-ups voor Outlook toe.",
  supportMemberHeading: '"Je account is nog geen lid van een Baton-team"',
  supportMemberAnswer: "Vraag uw Baton-beheerder om uw werkadres als lid toe te voegen.",
  supportLanguageHeading: "Baton in een andere taal",
  supportLanguageAnswer:
    "Baton spreekt Nederlands en Engels. Het volgt de taal van Outlook, Gmail of uw browser; uw eigen taalinstelling in het dashboard gaat daarvoor.",
  supportAdminsHeading: "Voor beheerders",
  supportAdminsProject: "Baton draait in het eigen Firebase-project van uw organisatie (Google Cloud).",
  supportAdminsManaged:
    "Leden, rollen, mailboxen, de bewaartermijn en uw Microsoft-tenant worden beheerd door Baton-beheerders; het <privacy>privacybeleid</privacy> vermeldt wat Baton bewaart en wie het kan lezen.",
  supportAdminsDeletion:
    "Wilt u gegevens laten verwijderen, zie dan <deletion>Gegevens verwijderen</deletion>.",

  privacyTitle: "Privacybeleid",
  privacyDescription:
    "Wat Baton bewaart, waar, wie het kan lezen, hoe lang het bewaard blijft en hoe u het verwijdert.",
  privacyHeading: "Privacybeleid",
  privacyIntro:
    "Laatst bijgewerkt: <fill>[Uitgever: datum]</fill>. Dit beleid beschrijft de Baton-invoegtoepassingen voor Outlook en Gmail en de Baton-dienst waarmee ze praten.",
  privacyWhereHeading: "Waar uw gegevens staan",
  privacyWhere:
    "Baton wordt geïnstalleerd in <strong>het eigen Firebase-project van uw organisatie</strong> in Google Cloud (Cloud Firestore, Firebase Authentication, Cloud Functions, Firebase Hosting), in de regio die uw beheerder koos. Uw organisatie beheert dat project. Google levert de infrastructuur (subverwerker); Microsoft en Google bevestigen wie zich aanmeldt. <fill>[Uitgever: beheert u het project voor klanten, noem uzelf dan hier als verwerker en vermeld eventuele andere subverwerkers.]</fill>",
  privacyStoresHeading: "Wat Baton bewaart",
  privacyStoresIntro:
    "Voor gesprekken in de gedeelde mailboxen van uw team (de mailboxen die uw beheerder in Baton registreert):",
  privacyStoresHeaders:
    "<strong>Berichtkoppen</strong>: From, To, Cc, Subject, Message-ID, In-Reply-To en References, en de datum van verzenden en ontvangen. Daaraan ziet Baton welke berichten bij één gesprek horen en wanneer een antwoord moet.",
  privacyStoresNotes:
    "<strong>Notities</strong> die uw teamleden bij een gesprek schrijven (creditcard- en bankrekeningnummers worden gemaskeerd voordat ze worden bewaard, als uw beheerder dat aanzet). De tekst van een notitie staat alleen bij het gesprek: bewerken vervangt hem, verwijderen wist hem.",
  privacyStoresClaims:
    "<strong>Oppakken en toewijzingen</strong> (wie een gesprek heeft), status, prioriteit en <strong>labels</strong>, telkens met wie het deed en wanneer.",
  privacyStoresSla:
    "<strong>SLA-gebeurtenissen</strong>: reactietermijnen, overschrijdingen, escalaties en de meldingen die ze versturen, en de cijfers die daaruit worden berekend.",
  privacyStoresPresence:
    "<strong>Aanwezigheid</strong>: welk lid een gesprek bekijkt of beantwoordt, gedurende enkele minuten.",
  privacyStoresMembers:
    "<strong>Leden en instellingen</strong>: van elk lid het werkadres, de naam, de rol en de taalinstelling; uw mailboxen, SLA-beleid, domeinen en Microsoft-tenant; en voor het aanmelden de account-ID die Microsoft of Google voor elk lid doorgeeft.",
  privacyNotStoredHeading: "Wat Baton nooit bewaart",
  privacyNotStoredBodies:
    "<strong>Berichtinhoud</strong> en <strong>bijlagen</strong>: de invoegtoepassingen versturen die niet.",
  privacyNotStoredPrivate:
    "Berichten die niet in een van de gedeelde mailboxen van uw team staan: daarover versturen de invoegtoepassingen niets.",
  privacyNotStoredPasswords:
    "Uw wachtwoord bij Microsoft of Google, of de aanmeldtokens die deze diensten uitgeven: Baton controleert een token één keer en bewaart alleen de identiteit die het bewijst.",
  privacyWhoHeading: "Wie het kan lezen",
  privacyWhoIntro: "Alleen aangemelde leden van uw organisatie, per rol:",
  privacyTableCaption: "Toegang per rol",
  privacyColumnRole: "Rol",
  privacyColumnRead: "Kan lezen",
  privacyColumnChange: "Kan wijzigen",
  privacyRoleViewer: "Lezer",
  privacyViewerRead: "Gesprekken, notities, gebeurtenissen, aanwezigheid, mailboxen, leden",
  privacyViewerChange: "Niets",
  privacyRoleAgent: "Medewerker",
  privacyAgentRead: "Als een lezer",
  privacyAgentChange: "Berichten vastleggen; oppakken, notities, labels, status en prioriteit",
  privacyRoleLead: "Teamleider",
  privacyLeadRead: "Als een medewerker, plus cijfers en exports",
  privacyLeadChange: "Anderen toewijzen, elke notitie verwijderen, SLA-beleid",
  privacyRoleAdmin: "Beheerder",
  privacyAdminRead: "Als een teamleider",
  privacyAdminChange: "Leden, mailboxen, instellingen en identiteit van de organisatie",
  privacyWhoOthers:
    "Leden van een andere organisatie lezen de uwe nooit. Mensen aan wie uw organisatie toegang geeft tot het Firebase-project in Google Cloud (uw eigen cloudbeheerders) kunnen de database rechtstreeks lezen.",
  privacyRetentionHeading: "Hoe lang het bewaard blijft",
  privacyRetention:
    "Uw beheerder stelt een bewaartermijn in van {min, number} tot {max, number} dagen. Elke dag worden afgehandelde gesprekken die zo lang niet zijn gewijzigd verwijderd, met hun koppen, notities, gebeurtenissen en aanwezigheid. Zonder bewaartermijn blijven gesprekken bewaard tot ze worden verwijderd. Wie als lid wordt verwijderd, verliest meteen de toegang.",
  privacyDeletionHeading: "Gegevens verwijderen",
  privacyDeletionNotes: "Leden kunnen hun eigen notities verwijderen; teamleiders elke notitie.",
  privacyDeletionAdmins: "Beheerders verwijderen leden en kunnen de bewaartermijn verkorten.",
  privacyDeletionOther:
    "Wilt u iets anders laten verwijderen (een gesprek, de gegevens van een persoon, of alles), vraag het dan uw Baton-beheerder of schrijf naar <fill>[Uitgever: e-mailadres voor ondersteuning]</fill>. Wie het Firebase-project verwijdert, verwijdert alles.",
  privacyContactHeading: "Contact",
  privacyContact: "Vragen over dit beleid: <fill>[Uitgever: e-mailadres voor ondersteuning]</fill>.",

  termsTitle: "Gebruiksvoorwaarden",
  termsDescription: "De gebruiksvoorwaarden van de Baton-invoegtoepassingen en -dienst.",
  termsHeading: "Gebruiksvoorwaarden",
  termsIntro:
    "Laatst bijgewerkt: <fill>[Uitgever: datum]</fill>. Deze voorwaarden gelden voor de Baton-invoegtoepassingen voor Outlook en Gmail en de Baton-dienst. <fill>[Uitgever: laat deze voorwaarden vóór publicatie toetsen aan het recht van uw land.]</fill>",
  termsServiceHeading: "De dienst",
  termsService:
    "Baton helpt een team het werk in een gedeelde mailbox te verdelen: wie elk gesprek heeft opgepakt, interne notities en reactietermijnen. Het draait in het Firebase-project van uw organisatie; de Baton-beheerders van uw organisatie bepalen wie het mag gebruiken en met welke rol.",
  termsResponsibilitiesHeading: "Uw verantwoordelijkheden",
  termsResponsibilityMailboxes: "Gebruik Baton alleen voor mailboxen die uw organisatie mag beheren.",
  termsResponsibilityNotes:
    "Houd notities zakelijk; plak er geen geheimen, wachtwoorden of berichtinhoud in.",
  termsResponsibilityMembers: "Beheerders houden de ledenlijst actueel en verwijderen wie vertrekt.",
  termsDataHeading: "Uw gegevens",
  termsData:
    "De gegevens die Baton bewaart, zijn van uw organisatie. Het <privacy>privacybeleid</privacy> vermeldt wat er wordt bewaard, wie het kan lezen, hoe lang het bewaard blijft en hoe u het laat verwijderen.",
  termsWarrantyHeading: "Beschikbaarheid en garantie",
  termsWarranty:
    "Baton wordt geleverd zoals het is. <fill>[Uitgever: serviceniveaus, garantie en aansprakelijkheid.]</fill>",
  termsChangesHeading: "Wijzigingen en contact",
  termsChanges:
    "Wijzigingen in deze voorwaarden kondigen we op deze pagina aan. Vragen: <fill>[Uitgever: e-mailadres voor ondersteuning]</fill>.",
} satisfies Catalogue<typeof source>;
