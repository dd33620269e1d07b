import {
  businessCalendarSchema,
  DEFAULT_ESCALATION_POLICY,
  isRole,
  validateEscalationPolicy,
  validateRota,
  type DomainError,
  type EscalationPolicy,
  type MemberContact,
  type OnCallRota,
} from "@baton/shared";
import type { DocumentData, Firestore } from "firebase-admin/firestore";
import { calendarFromStore } from "../store/calendar-codec";
import { paths } from "../store/paths";
import { NO_TARGETS, type ChannelTargets, type WebhookTarget } from "../notify/types";
import { slaPaths } from "./paths";

/** A mailbox's escalation rules and rota (null: the mailbox's routing.onCall is the on-call). */
export interface EscalationSettings {
  policy: EscalationPolicy;
  rota: OnCallRota | null;
}

/** Read leniently, like mailboxes: a broken document falls back to the defaults, never stops clocks. */
export function toEscalationSettings(data: DocumentData | undefined): EscalationSettings {
  const policy = data?.policy as EscalationPolicy | undefined;
  const rota = data?.rota as OnCallRota | null | undefined;
  return {
    policy:
      policy !== undefined && validateEscalationPolicy(policy) === null ? policy : DEFAULT_ESCALATION_POLICY,
    rota: rota !== undefined && rota !== null && validateRota(rota) === null ? rota : null,
  };
}

export async function loadEscalationSettings(
  db: Firestore,
  org: string,
  mailboxId: string,
): Promise<EscalationSettings> {
  if (mailboxId === "") return toEscalationSettings(undefined);
  return toEscalationSettings((await slaPaths.escalation(db, org, mailboxId).get()).data());
}

/** Validates and stores an admin's escalation settings; answers the first problem, or null. */
export async function putEscalationSettings(
  db: Firestore,
  org: string,
  mailboxId: string,
  settings: EscalationSettings,
): Promise<DomainError | null> {
  const problem = validateEscalationPolicy(settings.policy) ?? (settings.rota && validateRota(settings.rota));
  if (problem) return problem;
  await slaPaths.escalation(db, org, mailboxId).set(settings);
  return null;
}

function isUrl(value: unknown): value is string {
  return typeof value === "string" && /^https?:\/\//.test(value);
}

export function toChannelTargets(data: DocumentData | undefined): ChannelTargets {
  if (data === undefined) return NO_TARGETS;
  const url = (v: unknown) =>
    isUrl((v as { url?: unknown } | null)?.url) ? { url: (v as { url: string }).url } : null;
  const hooks = Array.isArray(data.webhooks) ? (data.webhooks as unknown[]) : [];
  return {
    slack: url(data.slack),
    teams: url(data.teams),
    webhooks: hooks.filter(
      (h): h is WebhookTarget =>
        typeof h === "object" &&
        h !== null &&
        typeof (h as WebhookTarget).id === "string" &&
        isUrl((h as WebhookTarget).url) &&
        typeof (h as WebhookTarget).secret === "string",
    ),
  };
}

export async function loadChannelTargets(
  db: Firestore,
  org: string,
  mailboxId: string,
): Promise<ChannelTargets> {
  if (mailboxId === "") return NO_TARGETS;
  return toChannelTargets((await slaPaths.channels(db, org, mailboxId).get()).data());
}

/** Members with their optional own working hours (`workingHours`, a business calendar). */
export async function loadMemberContacts(db: Firestore, org: string): Promise<MemberContact[]> {
  const snapshot = await paths.members(db, org).get();
  return snapshot.docs.flatMap((doc) => {
    const data = doc.data();
    if (!isRole(data.role)) return [];
    const hours = businessCalendarSchema.safeParse(calendarFromStore(data.workingHours));
    const contact: MemberContact = {
      email: doc.id.toLowerCase(),
      name: typeof data.name === "string" ? data.name : doc.id,
      role: data.role,
    };
    if (hours.success) contact.workingHours = hours.data;
    return [contact];
  });
}
