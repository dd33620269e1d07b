import type { Catalogue } from "../areas";
import type source from "../en/errors";

/** The errors area in Dutch (see ../README.md): "je" for colleagues, as in the sidebars. */
export default {
  bodyTooLarge: "De body van het verzoek is groter dan {kilobytes} KB.",
  bodyNotJson: "De body van het verzoek is geen geldige JSON.",
  bodyCharset: "De tekenset of codering van het verzoek wordt niet ondersteund; stuur JSON in UTF-8.",
  bodyUnreadable: "De body van het verzoek kon niet worden gelezen; stuur hem als JSON.",
  internal: "Er ging bij ons iets mis. Probeer het opnieuw.",
  tooLargeToStore:
    "Door deze wijziging zou het gesprek groter worden dan Baton kan opslaan, dus er is niets bewaard.",
  queryRepeated: "{name}: geef de queryparameter één keer, als platte tekst.",
  pathMalformed: "Het pad bevat een ongeldige %-escape.",
  noEndpoint: "Geen endpoint op {path}.",
  noEndpointBase: "Geen endpoint op {path}; de API staat onder {base}.",
  rateLimited:
    "Je stuurt sneller verzoeken dan Baton per lid toestaat; probeer het over {seconds, plural, one {# seconde} other {# seconden}} opnieuw.",
  clientUnreachable:
    "De server van Baton is nu niet bereikbaar. Controleer je verbinding en probeer het over een minuut opnieuw.",
  clientUnavailable: "Baton is even niet beschikbaar. Probeer het over een minuut opnieuw.",
  clientTimeout: "Baton deed te lang over het antwoord. Probeer het over een minuut opnieuw.",
  clientUnauthenticated:
    "Baton kon niet bevestigen wie je bent. Open Baton opnieuw en meld je aan of geef toegang als daarom wordt gevraagd.",
  clientNotMember: "Je bent in Baton geen lid van dit team. Vraag je Baton-beheerder om je toe te voegen.",
  clientForbidden: "Je rol staat dit niet toe. Vraag een teamleider om het te doen of om je rol te wijzigen.",
  clientNotFound:
    "Baton kent dit gesprek of deze mailbox niet. Misschien hoort het bij een mailbox die Baton niet beheert.",
  clientRateLimited: "Net te veel verzoeken. Wacht een paar seconden en probeer het opnieuw.",
  clientConflict:
    "Iemand anders wijzigde dit op hetzelfde moment. Probeer opnieuw om jouw wijziging daarbovenop toe te passen.",
  clientTooLarge: "Dit is te groot voor Baton. Maak het korter en probeer het opnieuw.",
  clientInternal:
    "Er ging iets mis in Baton. Probeer het opnieuw en meld het je beheerder als het blijft gebeuren.",
  fieldTooLong:
    "{noun, select, note {Een notitie} tag {Een tag} snooze {Het einde van een snooze} other {Een behandelaar}} mag hoogstens {max, number} tekens hebben.",
  fieldTooLongThis:
    "{noun, select, note {Een notitie} tag {Een tag} snooze {Het einde van een snooze} other {Een behandelaar}} mag hoogstens {max, number} tekens hebben; deze heeft er {length, number}.",
  tagTooLong: 'Een tag mag hoogstens {max, number} tekens hebben; "{value}" heeft er {length, number}.',
  fieldTooMany:
    "Je kunt hoogstens {max} {noun, select, note {notities} tag {tags} snooze {snooze-eindes} other {behandelaars}} tegelijk wijzigen.",
  noteEmpty: "Schrijf eerst iets in de notitie.",
  fieldEmpty:
    "{noun, select, note {Een notitie} tag {Een tag} snooze {Het einde van een snooze} other {Een behandelaar}} mag niet leeg zijn.",
  tagInvalid:
    '"{value}" kan geen tag zijn: gebruik letters en cijfers (in elke taal) en _ . : / -, zonder spaties.',
  tagInvalidThis:
    "Dit kan geen tag zijn: gebruik letters en cijfers (in elke taal) en _ . : / -, zonder spaties.",
  tagNone: "Kies een tag om toe te voegen of te verwijderen.",
  snoozeInvalid: "Kies een datum en tijd waarop de snooze eindigt.",
  assigneeInvalid: "Kies een teamgenoot uit de lijst.",
  fieldCheck:
    "Controleer {noun, select, note {de notitie} tag {de tag} snooze {het einde van de snooze} other {de behandelaar}}: {phrase}.",
  messageNoId: "Het bericht heeft geen Message-ID.",
  messageNoDate: "Het bericht heeft geen geldige datum.",
  messageDirection: "Een bericht is inkomend of uitgaand.",
  noteEmptyRefused: "Een notitie mag niet leeg zijn.",
  noteTooLong: "Een notitie mag hoogstens {max} tekens lang zijn.",
  noteTooManyMentions: "Een notitie kan hoogstens {max} leden noemen; deze noemt er {count}.",
  notesFull:
    "Dit gesprek heeft {count} notities, het maximum; verwijder een notitie voordat je een nieuwe toevoegt.",
  notesTotalFull:
    "De notities van dit gesprek kunnen samen {max, number} tekens bevatten en er zijn er nog {left, number} over; maak deze notitie korter of verwijder eerst een andere.",
  noteNotAuthor: "Alleen wie de notitie schreef, kan hem bewerken.",
  noteDeleted: "Die notitie is verwijderd.",
  noteMissing: "Die notitie bestaat niet.",
  alreadyClaimed: "{owner} heeft dit gesprek al opgepakt.",
  notClaimed: "Niemand heeft dit gesprek opgepakt.",
  assignToEmail: "Wijs het gesprek toe aan het e-mailadres van een lid.",
  notAStatus: '"{status}" is geen status.',
  wakeUpOnlySnoozed: "Alleen een gesnoozed gesprek heeft een wektijd.",
  snoozeInPast: "Snooze tot een tijdstip in de toekomst.",
  snoozeResolved: "Een afgehandeld gesprek kan niet worden gesnoozed; heropen het eerst.",
  notAPriority: '"{priority}" is geen prioriteit.',
  tagNotValid:
    '"{tag}" is geen geldige tag: gebruik hoogstens 32 letters, cijfers en _ - : . / zonder spaties.',
  tagAddRemove: '"{tag}" kan niet tegelijk worden toegevoegd en verwijderd.',
  tagsTooMany: "Een gesprek kan hoogstens {max} tags hebben.",
  requestIdLength: "Elke wijziging heeft een request-id van 1-128 tekens nodig.",
  notTeamMember: "Je bent geen lid van dit team.",
  notSeenYet: "Baton heeft dit gesprek nog niet gezien; open het zo opnieuw.",
  roleCannot:
    "Je rol ({role}) mag {what, select, setFollowUps {geen follow-ups instellen} clearFollowUps {geen follow-ups wissen} addNotes {geen notities toevoegen} editNotes {geen notities bewerken} deleteNotes {geen notities verwijderen} deleteOthersNotes {geen notities van anderen verwijderen} claim {geen gesprekken oppakken} releaseOwn {geen gesprekken vrijgeven} releaseOthers {het gesprek van {owner} niet vrijgeven} assign {geen gesprekken aan anderen toewijzen} record {geen berichten vastleggen} status {de status niet wijzigen} priority {de prioriteit niet wijzigen} other {geen gesprekken taggen}}.",
  followUpInPast:
    "Kies een tijdstip in de toekomst voor {what, select, followUp {een follow-up} other {een snooze}}.",
  followUpTooFar:
    "{what, select, followUp {Een follow-up} other {Een snooze}} kan hoogstens {maxDays} dagen vooruit liggen; kies een eerder tijdstip.",
  onlySweeperWakes: "Alleen de sweeper van Baton wekt gesprekken.",
  escalationMembers: "Noem leden bij hun e-mailadres.",
  escalationRuleObject: "Een regel moet een object zijn.",
  escalationRuleId: "Een regel-id bestaat uit 1-40 kleine letters, cijfers of streepjes, bijv. breach-lead.",
  escalationRuleTwice: 'Twee regels heten "{id}".',
  escalationTrigger: "Een regel gaat af bij {triggers}.",
  escalationAfter: "Geef aan na hoeveel kantoorminuten (1 of meer) er moet worden geëscaleerd.",
  escalationAfterOnly: "Alleen een regel voor een nog steeds overschreden termijn wacht een aantal minuten.",
  escalationWhen: '"when" is een van {values}.',
  escalationClocks: "Klokken zijn {values}.",
  escalationRecipients: "Ontvangers zijn {values}.",
  escalationNobody: "Een regel moet iemand waarschuwen.",
  escalationChannels: "Kies minstens één kanaal: {values}.",
  escalationUrgent: "urgent is true of false.",
  escalationNoRules: "Het escalatiebeleid heeft geen lijst met regels.",
  escalationTooManyRules: "Hoogstens {max} regels per mailbox.",
  zoneUnknown: 'Onbekende tijdzone "{zone}".',
  rotaMembers: "Geef het rooster op als e-mailadressen van leden.",
  rotaMemberTwice: "Een lid staat er twee keer in.",
  rotaAnchor: "Het rooster begint op een datum geschreven als JJJJ-MM-DD.",
  rotaHandover: 'De overdracht is een lokale tijd "UU:MM" tussen 00:00 en 23:59.',
  rotaOverrides: "Uitzonderingen moeten een lijst zijn.",
  rotaOverrideDate: "De datum van een uitzondering schrijf je als JJJJ-MM-DD.",
  rotaOverrideTwice: "{date} heeft twee uitzonderingen.",
  rotaOverrideMember: "Een uitzondering noemt een lid bij e-mailadres.",
  slaTierMissing: "Het niveau {priority} ontbreekt.",
  slaTarget:
    "De doeltijd voor {kind, select, first_response {eerste reactie} next_response {volgende reactie} other {oplossing}} bij {priority} moet tussen 1 seconde en {max} kantoorminuten liggen.",
  slaNoTiers: "Het beleid heeft geen niveaus.",
  slaThreshold: "De waarschuwingsdrempel moet een breuk tussen 0 en 1 zijn, bijv. 0.75.",
  slaPausesList: "Pauzestatussen moeten een lijst zijn.",
  slaPauseStatus: 'Klokken kunnen alleen pauzeren bij {allowed}, niet bij "{status}".',
  slaPauseTwice: '"{status}" staat er twee keer in.',
  calendarObject: "Een kalender moet een object zijn.",
  calendarZone: 'Onbekende tijdzone "{zone}"; gebruik een IANA-naam zoals "Europe/Amsterdam".',
  calendarNoHours: "De kalender heeft op geen enkele weekdag kantooruren.",
  calendarWeekly: "Weekuren moeten weekdagen (mon..sun) koppelen aan lijsten van [begin, eind]-vensters.",
  calendarWeekday: 'Onbekende weekdag "{day}"; gebruik mon, tue, ..., sun.',
  calendarDayList: "De uren voor {day} moeten een lijst van [begin, eind]-vensters zijn.",
  calendarOverlap: "Vensters op {day} overlappen ({first} en {second}).",
  calendarPair: 'Een venster op {day} moet een paar ["UU:MM", "UU:MM"] zijn.',
  calendarEndsFirst: "Het venster {window} op {day} moet eindigen na het begin.",
  calendarTime: '"{time}" op {day} is geen tijd "UU:MM" tussen 00:00 en 24:00.',
  calendarHolidays: 'Feestdagen moeten een lijst van lokale datums "JJJJ-MM-DD" zijn.',
  calendarHoliday: 'Feestdag "{date}" is geen datum "JJJJ-MM-DD".',
  atPath: "{path}: {problem}",
  calendarNeverOpens:
    "De kalender heeft geen kantoortijd in de doorzochte periode; controleer de uren en feestdagen.",
  calendarNotJson: "De kalender is geen gewone JSON-waarde.",
  authNoToken: "Meld je eerst aan: het verzoek heeft geen Authorization: Bearer-token.",
  authNotJwt: "Het bearer-token is geen JWT.",
  authIssuer: "Het bearer-token komt van een uitgever die deze server niet accepteert.",
  authNotConfigured: "Aanmelden met {provider} is op deze server niet ingesteld.",
  authRejected: "Het identiteitstoken van {provider} is geweigerd: {reason}",
  authMicrosoftIssuer: "Het identiteitstoken van Microsoft heeft een onverwachte uitgever.",
  authMicrosoftOid: "Het identiteitstoken van Microsoft heeft geen object-id (oid).",
  authGoogleUnverified: "Het e-mailadres van het Google-account is niet geverifieerd.",
  authNoEmail: "Het token bevat geen e-mailadres.",
  authExpired: "De aanmelding is verlopen; meld je opnieuw aan.",
  authFirebaseRejected: "Het Firebase ID-token is geweigerd.",
  authProvider:
    'Aanmelden met "{provider}" wordt door deze Baton-server niet geaccepteerd; meld je aan met je Google- of Microsoft-account van het werk.',
  authUnverified:
    "Het e-mailadres van deze aanmelding is niet geverifieerd; meld je aan met je Google- of Microsoft-account van het werk.",
  authNoFirstRun: "Deze server accepteert geen aanmeldingen voor de eerste installatie.",
  redactionTooMany: "Hoogstens {max} redactiepatronen zijn toegestaan.",
  redactionName: 'Patroonnaam "{name}" moet bestaan uit 1-{max} letters, cijfers, "_" of "-".',
  redactionNameUsed: 'Patroonnaam "{name}" is al in gebruik.',
  redactionPattern: 'Patroon "{name}" {problem}',
  redactionLength: "moet 1-{max} tekens lang zijn.",
  redactionInvalid: "is geen geldige reguliere expressie.",
  redactionSyntax:
    "gebruikt syntaxis die de lineaire engine niet ondersteunt (terugverwijzingen zoals \\1 en lookaround zoals (?=...) of (?<!...)); schrijf hem zonder.",
  redactionEmpty: "past op lege tekst; laat hem ergens op passen.",
  ruleIdTaken: 'regel-id "{id}" wordt al gebruikt door regel {first}; geef elke regel een eigen id.',
  ruleMoveSame:
    "een regel kan een gesprek niet verplaatsen naar de mailbox waarin het al zit; kies een andere mailbox.",
  ruleMoveNowhere:
    'er is geen mailbox "{mailbox}" in deze organisatie; maak hem eerst aan of kies een andere.',
  rulePatternInvalid: '"{regex}" is geen geldige reguliere expressie.',
  rulePatternSyntax:
    '"{regex}" gebruikt syntaxis die de lineaire engine niet ondersteunt (terugverwijzingen zoals \\1 en lookaround zoals (?=...) of (?<!...)); schrijf hem zonder.',
  rulePatternEmpty: '"{regex}" past op lege tekst en dus op elk bericht; laat hem ergens op passen.',
  notOrgMember: "{email} is geen lid van deze organisatie; voeg die persoon eerst toe onder Leden.",
  ruleNotAgent:
    "{email} is geen behandelaar van deze mailbox; voeg die persoon toe aan de behandelaars of kies een ander lid.",
  ruleMoveLoop:
    "verplaatsen naar {next} maakt een lus ({loop}), waardoor een gesprek eindeloos rond zou gaan; verwijder een van deze verplaatsingen.",
  rulesLoop: "deze regels maken een lus ({loop}); verwijder een van de verplaatsingen.",
  notAgentSelf:
    "Je bent geen behandelaar van {mailbox}; een beheerder kan je toevoegen via Instellingen → Mailboxen.",
  notAgent:
    "{name} is geen behandelaar van {mailbox}; een beheerder kan die persoon toevoegen via Instellingen → Mailboxen.",
  vInvalid: "Het verzoek is ongeldig.",
  vRequest:
    "Verzoek: {problem}{more, plural, =0 {} one { (en nog # probleem)} other { (en nog # problemen)}}",
  vField: "{path}: {problem}{more, plural, =0 {} one { (en nog # probleem)} other { (en nog # problemen)}}",
  vRequired: "is verplicht",
  vType:
    "verwachtte {expectedType, select, string {tekst} number {een getal} int {een geheel getal} boolean {true of false} array {een lijst} object {een object} other {{expected}}}, kreeg {gotType, select, string {tekst} number {een getal} boolean {een boolean} array {een lijst} object {een object} null {null} other {{got}}}",
  vTypeNaN: "verwachtte {expectedType, select, number {een getal} int {een geheel getal} other {{expected}}}",
  vMaxChars: "mag hoogstens {bound} {bound, plural, one {teken} other {tekens}} hebben",
  vMinChars: "moet minstens {bound} {bound, plural, one {teken} other {tekens}} hebben",
  vMaxItems: "mag hoogstens {bound} {bound, plural, one {item} other {items}} hebben",
  vMinItems: "moet minstens {bound} {bound, plural, one {item} other {items}} hebben",
  vMax: "mag hoogstens {bound} zijn",
  vMin: "moet minstens {bound} zijn",
  vLess: "moet kleiner zijn dan {bound}",
  vGreater: "moet groter zijn dan {bound}",
  vEmpty: "mag niet leeg zijn",
  vEmail: "verwachtte een e-mailadres",
  vIsoDate: "verwachtte een ISO-datum",
  vFormat: "verwachtte het formaat {format}",
  vMultiple: "moet een veelvoud van {divisor} zijn",
  vUnknownKeys: "onbekend{count, plural, one { veld} other {e velden}} {keys}",
  vOneOf: "verwachtte een van {values}",
  vUnion: "past bij geen enkele toegestane vorm",
  vKey: "heeft een ongeldige sleutel",
  vElement: "heeft een ongeldig element",
  vCustom: "is ongeldig",
  vPhrase: "{phrase}",
  notBatonMember: "{email} is geen lid van een Baton-team; vraag je beheerder om je toe te voegen.",
  googleWorkspaceOnly:
    "{email} moet zich aanmelden met het Google Workspace-account van {domain}, niet met een persoonlijk Google-account.",
  tenantUnknown:
    "Deze Microsoft-tenant ({tenant}) is aan geen enkele Baton-organisatie gekoppeld; vraag je Baton-beheerder om hem toe te voegen bij de identiteitsinstellingen van de organisatie.",
  microsoftNoAddress:
    "Je Microsoft-account heeft geen adres dat Baton kan koppelen; vraag je Baton-beheerder om het te koppelen.",
  microsoftOutsideDomains:
    "{email} valt buiten de domeinen van je Baton-organisatie; vraag je Baton-beheerder om je Microsoft-account aan je lidmaatschap te koppelen.",
  microsoftLinkedElsewhere:
    "{email} is al gekoppeld aan een ander Microsoft-account; vraag je Baton-beheerder om de koppeling te controleren.",
  mailboxAddressTaken: "{address} is al het adres van mailbox {mailbox}.",
  lastAdmin:
    "{email} is de laatste beheerder van deze organisatie en kan niet worden {verb, select, removed {verwijderd} other {gedegradeerd}}; maak eerst iemand anders beheerder.",
  notMemberOfTeam: "{email} is geen lid van dit team.",
  memberOtherOrg: "{email} hoort al bij een andere Baton-organisatie.",
  memberOtherOrgDomain:
    "{email} valt in een domein van een andere Baton-organisatie; alleen die organisatie kan het toevoegen.",
  memberOutsideDomains:
    "{email} valt buiten de domeinen van je organisatie; voeg die persoon toe als extern lid als die toegang moet hebben.",
  tenantNotConnected: "Tenant {tenant} is niet aan je organisatie gekoppeld; voeg hem eerst toe.",
  memberLinked: "{email} is al gekoppeld aan Microsoft-account {account}; verwijder eerst die koppeling.",
  assigneeNotMember: "assignee: {email} is geen lid van dit team.",
  assigneeCannotOwn: "assignee: {email} is {role} en kan geen gesprekken oppakken.",
  noMailboxInTeam: "Er is geen mailbox {mailbox} in je team.",
  regionNeedsCountry: "region: een regio heeft een land nodig.",
  noHolidaysKnown: "Er zijn geen feestdagen bekend voor {place}; kies een land en regio uit de lijst.",
  notTeamMailbox: "{mailbox} is geen Baton-mailbox van je team; vraag een beheerder om hem toe te voegen.",
  proveDomain:
    'Bewijs dat je organisatie {domain} bezit: meld je aan met een adres daarin, of voeg het DNS TXT-record "{record}" eraan toe.',
  proveTenant:
    "Bewijs dat Microsoft-tenant {tenant} van jou is: neem in tenantProofs een aanmeldtoken op van een account van die tenant met een adres in een van je domeinen.",
  identityTaken: "{value} hoort al bij een andere Baton-organisatie.",
  tenantProofRefused: "Een tenantbewijs is geweigerd: {reason}",
  tenantProofUnverified: "het kon niet worden geverifieerd",
  setupNotConfigured:
    "Deze installatie is gemaakt zonder setupcode, dus je kunt hem niet via het dashboard instellen; voer `npm run deploy` opnieuw uit om er een te laten zien.",
  setupNotFromDashboard:
    "Stel Baton in via het dashboard, aangemeld met je Google-account van het werk; met de aanmelding van een zijbalk kun je geen installatie instellen.",
  setupOutsideDomains:
    "{email} valt niet in de domeinen van deze installatie ({domains}); meld je aan met je werkaccount in een daarvan.",
  setupClaimed: "Deze installatie is al ingesteld: vraag {admin} om je aan het team toe te voegen.",
  setupAlreadyMember:
    "{email} is al lid van een Baton-organisatie; open het dashboard zoals altijd in plaats van een nieuwe in te stellen.",
  setupLocked:
    "Te veel verkeerde setupcodes: probeer het na {time} opnieuw, met de code die de deploy liet zien.",
  setupWrongCode:
    "Dat is niet de setupcode van deze installatie; typ de code die `npm run deploy` liet zien (nog {left} {left, plural, one {poging} other {pogingen}} dit uur).",
  setupDomainTaken:
    "Het domein {value} is al van een andere Baton-organisatie; haal het uit de organisatiedomeinen van deze installatie en deploy opnieuw, of vraag de beheerder van die organisatie om het vrij te geven.",
  setupTenantTaken:
    "De Microsoft-tenant {value} is al gekoppeld aan een andere Baton-organisatie; haal hem uit de tenants van deze installatie en deploy opnieuw, of vraag de beheerder van die organisatie om hem vrij te geven.",
  noMailboxInOrg: 'Er is geen mailbox "{mailbox}" in deze organisatie.',
  noLongerMember: "{email} is geen lid meer van dit team.",
  queueCursor: "cursor: geef de nextCursor van de vorige pagina ongewijzigd terug.",
  noJob: "Er is geen taak {job} in je team.",
  exportCursor: "cursor: dit is geen cursor van de export; begin de export opnieuw zonder cursor.",
  observeNoMessageId: "messages: geen enkel bericht heeft een Message-ID om op te groeperen.",
  notYetRecorded:
    "Baton heeft dit gesprek nog niet vastgelegd. Het verschijnt hier zodra iemand het opent of de mailbox is gesynchroniseerd.",
  deadLetterGone:
    "Deze dead letter bestaat niet meer: hij is intussen opnieuw verwerkt of genegeerd; laad de lijst opnieuw.",
} satisfies Catalogue<typeof source>;
