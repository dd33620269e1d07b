import type { Conversation } from "../conversation/types";
import type { Translator } from "../i18n/translator";
import { englishTranslator } from "./english";
import { formatSince, type ZoneArg } from "./format-when";
import type { NameOf } from "./member-names";

/**
 * "Unclaimed", "You, since 10:42", "Ana, since Mon 10:42", with the reader's clock beside the
 * mailbox's when they differ ("Ana, since 12:50 Amsterdam · 06:50 your time").
 */
export function ownerLine(
  conversation: Pick<Conversation, "assignee" | "assignedAt">,
  meEmail: string,
  nameOf: NameOf,
  nowMs: number,
  timeZone: ZoneArg,
  t: Translator = englishTranslator(),
): string {
  const { assignee, assignedAt } = conversation;
  if (assignee === null) return t.t("view.ownerUnclaimed");
  const who = assignee.toLowerCase() === meEmail.toLowerCase() ? t.t("view.you") : nameOf(assignee);
  if (assignedAt === null) return who;
  return t.t("view.ownerSince", { who, since: formatSince(assignedAt, nowMs, timeZone, t) });
}
