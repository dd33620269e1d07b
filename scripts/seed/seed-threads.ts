// Creates the demo threads through the HTTP API, as the sidebars would: the observer reports the thread
// it sees, then members claim, assign, tag, annotate and change status. Re-running converges: messages
// are known by Message-ID, commands carry fixed request ids, and steps already reflected in the
// conversation are skipped.
import type { Priority } from "@baton/shared";
import { routingReasons } from "@baton/shared/view";
import { apiAs, signIn, type StackUrls } from "./api-client";
import { ARRIVALS } from "./arrivals";
import { MAILBOXES, mailboxById } from "./mailboxes";
import { messageIdFor, platformThreadIdFor } from "./message-ids";
import { DEMO_DOMAIN, DEMO_PASSWORD, MEMBERS, memberNamed } from "./people";
import { demoRoutings, type RoutingPhase } from "./routing";
import { THREADS, type ThreadSpec } from "./threads";
import { agoMinutes, businessMinutesAgo } from "./timing";

interface ObservedMessage {
  messageId: string;
  inReplyTo?: string;
  references?: string;
  from: string;
  to: string[];
  subject: string;
  sentAt: string;
  /** The start of the text (Gmail's snippet), which routing rules read; only where the spec has text. */
  snippet?: string;
}

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

function mailboxOf(thread: ThreadSpec) {
  return mailboxById(thread.mailbox);
}

/** The thread's messages with realistic headers, oldest first. */
export function buildMessages(thread: ThreadSpec, nowMs: number): ObservedMessage[] {
  const mailbox = mailboxOf(thread);
  const priority: Priority = thread.priority ?? "normal";
  const ids: string[] = [];
  return thread.messages.map((spec, index) => {
    const fromCustomer = spec.by === "customer";
    const mailer = fromCustomer ? thread.customer.mailer : thread.platform;
    const domain = fromCustomer ? (thread.customer.email.split("@")[1] ?? "example") : DEMO_DOMAIN;
    const messageId = messageIdFor(mailer, `${thread.id}/${String(index)}`, domain);
    const sender = fromCustomer
      ? `${thread.customer.name} <${thread.customer.email}>`
      : spec.by === "mailbox"
        ? `${mailbox.name} <${mailbox.address}>`
        : `${memberNamed(spec.by).name} <${memberNamed(spec.by).email}>`;
    const sentAtMs =
      "days" in spec.ago
        ? nowMs - spec.ago.days * DAY_MS
        : "wallMinutes" in spec.ago
          ? nowMs - spec.ago.wallMinutes * MINUTE_MS
          : businessMinutesAgo(mailbox.calendar, agoMinutes(spec.ago, mailbox.policy, priority), nowMs);
    const previous = ids.at(-1);
    const message: ObservedMessage = {
      messageId,
      ...(previous ? { inReplyTo: previous, references: ids.join(" ") } : {}),
      from: sender,
      to: [fromCustomer ? mailbox.address : thread.customer.email],
      subject: index === 0 || thread.subject.startsWith("Re: ") ? thread.subject : `Re: ${thread.subject}`,
      sentAt: new Date(sentAtMs).toISOString(),
      ...(spec.text !== undefined ? { snippet: spec.text } : {}),
    };
    ids.push(messageId);
    return message;
  });
}

export type Tokens = Map<string, string>;

/** Display names by address, as the sidebars pass them to the reason lines. */
const NAMES: ReadonlyMap<string, string> = new Map(
  MEMBERS.map((m) => [m.email, m.name.split(" ")[0] ?? m.name]),
);

export async function signInEveryone(urls: StackUrls): Promise<Tokens> {
  const entries = await Promise.all(
    MEMBERS.map(
      async (m) => [m.email.split("@")[0] ?? m.email, await signIn(urls, m.email, DEMO_PASSWORD)] as const,
    ),
  );
  return new Map(entries);
}

function tokenOf(tokens: Tokens, local: string): string {
  const token = tokens.get(local);
  if (!token) throw new Error(`No token for ${local}@`);
  return token;
}

