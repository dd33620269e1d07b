/**
 * The demo threads: who wrote what, how long ago (in the mailbox's business minutes, so the state is
 * the same whenever the seed runs), and what the team did about it. Every state the sidebars show
 * appears: unclaimed, claimed, pending, snoozed, breaching soon, breached, resolved.
 */
import type { Priority } from "@baton/shared";
import type { Mailer } from "./message-ids";

export interface Customer {
  name: string;
  email: string;
  mailer: Mailer;
}

/**
 * When a message was sent: business minutes before now, or a fraction of the first-response target of
 * the thread's priority (0.85 = warning, 1.5 = breached), which keeps "breaching soon" and "breached"
 * true for any policy. Or wall-clock days before now, for mail older than the mailbox (history
 * imported when it joined Baton, DEMO_JOINED_DAYS_AGO before the seed runs): recorded, never timed.
 */
export type BusinessAgo = { minutes: number } | { ofTarget: number };
export type Ago = BusinessAgo | { days: number } | WallAgo;

/**
 * Wall-clock minutes before now: mail that has just arrived (arrivals.ts), whatever the hour, so it
 * is routed as it would be on arrival and shows as new in every sidebar.
 */
export interface WallAgo {
  wallMinutes: number;
}

export interface MessageSpec {
  /** "customer", a member's local part (replies From the member), or "mailbox" (From the mailbox). */
  by: string;
  ago: Ago;
  text?: string;
  cc?: string[];
}

export type SeededState =
  | "unclaimed"
  | "claimed"
  | "pending"
  | "snoozed"
  | "breaching_soon"
  | "breached"
  | "resolved"
  // New mail that arrives after routing is configured, so routing gives it its owner (arrivals.ts).
  | "arrived";

export interface ThreadSpec {
  id: string;
  state: SeededState;
  mailbox: "support" | "sales" | "billing";
  platform: "gmail" | "outlook";
  customer: Customer;
  subject: string;
  priority?: Priority;
  messages: MessageSpec[];
  /** The member (local part) who opens the thread in their sidebar and so reports it first. */
  observer: string;
  claim?: string;
  assign?: { by: string; to: string };
  status?: { by: string; to: "pending" | "snoozed" | "resolved"; snoozeHours?: number };
  tags?: string[];
  notes?: Array<{ by: string; body: string }>;
}

export const c = (name: string, email: string, mailer: Mailer): Customer => ({ name, email, mailer });

export const CUSTOMERS = {
  maartje: c("Maartje Jansen", "maartje@jansen-bakkerij.example", "gmail"),
  priya: c("Priya Raman", "priya.raman@northwind.example", "outlook"),
  tom: c("Tom Becker", "t.becker@becker-logistik.example", "mta"),
  sofia: c("Sofía Morales", "sofia@casamorales.example", "gmail"),
  james: c("James O'Neill", "james.oneill@contoso-retail.example", "outlook"),
  yuki: c("Yuki Tanaka", "yuki@tanaka-design.example", "gmail"),
  lars: c("Lars Eriksson", "lars.eriksson@fjord-energy.example", "outlook"),
  amara: c("Amara Nwosu", "amara@lagos-foods.example", "mta"),
  hugo: c("Hugo Lefèvre", "hugo.lefevre@atelier-lefevre.example", "gmail"),
  nina: c("Nina Petrova", "n.petrova@fabrikam.example", "outlook"),
  carlos: c("Carlos Silva", "carlos@silva-imports.example", "mta"),
  emma: c("Emma Walsh", "emma.walsh@greenleaf.example", "gmail"),
  raj: c("Raj Mehta", "raj@mehta-consulting.example", "outlook"),
  olivia: c("Olivia Brown", "olivia@brownandco.example", "gmail"),
  kofi: c("Kofi Mensah", "kofi.mensah@accra-tech.example", "mta"),
  ines: c("Inês Costa", "ines.costa@lisboa-hotels.example", "outlook"),
  felix: c("Felix Wagner", "felix@wagner-bau.example", "gmail"),
  grace: c("Grace Kim", "grace.kim@adventure-works.example", "outlook"),
} as const;

