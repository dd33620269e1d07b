import {
  addressesNamedIn,
  validateEscalationPolicy,
  validateRota,
  type ChannelsView,
  type DomainError,
  type EscalationSettingsResponse,
} from "@baton/shared";
import { isKnownHolidaySource } from "../holidays/public-holidays";
import { recordRecomputeChoice } from "../holidays/recompute";
import { requestJob } from "../jobs/kick";
import type { Handlers } from "../http/app";
import { fail, failWith } from "../http/errors";
import type { ChannelTargets, WebhookTarget } from "../notify/types";
import { slaPaths } from "../sla/paths";
import { loadChannelTargets, loadEscalationSettings, putEscalationSettings } from "../sla/settings";
import { forgetDirectory } from "../store/directory";
import { changeMailboxHolidays, readMailboxWithHolidays, type MailboxWithHolidays } from "../store/mailboxes";
import { checkMembers } from "./check-members";
import type { ServerDeps } from "./deps";
import { applyHolidaySource } from "./holiday-source";

type EscalationHandlers = Pick<
  Handlers,
  "getEscalationSettings" | "putEscalationSettings" | "putChannels" | "putHolidays"
>;

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
}

/** Channels as an admin may see them: set or not, and which host; URLs carry tokens, secrets are secrets. */
export function channelsView(targets: ChannelTargets): ChannelsView {
  const shown = (t: { url: string } | null) =>
    t === null ? null : { configured: true as const, host: hostOf(t.url) };
  return {
    slack: shown(targets.slack),
    teams: shown(targets.teams),
    webhooks: targets.webhooks.map((w) => ({ id: w.id, host: hostOf(w.url), hasSecret: w.secret !== "" })),
  };
}

/**
 * Slack or Teams as sent: `{url}` replaces, `{}` keeps the stored URL (the dashboard never sees it to
 * send it back), null removes.
 */
export function mergeChannelUrl(
  name: "slack" | "teams",
  sent: { url?: string | undefined } | null,
  stored: { url: string } | null,
): { url: string } | null | DomainError {
  if (sent === null) return null;
  if (sent.url !== undefined) return { url: sent.url };
  if (stored !== null) return { url: stored.url };
  return {
    code: "invalid_request",
    message: `${name === "slack" ? "Slack" : "Teams"} has no URL yet: paste the webhook URL.`,
    details: { field: `${name}.url` },
  };
}

/**
 * The webhooks to store: a webhook sent without a secret keeps the one stored under its id; a new one
 * without a secret is refused (an unsigned webhook would be forgeable).
 */
export function mergeWebhookSecrets(
  sent: ReadonlyArray<{ id: string; url?: string | undefined; secret?: string | undefined }>,
  stored: readonly WebhookTarget[],
): WebhookTarget[] | DomainError {
  const ids = new Set<string>();
  const out: WebhookTarget[] = [];
  for (const [index, hook] of sent.entries()) {
    if (ids.has(hook.id))
      return {
        code: "invalid_request",
        message: `Two webhooks are called "${hook.id}".`,
        details: { field: `webhooks.${index}.id` },
      };
    ids.add(hook.id);
    const before = stored.find((s) => s.id === hook.id);
    const url = hook.url ?? before?.url;
    if (url === undefined)
      return {
        code: "invalid_request",
        message: `Webhook "${hook.id}" is new: give it a URL.`,
        details: { field: `webhooks.${index}.url` },
      };
    const secret = hook.secret ?? before?.secret;
    if (secret === undefined)
      return {
        code: "invalid_request",
        message: `Webhook "${hook.id}" is new: give it a secret (at least 16 characters) to sign its requests.`,
        details: { field: `webhooks.${index}.secret` },
      };
    out.push({ id: hook.id, url, secret });
  }
  return out;
}

/** A policy or rota problem with its field as a request path ("rules.0.notify" -> "policy.rules.0.notify"). */
function withPrefix(prefix: "policy" | "rota", problem: DomainError | null): DomainError | null {
  if (problem === null) return null;
  const field = problem.details?.["field"];
  return {
    ...problem,
    details: { ...problem.details, field: typeof field === "string" ? `${prefix}.${field}` : prefix },
  };
}