async function seedThread(urls: StackUrls, tokens: Tokens, thread: ThreadSpec, nowMs: number): Promise<void> {
  const mailbox = mailboxOf(thread);
  const as = (by: string) => apiAs(urls, tokenOf(tokens, by));
  const requestId = (step: string) => `seed-${thread.id}-${step}`;

  let { conversation } = await as(thread.observer)("observe", {
    body: {
      mailbox: mailbox.address,
      platform: thread.platform,
      platformThreadId: platformThreadIdFor(thread.platform, thread.id),
      messages: buildMessages(thread, nowMs),
    },
  });
  const params = { key: conversation.key };

  if (thread.priority && conversation.priority !== thread.priority) {
    const body = { priority: thread.priority, requestId: requestId("priority") };
    ({ conversation } = await as(thread.observer)("setPriority", { params, body }));
  }
  if (thread.claim && conversation.assignee === null) {
    ({ conversation } = await as(thread.claim)("claim", { params, body: { requestId: requestId("claim") } }));
  }
  if (thread.assign && conversation.assignee === null) {
    const body = { assignee: memberNamed(thread.assign.to).email, requestId: requestId("assign") };
    ({ conversation } = await as(thread.assign.by)("assign", { params, body }));
  }
  const missingTags = (thread.tags ?? []).filter((tag) => !conversation.tags.includes(tag));
  if (missingTags.length > 0) {
    const body = { add: missingTags, remove: [], requestId: requestId("tags") };
    ({ conversation } = await as(thread.observer)("setTags", { params, body }));
  }
  for (const [index, note] of (thread.notes ?? []).entries()) {
    if (conversation.notes.length > index) continue;
    const body = { body: note.body, requestId: requestId(`note${String(index)}`) };
    await as(note.by)("createNote", { params, body });
  }
  const status = thread.status;
  if (status && conversation.status !== status.to) {
    const snoozedUntil = status.snoozeHours
      ? new Date(nowMs + status.snoozeHours * HOUR_MS).toISOString()
      : undefined;
    const body = {
      status: status.to,
      ...(snoozedUntil ? { snoozedUntil } : {}),
      requestId: requestId("status"),
    };
    ({ conversation } = await as(status.by)("setStatus", { params, body }));
  }
}

/** Runs `work` over `items` with at most `limit` in flight (the functions emulator runs 4 workers). */
async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: limit }, lane));
}

/** The mailboxes through the admin-only PUT /mailboxes/{id}, as an admin would configure them. */
export async function seedMailboxesThroughApi(urls: StackUrls, tokens: Tokens): Promise<void> {
  await Promise.all(
    MAILBOXES.map(({ id, address, name, policy, calendar, routing }) =>
      apiAs(urls, tokenOf(tokens, "admin"))("putMailbox", {
        params: { id },
        body: { address, name, policy, calendar, routing },
      }),
    ),
  );
}

export async function seedThreads(urls: StackUrls, tokens: Tokens, nowMs: number): Promise<number> {
  const failures: string[] = [];
  await forEachLimited(THREADS, 4, async (thread) => {
    try {
      await seedThread(urls, tokens, thread, nowMs);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      failures.push(`${thread.id} (${thread.subject}): ${reason}`);
    }
  });
  if (failures.length > 0) throw new Error(`Seeding threads failed:\n  ${failures.join("\n  ")}`);
  return THREADS.length;
}

/**
 * Every demo mailbox's routing through the admin-only PUT /mailboxes/{id}/routing. "manual" before
 * the history (so a re-run that finds support@ routing does not hand the history's unclaimed threads
 * out), "routed" after it.
 */
export async function seedRoutingThroughApi(urls: StackUrls, tokens: Tokens, phase: RoutingPhase) {
  const admin = apiAs(urls, tokenOf(tokens, "admin"));
  await Promise.all(
    demoRoutings(phase).map(({ id, routing }) =>
      admin("putMailboxRouting", { params: { id }, body: routing }),
    ),
  );
}

/**
 * The new mail (arrivals.ts), one at a time so round-robin's turns come out the same on every fresh
 * stack. Returns who owns each and why, for the seed's summary.
 */
export async function seedArrivals(urls: StackUrls, tokens: Tokens, nowMs: number): Promise<string[]> {
  const lines: string[] = [];
  for (const thread of ARRIVALS) {
    const { conversation } = await apiAs(urls, tokenOf(tokens, thread.observer))("observe", {
      body: {
        mailbox: mailboxOf(thread).address,
        platform: thread.platform,
        platformThreadId: platformThreadIdFor(thread.platform, thread.id),
        messages: buildMessages(thread, nowMs),
      },
    });
    const why = routingReasons(conversation, NAMES);
    lines.push(
      `${thread.subject}: ${why.length > 0 ? why.join("; ") : `unowned in ${conversation.mailbox}`}`,
    );
  }
  return lines;
}