const min = (minutes: number): Ago => ({ minutes });
const target = (ofTarget: number): Ago => ({ ofTarget });
const days = (count: number): Ago => ({ days: count });
const customer = (ago: Ago, text?: string): MessageSpec => ({
  by: "customer",
  ago,
  ...(text ? { text } : {}),
});
const reply = (by: string, ago: Ago): MessageSpec => ({ by, ago });

const UNCLAIMED: ThreadSpec[] = [
  {
    id: "u1",
    state: "unclaimed",
    mailbox: "support",
    platform: "gmail",
    customer: CUSTOMERS.maartje,
    subject: "Order #48213 arrived damaged",
    messages: [customer(min(12))],
    observer: "ana",
  },
  {
    id: "u2",
    state: "unclaimed",
    mailbox: "support",
    platform: "outlook",
    customer: CUSTOMERS.priya,
    subject: "Cannot reset my password",
    priority: "high",
    messages: [customer(min(8))],
    observer: "ben",
  },
  {
    id: "u3",
    state: "unclaimed",
    mailbox: "sales",
    platform: "gmail",
    customer: CUSTOMERS.sofia,
    subject: "Quote for 40 seats, annual plan",
    messages: [customer(min(25))],
    observer: "eli",
  },
  {
    id: "u4",
    state: "unclaimed",
    mailbox: "billing",
    platform: "outlook",
    customer: CUSTOMERS.james,
    subject: "Invoice INV-2026-1187 charged twice",
    priority: "high",
    messages: [customer(min(18))],
    observer: "dara",
  },
  {
    id: "u5",
    state: "unclaimed",
    mailbox: "support",
    platform: "outlook",
    customer: CUSTOMERS.tom,
    subject: "API returns 502 on /v2/shipments",
    messages: [customer(min(40))],
    observer: "chen",
  },
  {
    id: "u6",
    state: "unclaimed",
    mailbox: "support",
    platform: "gmail",
    customer: CUSTOMERS.yuki,
    subject: "Feature request: dark mode for the mobile app",
    priority: "low",
    messages: [customer(min(55))],
    observer: "ana",
  },
  {
    id: "u7",
    state: "unclaimed",
    mailbox: "sales",
    platform: "outlook",
    customer: CUSTOMERS.lars,
    subject: "Re: Demo follow-up and pricing questions",
    messages: [customer(min(95)), reply("eli", min(80)), customer(min(5), "Two more questions")],
    observer: "eli",
  },
  {
    id: "u8",
    state: "unclaimed",
    mailbox: "billing",
    platform: "gmail",
    customer: CUSTOMERS.amara,
    subject: "VAT number missing on receipt",
    priority: "low",
    messages: [customer(min(30))],
    observer: "chen",
  },
  {
    // Last year's exchange came in with the mailbox's history (before it joined Baton, no clock); the
    // customer's new message today starts the clocks. The subject is as Gmail's raw header has it
    // (RFC 2047), and shows as "Facture de décembre".
    id: "u9",
    state: "unclaimed",
    mailbox: "billing",
    platform: "gmail",
    customer: CUSTOMERS.hugo,
    subject: "=?iso-8859-1?Q?Facture_de_d=E9cembre?=",
    messages: [
      customer(days(400)),
      reply("mailbox", days(399)),
      customer(min(20), "Same question for this year"),
    ],
    observer: "dara",
  },
];

