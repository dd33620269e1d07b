import { checkWebhookUrl, type Conversation, type ConversationEvent } from "@baton/shared";
import type { Translator } from "@baton/shared/i18n";
import type { Firestore } from "firebase-admin/firestore";
import { logger } from "firebase-functions/logger";
import { MAIL_COLLECTION } from "../notify/email";
import { mailboxLanguage, memberLanguages, speak } from "../notify/language";
import { fetchPost, postOrThrow, type HttpPost } from "../notify/post-json";
import { targetPolicyFromEnv } from "../notify/dispatch";
import { loadChannelTargets } from "../sla/settings";
import { teamOf } from "../store/directory";
import { threadLink } from "./links";
import { newMentions, type MentionNotice } from "./notices";

/** gRPC ALREADY_EXISTS, as the Admin SDK reports a create() of an existing document. */
const ALREADY_EXISTS = 6;

/** The mail document of one notice: one per note event and member, so a retry sends nothing twice. */
export function mentionMailId(org: string, notice: MentionNotice): string {
  return `${org}.mention.${notice.eventId}.${notice.member}`;
}

export interface MentionContext {
  org: string;
  mailboxId: string;
  conversation: Conversation;
  aliases: readonly string[];
  hostingOrigin: string;
  post?: HttpPost;
}

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The mention email in the member's language (`t`): who mentioned them where, and the link. */
export function mentionMessage(t: Translator, authorName: string, subject: string, link: string) {
  const said = { author: authorName, subject };
  return {
    subject: t.t("notify.mentionSubject", said),
    text: `${t.t("notify.mentionText", said)}\n\n${t.t("notify.mentionOpen", { link })}`,
    // The catalogue's words are ours; what a person typed (name, subject) is escaped going in.
    html: `<p>${t.t("notify.mentionHtml", { author: esc(authorName), subject: esc(subject) })}</p><p><a href="${esc(link)}">${t.t("notify.mentionOpenLink")}</a></p>`,
  };
}

/**
 * Tells each newly mentioned member once per note (notices.ts): an email through Trigger Email's
 * `mail` collection, created with the note event's id so a repeat is a no-op, and — only when that
 * create is the first — a line in the mailbox's Slack and Teams channels, naming the member. The
 * note text is never sent: it may hold what redaction missed, and the link opens it where the
 * member is signed in. Never throws: the note is already saved.
 */
export async function notifyMentions(
  db: Firestore,
  ctx: MentionContext,
  before: Conversation,
  events: readonly ConversationEvent[],
): Promise<number> {
  const notices = newMentions(before, events);
  if (notices.length === 0) return 0;
  let sent = 0;
  try {
    const team = await teamOf(db, ctx.org);
    const nameOf = (email: string) => team.find((m) => m.email === email)?.name ?? email;
    const link = threadLink(ctx.conversation, ctx.aliases, ctx.hostingOrigin).url;
    // Each member reads their own language, else the mailbox's; the channel reads the mailbox's.
    const [own, mailbox] = await Promise.all([
      memberLanguages(db, ctx.org, [...new Set(notices.map((n) => n.member))]),
      mailboxLanguage(db, ctx.org, ctx.mailboxId),
    ]);
    const fresh: MentionNotice[] = [];
    for (const notice of notices) {
      // Only members get mail: a mention is resolved against the team, but it may have left since.
      if (!team.some((m) => m.email === notice.member)) continue;
      try {
        await db
          .collection(MAIL_COLLECTION)
          .doc(mentionMailId(ctx.org, notice))
          .create({
            to: [notice.member],
            message: mentionMessage(
              speak(own.get(notice.member), mailbox),
              nameOf(notice.author),
              ctx.conversation.subject,
              link,
            ),
          });
        fresh.push(notice);
        sent += 1;
      } catch (error) {
        if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
      }
    }
    if (fresh.length > 0) await postToChannels(db, ctx, fresh, nameOf, link, speak(mailbox));
  } catch (error) {
    logger.error("mention notice failed", { org: ctx.org, key: ctx.conversation.key, error: String(error) });
  }
  return sent;
}

/** One try per channel: the sender is waiting on the note's response, and the email already went. */
async function postToChannels(
  db: Firestore,
  ctx: MentionContext,
  notices: readonly MentionNotice[],
  nameOf: (email: string) => string,
  link: string,
  t: Translator,
): Promise<void> {
  const targets = await loadChannelTargets(db, ctx.org, ctx.mailboxId);
  const policy = targetPolicyFromEnv();
  const post = ctx.post ?? fetchPost;
  const who = notices.map((n) => nameOf(n.member)).join(", ");
  const line = t.t("notify.mentionChannel", {
    author: nameOf(notices[0]?.author ?? ""),
    members: who,
    subject: ctx.conversation.subject,
  });
  const open = t.t("notify.mentionChannelOpen");
  const sends: Promise<void>[] = [];
  if (targets.slack !== null && checkWebhookUrl(targets.slack.url, "slack", policy) === null) {
    const body = JSON.stringify({ text: `${line}: <${link}|${open}>` });
    sends.push(postOrThrow(post, targets.slack.url, body, { "Content-Type": "application/json" }, policy));
  }
  if (targets.teams !== null && checkWebhookUrl(targets.teams.url, "teams", policy) === null) {
    const body = JSON.stringify({ text: `${line}: [${open}](${link})` });
    sends.push(postOrThrow(post, targets.teams.url, body, { "Content-Type": "application/json" }, policy));
  }
  for (const result of await Promise.allSettled(sends)) {
    if (result.status === "rejected") {
      logger.warn("mention channel post failed", { org: ctx.org, error: String(result.reason) });
    }
  }
}
