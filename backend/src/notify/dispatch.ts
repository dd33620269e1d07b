import { checkWebhookUrl, type ChannelKind, type WebhookChannel, type WebhookUrlPolicy } from "@baton/shared";
import type { Translator } from "@baton/shared/i18n";
import type { Firestore } from "firebase-admin/firestore";
import { recordDeadLetter } from "./dead-letter";
import { queueEmail } from "./email";
import { ENGLISH, mailboxLanguage, speak } from "./language";
import { fetchPost, postOrThrow, type HttpPost } from "./post-json";
import { DEFAULT_RETRY, withRetries, type RetryClock, type RetryPolicy } from "./retry";
import { RefusedTargetError } from "./safe-post";
import { SIGNATURE_HEADER, signWebhook } from "./signature";
import { slackPayload } from "./slack";
import { teamsPayload } from "./teams";
import type { ChannelTargets, DeliveryResult, SlaNotice } from "./types";

/** The outside world of a dispatch, injected so tests count posts and run retries instantly. */
export interface NotifyDeps extends RetryClock {
  post: HttpPost;
  now: () => number;
  queueEmail: (notice: SlaNotice) => Promise<void>;
  recordDeadLetter: (notice: SlaNotice, result: DeliveryResult) => Promise<void>;
  retry?: RetryPolicy;
  /** Which targets may be posted to: public https hosts only, except loopback on the emulator. */
  targetPolicy: WebhookUrlPolicy;
  /** The language of the team's channels (Slack, Teams) for a notice's mailbox; absent: English. */
  channelTranslator?: (notice: SlaNotice) => Promise<Translator>;
}

/** Loopback receivers only where the Functions emulator runs (FUNCTIONS_EMULATOR=true), never deployed. */
export function targetPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): WebhookUrlPolicy {
  return { allowLoopback: env.FUNCTIONS_EMULATOR === "true" };
}

/** Production wiring: fetch, real sleeps, Math.random jitter, Firestore for mail and dead letters. */
export function firestoreNotifyDeps(db: Firestore, retry: RetryPolicy = DEFAULT_RETRY): NotifyDeps {
  const now = () => Date.now();
  return {
    post: fetchPost,
    now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
    queueEmail: (notice) => queueEmail(db, notice),
    recordDeadLetter: (notice, result) => recordDeadLetter(db, notice, result, now()),
    retry,
    targetPolicy: targetPolicyFromEnv(),
    channelTranslator: async (notice) => speak(await mailboxLanguage(db, notice.org, notice.mailboxId)),
  };
}

interface Delivery {
  channel: ChannelKind;
  target: string;
  send: () => Promise<void>;
}

const JSON_HEADERS = { "Content-Type": "application/json" };

/**
 * Posts to a channel's target after checking it for that channel (settings saved before these checks
 * existed, or written around the API, are checked here too); a refusal is a permanent failure whose
 * sentence becomes the dead letter's reason.
 */
async function postTo(
  deps: NotifyDeps,
  channel: WebhookChannel,
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<void> {
  const refusal = checkWebhookUrl(url, channel, deps.targetPolicy);
  if (refusal !== null) throw new RefusedTargetError(refusal);
  await postOrThrow(deps.post, url, body, headers, deps.targetPolicy);
}

/** The generic webhook's body: a stable, documented event shape (docs in backend/src/notify/README.md). */
export function webhookBody(notice: SlaNotice): string {
  return JSON.stringify({
    id: notice.eventId,
    type: `sla.${notice.kind}`,
    createdAt: notice.at,
    org: notice.org,
    mailbox: notice.mailboxId,
    conversation: notice.conversationKey,
    subject: notice.subject,
    clock: notice.clock,
    cycle: notice.cycle,
    dueAt: notice.dueAt,
    level: notice.level,
    assignee: notice.assignee,
    recipients: notice.recipients,
  });
}

function deliveriesOf(
  deps: NotifyDeps,
  notice: SlaNotice,
  targets: ChannelTargets,
  team: Translator,
): Delivery[] {
  const out: Delivery[] = [];
  const wants = (channel: ChannelKind) => notice.channels.includes(channel);
  if (wants("email") && notice.recipients.length > 0) {
    out.push({ channel: "email", target: "mail", send: () => deps.queueEmail(notice) });
  }
  const slack = targets.slack;
  if (wants("slack") && slack !== null) {
    const body = JSON.stringify(slackPayload(notice, team));
    out.push({
      channel: "slack",
      target: "slack",
      send: () => postTo(deps, "slack", slack.url, body, JSON_HEADERS),
    });
  }
  const teams = targets.teams;
  if (wants("teams") && teams !== null) {
    const body = JSON.stringify(teamsPayload(notice, team));
    out.push({
      channel: "teams",
      target: "teams",
      send: () => postTo(deps, "teams", teams.url, body, JSON_HEADERS),
    });
  }
  if (wants("webhook")) {
    const body = webhookBody(notice);
    for (const hook of targets.webhooks) {
      out.push({
        channel: "webhook",
        target: hook.id,
        // Signed per attempt: a retry minutes later carries a fresh timestamp inside the tolerance.
        send: () =>
          postTo(deps, "webhook", hook.url, body, {
            ...JSON_HEADERS,
            [SIGNATURE_HEADER]: signWebhook(hook.secret, body, deps.now()),
            "Baton-Event-Id": notice.eventId,
          }),
      });
    }
  }
  return out;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The channels' language; English when it cannot be read (a message in English beats none). */
async function teamTranslator(deps: NotifyDeps, notice: SlaNotice): Promise<Translator> {
  if (deps.channelTranslator === undefined) return ENGLISH;
  try {
    return await deps.channelTranslator(notice);
  } catch {
    return ENGLISH;
  }
}

/**
 * Delivers one notice on every channel it asks for, each with its own retries, all at once
 * (Promise.allSettled): a slow or failing channel never holds up the others. A delivery that fails
 * its last try leaves a dead letter. Never throws; answers one result per delivery.
 */
export async function dispatchNotice(
  deps: NotifyDeps,
  notice: SlaNotice,
  targets: ChannelTargets,
): Promise<DeliveryResult[]> {
  const policy = deps.retry ?? DEFAULT_RETRY;
  const deliveries = deliveriesOf(deps, notice, targets, await teamTranslator(deps, notice));
  const settled = await Promise.allSettled(
    deliveries.map(async (delivery): Promise<DeliveryResult> => {
      const outcome = await withRetries(() => delivery.send(), policy, deps);
      const result: DeliveryResult = {
        channel: delivery.channel,
        target: delivery.target,
        ok: outcome.ok,
        attempts: outcome.attempts,
        error: outcome.ok ? null : describe(outcome.error),
      };
      if (!result.ok) await deps.recordDeadLetter(notice, result);
      return result;
    }),
  );
  return settled.map((s, i) =>
    s.status === "fulfilled"
      ? s.value
      : {
          channel: deliveries[i]?.channel ?? "webhook",
          target: deliveries[i]?.target ?? "unknown",
          ok: false,
          attempts: 0,
          error: `dead letter not recorded: ${describe(s.reason)}`,
        },
  );
}