const CLAIMED: ThreadSpec[] = [
  {
    id: "c1",
    state: "claimed",
    mailbox: "support",
    platform: "gmail",
    customer: CUSTOMERS.hugo,
    subject: "Export to CSV drops accented characters",
    messages: [customer(min(70))],
    observer: "ana",
    claim: "ana",
    tags: ["bug", "export"],
    notes: [
      { by: "ana", body: "Reproduced with 'Lefèvre' in the name column. @chen is this the UTF-8 BOM issue?" },
    ],
  },
  {
    id: "c2",
    state: "claimed",
    mailbox: "support",
    platform: "outlook",
    customer: CUSTOMERS.nina,
    subject: "SSO login loops back to the sign-in page",
    priority: "high",
    messages: [customer(min(40)), reply("ben", min(30)), customer(min(10), "Cleared cookies, still looping")],
    observer: "ben",
    claim: "ben",
    tags: ["sso"],
  },
  {
    id: "c3",
    state: "claimed",
    mailbox: "sales",
    platform: "gmail",
    customer: CUSTOMERS.emma,
    subject: "Nonprofit discount?",
    messages: [customer(min(100))],
    observer: "ben",
    claim: "ben",
  },
  {
    id: "c4",
    state: "claimed",
    mailbox: "billing",
    platform: "outlook",
    customer: CUSTOMERS.raj,
    subject: "Update card on file",
    messages: [customer(min(60))],
    observer: "dara",
    claim: "dara",
    notes: [
      {
        by: "dara",
        body: "Customer pasted their card 4111 1111 1111 1111 in the mail - asked them to use the portal instead.",
      },
    ],
  },
  {
    id: "c5",
    state: "claimed",
    mailbox: "support",
    platform: "gmail",
    customer: CUSTOMERS.olivia,
    subject: "Webhook deliveries delayed since Friday",
    messages: [customer(min(150)), reply("mailbox", min(120)), customer(min(35))],
    observer: "eli",
    claim: "eli",
    tags: ["webhooks"],
  },
  {
    id: "c6",
    state: "claimed",
    mailbox: "support",
    platform: "outlook",
    customer: CUSTOMERS.kofi,
    subject: "How do I add a second admin?",
    priority: "low",
    messages: [customer(min(90))],
    observer: "lead",
    assign: { by: "lead", to: "dara" },
  },
  {
    id: "c7",
    state: "claimed",
    mailbox: "sales",
    platform: "outlook",
    customer: CUSTOMERS.ines,
    subject: "Hotel group rollout: 12 properties",
    priority: "high",
    messages: [customer(min(20))],
    observer: "lead",
    assign: { by: "lead", to: "eli" },
    notes: [{ by: "lead", body: "@eli big one - loop me in before sending the quote." }],
  },
  {
    id: "c8",
    state: "claimed",
    mailbox: "billing",
    platform: "gmail",
    customer: CUSTOMERS.felix,
    subject: "Refund for unused months",
    messages: [customer(min(120)), reply("chen", min(100)), customer(min(15))],
    observer: "chen",
    claim: "chen",
  },
  {
    id: "c9",
    state: "claimed",
    mailbox: "support",
    platform: "outlook",
    customer: CUSTOMERS.grace,
    subject: "Attachments over 10 MB fail to upload",
    messages: [customer(min(45))],
    observer: "ana",
    claim: "ana",
    tags: ["bug"],
  },
];

const PENDING: ThreadSpec[] = [
  {
    id: "p1",
    state: "pending",
    mailbox: "support",
    platform: "gmail",
    customer: CUSTOMERS.tom,
    subject: "Shipment labels print blank",
    messages: [customer(min(400)), reply("ana", min(320))],
    observer: "ana",
    claim: "ana",
    status: { by: "ana", to: "pending" },
    notes: [{ by: "ana", body: "Asked for the printer model and a sample PDF." }],
  },
  {
    id: "p2",
    state: "pending",
    mailbox: "billing",
    platform: "outlook",
    customer: CUSTOMERS.priya,
    subject: "Need a PO number on the next invoice",
    messages: [customer(min(600)), reply("dara", min(560))],
    observer: "dara",
    claim: "dara",
    status: { by: "dara", to: "pending" },
  },
  {
    id: "p3",
    state: "pending",
    mailbox: "sales",
    platform: "gmail",
    customer: CUSTOMERS.yuki,
    subject: "Security questionnaire for procurement",
    messages: [customer(min(900)), reply("ben", min(700))],
    observer: "ben",
    claim: "ben",
    status: { by: "ben", to: "pending" },
    tags: ["security-review"],
  },
  {
    id: "p4",
    state: "pending",
    mailbox: "support",
    platform: "outlook",
    customer: CUSTOMERS.lars,
    subject: "Data import stuck at 87%",
    priority: "high",
    messages: [customer(min(200)), reply("mailbox", min(180)), customer(min(150)), reply("chen", min(120))],
    observer: "chen",
    claim: "chen",
    status: { by: "chen", to: "pending" },
  },
  {
    id: "p5",
    state: "snoozed",
    mailbox: "support",
    platform: "gmail",
    customer: CUSTOMERS.emma,
    subject: "Call me back after our board meeting",
    priority: "low",
    messages: [customer(min(300)), reply("eli", min(280))],
    observer: "eli",
    claim: "eli",
    status: { by: "eli", to: "snoozed", snoozeHours: 48 },
  },
  {
    id: "p6",
    state: "pending",
    mailbox: "billing",
    platform: "gmail",
    customer: CUSTOMERS.carlos,
    subject: "Bank transfer reference",
    messages: [customer(min(1200)), reply("chen", min(1100))],
    observer: "chen",
    claim: "chen",
    status: { by: "chen", to: "pending" },
    notes: [{ by: "chen", body: "Waiting for the transfer slip. Their IBAN NL91ABNA0417164300 is on file." }],
  },
];

