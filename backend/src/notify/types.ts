import type { ChannelKind, ClockKind, SkippedRecipient, SlaActionKind } from "@baton/shared";

/** One SLA action to tell people about: what happened, to which conversation, and who to tell. */
export interface SlaNotice {
  org: string;
  mailboxId: string;
  conversationKey: string;
  /** The recorded event's id: the idempotency key of every delivery (mail doc id, webhook header). */
  eventId: string;
  kind: SlaActionKind;
  clock: ClockKind;
  cycle: number;
  dueAt: number;
  level: string | null;
  /** The conversation's subject line, as the sidebars show it. */
  subject: string;
  assignee: string | null;
  recipients: string[];
  skipped: SkippedRecipient[];
  channels: ChannelKind[];
  /** When the action was recorded. */
  at: number;
  /** The mailbox's zone, for the times in the message text. */
  timeZone: string;
}

/** A generic webhook endpoint: its secret signs every body. `id` names it in dead letters. */
export interface WebhookTarget {
  id: string;
  url: string;
  secret: string;
}

/**
 * Where a mailbox's channel notifications go. Webhook URLs and secrets are credentials: they are
 * stored outside orgs/{org} (which every member may read), at secrets/{org}/channels/{mailboxId}.
 */
export interface ChannelTargets {
  slack: { url: string } | null;
  teams: { url: string } | null;
  webhooks: WebhookTarget[];
}

export const NO_TARGETS: ChannelTargets = { slack: null, teams: null, webhooks: [] };

/** The outcome of one delivery (one channel, one target) after its retries. */
export interface DeliveryResult {
  channel: ChannelKind;
  target: string;
  ok: boolean;
  attempts: number;
  error: string | null;
}