export function escalationHandlers(deps: ServerDeps): EscalationHandlers {
  const { db } = deps;

  async function mailboxOrFail(org: string, id: string): Promise<MailboxWithHolidays> {
    const found = await readMailboxWithHolidays(db, org, id);
    if (found === null) fail("not_found", "errors.noMailboxInTeam", { mailbox: id }, { mailbox: id });
    return found;
  }

  async function settingsOf(org: string, found: MailboxWithHolidays): Promise<EscalationSettingsResponse> {
    const id = found.mailbox.id;
    const [escalation, channels] = await Promise.all([
      loadEscalationSettings(db, org, id),
      loadChannelTargets(db, org, id),
    ]);
    return {
      mailbox: id,
      policy: escalation.policy,
      rota: escalation.rota,
      channels: channelsView(channels),
      holidays: found.holidays,
      calendarHolidays: found.mailbox.calendar.holidays ?? [],
    };
  }

  return {
    async getEscalationSettings({ principal, params }) {
      return settingsOf(principal.org, await mailboxOrFail(principal.org, params.id));
    },

    async putEscalationSettings({ principal, params, body }) {
      const found = await mailboxOrFail(principal.org, params.id);
      const rota = body.rota;
      // The meaning first (fields named by request path, so the dashboard marks the right input),
      // then membership: every named address must be a member of the org.
      const invalid =
        withPrefix("policy", validateEscalationPolicy(body.policy)) ??
        (rota === null ? null : withPrefix("rota", validateRota(rota)));
      if (invalid !== null) failWith(invalid);
      await checkMembers(db, principal.org, addressesNamedIn(body));
      const problem = await putEscalationSettings(db, principal.org, params.id, {
        policy: body.policy,
        rota,
      });
      if (problem !== null) failWith(problem);
      return settingsOf(principal.org, found);
    },

    async putChannels({ principal, params, body }) {
      const found = await mailboxOrFail(principal.org, params.id);
      const stored = await loadChannelTargets(db, principal.org, params.id);
      const webhooks = mergeWebhookSecrets(body.webhooks, stored.webhooks);
      if (!Array.isArray(webhooks)) failWith(webhooks);
      // secrets/{org}/channels/{mailboxId}: where notify reads them, outside what members may read.
      const slack = mergeChannelUrl("slack", body.slack, stored.slack);
      if (slack !== null && !("url" in slack)) failWith(slack);
      const teams = mergeChannelUrl("teams", body.teams, stored.teams);
      if (teams !== null && !("url" in teams)) failWith(teams);
      const targets: ChannelTargets = { slack, teams, webhooks };
      await slaPaths.channels(db, principal.org, params.id).set(targets);
      return settingsOf(principal.org, found);
    },

    async putHolidays({ principal, params, body, nowMs }) {
      const next = body.country === null ? null : { country: body.country, region: body.region ?? null };
      if (next === null && body.region !== undefined)
        fail("invalid_request", "errors.regionNeedsCountry", {}, { field: "region" });
      if (
        next !== null &&
        !isKnownHolidaySource(
          next.region === null ? { country: next.country } : { country: next.country, region: next.region },
        )
      ) {
        const what = next.region === null ? next.country : `${next.country}-${next.region}`;
        fail(
          "invalid_request",
          "errors.noHolidaysKnown",
          { place: what },
          { field: next.region === null ? "country" : "region" },
        );
      }
      forgetDirectory();
      const fromYear = new Date(nowMs).getUTCFullYear();
      const changed = await changeMailboxHolidays(db, principal.org, params.id, (current) =>
        applyHolidaySource(current.mailbox.calendar, current.holidays, next, fromYear),
      );
      if (changed === null)
        fail("not_found", "errors.noMailboxInTeam", { mailbox: params.id }, { mailbox: params.id });
      forgetDirectory();
      // The admin's answer to "re-compute open conversations now?" is recorded either way.
      await recordRecomputeChoice(db, principal.org, params.id, {
        version: changed.mailbox.version,
        recompute: body.recompute,
        at: nowMs,
        by: principal.email,
      });
      // A background job (jobs/): bounded steps, the first ones before this answer, the rest by the
      // scheduler; the admin follows it on GET /jobs.
      if (body.recompute)
        await requestJob(
          db,
          principal.org,
          {
            kind: "holiday_recompute",
            scope: params.id,
            params: { mailboxId: params.id },
            requestedBy: principal.email,
          },
          nowMs,
        );
      return settingsOf(principal.org, changed);
    },
  };
}