const BREACHING_SOON: ThreadSpec[] = [
  {
    id: "w1",
    state: "breaching_soon",
    mailbox: "support",
    platform: "outlook",
    customer: CUSTOMERS.james,
    subject: "Checkout page down for EU customers",
    priority: "urgent",
    messages: [customer(target(0.85))],
    observer: "ana",
  },
  {
    id: "w2",
    state: "breaching_soon",
    mailbox: "support",
    platform: "gmail",
    customer: CUSTOMERS.sofia,
    subject: "Can't see last week's reports",
    messages: [customer(target(0.9))],
    observer: "ben",
    claim: "ben",
  },
  {
    id: "w3",
    state: "breaching_soon",
    mailbox: "sales",
    platform: "outlook",
    customer: CUSTOMERS.raj,
    subject: "Contract redlines - need answer today",
    priority: "high",
    messages: [customer(target(0.8))],
    observer: "eli",
    claim: "eli",
    tags: ["contract"],
  },
  {
    id: "w4",
    state: "breaching_soon",
    mailbox: "billing",
    platform: "gmail",
    customer: CUSTOMERS.hugo,
    subject: "Card declined, account suspended",
    priority: "high",
    messages: [customer(target(0.88))],
    observer: "dara",
  },
  {
    id: "w5",
    state: "breaching_soon",
    mailbox: "support",
    platform: "outlook",
    customer: CUSTOMERS.nina,
    subject: "Two-factor codes not arriving",
    priority: "high",
    messages: [customer(target(0.92))],
    observer: "lead",
    assign: { by: "lead", to: "ana" },
  },
  {
    id: "w6",
    state: "breaching_soon",
    mailbox: "support",
    platform: "gmail",
    customer: CUSTOMERS.felix,
    subject: "Mobile app crashes on launch (Android 15)",
    messages: [customer(target(0.82))],
    observer: "dara",
    claim: "dara",
    tags: ["mobile", "bug"],
  },
];

const BREACHED: ThreadSpec[] = [
  {
    id: "b1",
    state: "breached",
    mailbox: "support",
    platform: "gmail",
    customer: CUSTOMERS.olivia,
    subject: "Still waiting on my refund",
    priority: "high",
    messages: [customer(target(1.6))],
    observer: "ana",
  },
  {
    id: "b2",
    state: "breached",
    mailbox: "support",
    platform: "outlook",
    customer: CUSTOMERS.grace,
    subject: "URGENT: production data missing",
    priority: "urgent",
    messages: [customer(target(2.5))],
    observer: "chen",
    claim: "chen",
    notes: [{ by: "chen", body: "@lead escalating - engineering on-call paged." }],
  },
  {
    id: "b3",
    state: "breached",
    mailbox: "sales",
    platform: "gmail",
    customer: CUSTOMERS.kofi,
    subject: "Partnership enquiry",
    messages: [customer(target(1.3))],
    observer: "ben",
  },
  {
    id: "b4",
    state: "breached",
    mailbox: "billing",
    platform: "outlook",
    customer: CUSTOMERS.ines,
    subject: "Wrong currency on invoice",
    messages: [customer(target(2))],
    observer: "dara",
    claim: "dara",
  },
  {
    id: "b5",
    state: "breached",
    mailbox: "support",
    platform: "outlook",
    customer: CUSTOMERS.amara,
    subject: "Cannot export audit log",
    priority: "low",
    messages: [customer(target(1.2))],
    observer: "eli",
    assign: { by: "lead", to: "eli" },
  },
  {
    id: "b6",
    state: "breached",
    mailbox: "support",
    platform: "gmail",
    customer: CUSTOMERS.maartje,
    subject: "Re: Order #47990 never arrived",
    messages: [customer(target(3)), reply("ben", target(2.8)), customer(target(1.4), "Any news?")],
    observer: "ben",
    claim: "ben",
  },
];

