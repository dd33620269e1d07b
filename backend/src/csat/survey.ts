import { localSlotOf, type Conversation, type ConversationEvent } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { logger } from "firebase-functions/logger";
import { MAIL_COLLECTION } from "../notify/email";
import { paths } from "../store/paths";
import { CSAT_TEXT, esc, langOf, type CsatLang } from "./text";
import { CSAT_LINK_LIFETIME_MS, csatSecret, signSurvey } from "./token";

/** gRPC ALREADY_EXISTS, as the Admin SDK reports a create() of an existing document. */
const ALREADY_EXISTS = 6;

/**
 * The conversation's cycle: it starts with the customer's latest message. Resolving, reopening and
 * resolving again without a new customer message is the same cycle, so it gets no second survey.
 */
export function cycleOf(conversation: Conversation): number {
  return conversation.lastInboundAt ?? conversation.createdAt;
}

/** One survey (and one answer) per conversation cycle: orgs/{org}/conversations/{key}/csat/{cycle}. */
export function surveyRef(db: Firestore, org: string, key: string, cycle: number) {
  return paths.conversation(db, org, key).collection("csat").doc(String(cycle));
}

/** The mailbox's setting, stored on the mailbox document as `csat: {enabled, language}`. */
export async function csatSettingOf(db: Firestore, org: string, mailboxId: string) {
  const mailbox = await paths.mailbox(db, org, mailboxId).get();
  const csat: unknown = mailbox.get("csat");
  const zone: unknown = mailbox.get("calendar.timeZone");
  const c = (typeof csat === "object" && csat !== null ? csat : {}) as {
    enabled?: unknown;
    language?: unknown;
  };
  return {
    enabled: c.enabled === true,
    language: langOf(c.language),
    // The metric's day is the resolve's, in the mailbox's zone, as the other rollups date theirs.
    timeZone: typeof zone === "string" && zone !== "" ? zone : "UTC",
  };
}

/** The customer: who sent the latest customer message (the log holds it; the projection does not). */
async function customerOf(db: Firestore, org: string, key: string): Promise<string | null> {
  const snap = await paths.events(db, org, key).where("type", "==", "message_received").get();
  let best: { at: number; from: string } | null = null;
  for (const doc of snap.docs) {
    const at: unknown = doc.get("at");
    const from: unknown = doc.get("from");
    if (typeof at === "number" && typeof from === "string" && (best === null || at > best.at))
      best = { at, from };
  }
  return best?.from ?? null;
}

export function surveyLinks(origin: string, token: string): string[] {
  return [1, 2, 3, 4, 5].map((r) => `${origin}/csat?t=${encodeURIComponent(token)}&r=${r}`);
}

/** The survey mail in the customer's language: the question and the five scores as links. */
export function surveyMessage(lang: CsatLang, subject: string, links: readonly string[]) {
  const t = CSAT_TEXT[lang];
  return {
    subject: t.subject(subject),
    text: `${t.ask}\n\n${links.map((l, i) => `${i + 1}: ${l}`).join("\n")}`,
    html: `<p>${esc(t.ask)}</p><p>${links.map((l, i) => `<a href="${esc(l)}">${i + 1}</a>`).join(" &nbsp; ")}</p>`,
  };
}

/**
 * On a resolve, when the mailbox asks for it, sends the customer one short survey for this cycle
 * through Trigger Email's `mail` collection: five signed links to the Hosting page /csat. The survey
 * document is created first, so a second resolve in the cycle (or a retry) finds it and sends
 * nothing. Answers: "sent", or why not. Never throws: the resolve is already saved.
 */
export async function surveyOnResolve(
  db: Firestore,
  input: { org: string; mailboxId: string; conversation: Conversation; hostingOrigin: string; nowMs: number },
  events: readonly ConversationEvent[],
): Promise<"sent" | "not_resolved" | "disabled" | "no_secret" | "no_customer" | "already_sent"> {
  if (!events.some((e) => e.type === "status_changed" && e.to === "resolved")) return "not_resolved";
  const { org, conversation } = input;
  try {
    const setting = await csatSettingOf(db, org, input.mailboxId);
    if (!setting.enabled) return "disabled";
    const secret = csatSecret();
    if (secret === "") {
      logger.warn("CSAT is on but BATON_CSAT_SECRET is not set: no survey sent", { org });
      return "no_secret";
    }
    const customer = await customerOf(db, org, conversation.key);
    if (customer === null) return "no_customer";
    const cycle = cycleOf(conversation);
    const lang = setting.language;
    try {
      await surveyRef(db, org, conversation.key, cycle).create({
        sentAt: input.nowMs,
        to: customer,
        lang,
        cycle,
        // Where the answer counts in the metrics (csat/answer.ts): the resolve's day, mailbox, owner.
        day: localSlotOf(setting.timeZone, input.nowMs).day,
        mailboxId: input.mailboxId,
        owner: conversation.assignee?.toLowerCase() ?? null,
      });
    } catch (error) {
      if ((error as { code?: unknown }).code === ALREADY_EXISTS) return "already_sent";
      throw error;
    }
    const token = signSurvey(secret, {
      org,
      key: conversation.key,
      cycle,
      expiresAt: input.nowMs + CSAT_LINK_LIFETIME_MS,
      lang,
    });
    const links = surveyLinks(input.hostingOrigin, token);
    await db
      .collection(MAIL_COLLECTION)
      .doc(`${org}.csat.${conversation.key}.${cycle}`)
      .create({ to: [customer], message: surveyMessage(lang, conversation.subject, links) });
    return "sent";
  } catch (error) {
    logger.error("CSAT survey failed", { org, key: conversation.key, error: String(error) });
    return "already_sent";
  }
}
