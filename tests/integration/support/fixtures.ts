// Test orgs made directly through the admin SDK, each with its own id and domain so suites and
// reruns never share a document: accounts/{email} is global, so every address is unique per org.
import { randomBytes } from "node:crypto";
import type { ConversationResponse, Role } from "@baton/shared";
import { adminApp, call, signIn, type Reply } from "./stack";

export const PASSWORD = "test-password";

export interface TestMember {
  email: string;
  role: Role;
  token: string;
}

export interface TestOrg {
  org: string;
  domain: string;
  mailbox: string;
  members: Record<string, TestMember>;
  /** The ID token of the member called `name`. */
  token: (name: string) => string;
  email: (name: string) => string;
}

/** Business hours round the clock in UTC, so the SLA figures in tests do not depend on the hour. */
export const ALWAYS_OPEN = {
  timeZone: "UTC",
  weekly: Object.fromEntries(
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["00:00", "24:00"]]]),
  ),
};

export const TEST_POLICY = {
  tiers: {
    low: { firstResponseMinutes: 480, nextResponseMinutes: 480, resolutionMinutes: 2400 },
    normal: { firstResponseMinutes: 240, nextResponseMinutes: 240, resolutionMinutes: 1440 },
    high: { firstResponseMinutes: 60, nextResponseMinutes: 60, resolutionMinutes: 480 },
    urgent: { firstResponseMinutes: 30, nextResponseMinutes: 30, resolutionMinutes: 240 },
  },
  warningThreshold: 0.75,
  pauseStatuses: ["pending", "snoozed"],
};

export function uniqueId(label: string): string {
  return `${label}-${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

/**
 * An org with a support mailbox and one member per entry of `roles` (name -> role), each signed in.
 * Redaction: cards, IBANs and a "ticket" pattern (TICKET-123).
 */
export async function createTestOrg(label: string, roles: Record<string, Role>): Promise<TestOrg> {
  const { db, auth } = adminApp();
  const org = uniqueId(label);
  const domain = `${org}.baton.test`;
  const mailbox = `support@${domain}`;
  const batch = db.batch();
  batch.set(db.doc(`orgs/${org}`), {
    name: `Test ${label}`,
    domain,
    identity: { domains: [domain], tenants: [] },
    settings: {
      redaction: { cards: true, ibans: true, patterns: [{ name: "ticket", regex: "TICKET-\\d+" }] },
      retentionDays: 365,
    },
  });
  batch.set(db.doc(`orgs/${org}/mailboxes/support`), {
    address: mailbox,
    name: "Support",
    policy: TEST_POLICY,
    // Stored form: Firestore has no arrays inside arrays (docs/data-model.md).
    calendar: {
      timeZone: "UTC",
      weekly: Object.fromEntries(
        Object.keys(ALWAYS_OPEN.weekly).map((d) => [d, [{ from: "00:00", to: "24:00" }]]),
      ),
    },
    routing: { agents: [], onCall: null },
    version: 1,
    // Joined Baton well before the suites' messages (dated up to hours back): mail from before a
    // mailbox joined is history, recorded but not timed, and most suites read its clocks.
    createdAt: Date.now() - 90 * 24 * 3_600_000,
  });
  batch.set(db.doc(`domains/${domain}`), { org });
  const emails = Object.fromEntries(Object.keys(roles).map((name) => [name, `${name}@${domain}`]));
  for (const [name, role] of Object.entries(roles)) {
    const email = emails[name]!;
    batch.set(db.doc(`orgs/${org}/members/${email}`), { email, name: capitalize(name), role });
    batch.set(db.doc(`accounts/${email}`), { org });
  }
  await batch.commit();
  const members: Record<string, TestMember> = {};
  await Promise.all(
    Object.entries(roles).map(async ([name, role]) => {
      const email = emails[name]!;
      // Verified, as a Workspace or Microsoft 365 address is: the API and the rules refuse unverified ones.
      await auth.createUser({
        email,
        password: PASSWORD,
        displayName: capitalize(name),
        emailVerified: true,
      });
      members[name] = { email, role, token: await signIn(email, PASSWORD) };
    }),
  );
  return {
    org,
    domain,
    mailbox,
    members,
    token: (name) => members[name]!.token,
    email: (name) => members[name]!.email,
  };
}

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export interface MessageSpec {
  messageId: string;
  inReplyTo?: string;
  references?: string;
  from: string;
  to?: string[];
  subject: string;
  sentAt: string;
}

/** A customer thread: a root message and replies, with proper In-Reply-To / References chains. */
export function makeThread(
  domain: string,
  customer: string,
  length: number,
  startMs = Date.now() - 3_600_000,
) {
  const tag = randomBytes(4).toString("hex");
  const ids = Array.from({ length }, (_, i) => `<${tag}.${i}@mail.${domain}>`);
  const messages: MessageSpec[] = ids.map((messageId, i) => ({
    messageId,
    ...(i > 0 ? { inReplyTo: ids[i - 1], references: ids.slice(0, i).join(" ") } : {}),
    from: customer,
    to: [`support@${domain}`],
    subject: i === 0 ? `Order ${tag} did not arrive` : `Re: Order ${tag} did not arrive`,
    sentAt: new Date(startMs + i * 60_000).toISOString(),
  }));
  return { ids, messages };
}

export function observeBody(
  org: TestOrg,
  messages: MessageSpec[],
  platform = "gmail",
  platformThreadId?: string,
) {
  return {
    mailbox: org.mailbox,
    platform,
    ...(platformThreadId === undefined ? {} : { platformThreadId }),
    messages,
  };
}

/** Observes and asserts success; answers the conversation response. */
export async function observe(
  org: TestOrg,
  member: string,
  messages: MessageSpec[],
  platform = "gmail",
  platformThreadId?: string,
): Promise<ConversationResponse> {
  const reply: Reply<ConversationResponse> = await call(
    org.token(member),
    "POST",
    "/conversations/observe",
    observeBody(org, messages, platform, platformThreadId),
  );
  if (reply.status !== 200) throw new Error(`observe failed: ${reply.status} ${reply.text}`);
  return reply.body;
}

export function requestId(): string {
  return `req-${randomBytes(8).toString("hex")}`;
}