// Resolved now, within the resolution target of their priority (normal 24 h, high 8 h, low 40 h of
// business time), so they count as met, not breached; a customer's last "thanks" is recent enough not
// to breach the next-response clock it starts.
const RESOLVED: ThreadSpec[] = [
  {
    id: "r1",
    state: "resolved",
    mailbox: "support",
    platform: "gmail",
    customer: CUSTOMERS.carlos,
    subject: "How do I change my email address?",
    messages: [customer(min(700)), reply("ana", min(660)), customer(min(120), "Thanks, that worked!")],
    observer: "ana",
    claim: "ana",
    status: { by: "ana", to: "resolved" },
  },
  {
    id: "r2",
    state: "resolved",
    mailbox: "billing",
    platform: "outlook",
    customer: CUSTOMERS.grace,
    subject: "Receipt for October",
    messages: [customer(min(800)), reply("dara", min(780))],
    observer: "dara",
    claim: "dara",
    status: { by: "dara", to: "resolved" },
  },
  {
    id: "r3",
    state: "resolved",
    mailbox: "sales",
    platform: "outlook",
    customer: CUSTOMERS.nina,
    subject: "Upgrade to Business plan",
    messages: [customer(min(900)), reply("eli", min(870)), customer(min(800)), reply("eli", min(760))],
    observer: "eli",
    claim: "eli",
    status: { by: "eli", to: "resolved" },
    tags: ["upsell"],
  },
  {
    id: "r4",
    state: "resolved",
    mailbox: "support",
    platform: "outlook",
    customer: CUSTOMERS.priya,
    subject: "Calendar sync duplicated events",
    priority: "high",
    messages: [customer(min(300)), reply("mailbox", min(270)), customer(min(240)), reply("ben", min(200))],
    observer: "ben",
    claim: "ben",
    status: { by: "ben", to: "resolved" },
    tags: ["bug", "calendar"],
    notes: [{ by: "ben", body: "Fixed by the 4.2.1 release; linked to the incident." }],
  },
  {
    id: "r5",
    state: "resolved",
    mailbox: "support",
    platform: "gmail",
    customer: CUSTOMERS.hugo,
    subject: "Typo on the pricing page",
    priority: "low",
    messages: [customer(min(1200)), reply("chen", min(1100))],
    observer: "chen",
    claim: "chen",
    status: { by: "chen", to: "resolved" },
  },
  {
    id: "r6",
    state: "resolved",
    mailbox: "billing",
    platform: "gmail",
    customer: CUSTOMERS.james,
    subject: "Cancel my subscription",
    messages: [customer(min(1000)), reply("chen", min(900)), customer(min(150), "Confirmed, thank you")],
    observer: "chen",
    assign: { by: "lead", to: "chen" },
    status: { by: "chen", to: "resolved" },
    notes: [{ by: "chen", body: "Churn reason: moved to an in-house tool. @lead FYI" }],
  },
];

export const THREADS: readonly ThreadSpec[] = [
  ...UNCLAIMED,
  ...CLAIMED,
  ...PENDING,
  ...BREACHING_SOON,
  ...BREACHED,
  ...RESOLVED,
];
