// An API stand-in for the dashboard's browser test: what the backend would answer, computed with the
// same shared code from generated conversations, served through Playwright's request interception.
import {
  describeTimeline,
  DEFAULT_SLA_POLICY,
  explainSla,
  type EscalationSettingsResponse,
  type OrgSettingsResponse,
  project,
  slaHistory,
  slaState,
  type MetricsResponse,
  type QueueItem,
} from "@baton/shared";
import type { Page, Route } from "playwright-core";
import type { GeneratedConversation } from "../../shared/test/metrics/generate-month";
import { MONTH_CALENDAR } from "../../shared/test/metrics/generate-month";

export const API_BASE = "http://api.baton.test/v1";

export const ME = {
  email: "lead@demo.baton.test",
  name: "Lee Lead",
  role: "lead",
  org: "demo",
  allowed: [
    "read",
    "claim",
    "assign_others",
    "edit_policies",
    "export",
    "manage_mailboxes",
    "manage_members",
  ],
  members: ["ana", "ben", "chen", "dara", "lead", "admin"].map((n) => ({
    email: `${n}@demo.baton.test`,
    name: `${n.charAt(0).toUpperCase()}${n.slice(1)}`,
    role: n === "lead" ? "lead" : n === "admin" ? "admin" : "agent",
  })),
  mailboxes: [
    { id: "support", address: "support@demo.baton.test", name: "Support" },
    { id: "sales", address: "sales@demo.baton.test", name: "Sales" },
  ],
};

export interface StubLog {
  puts: Array<{ path: string; body: unknown }>;
  metricsQueries: string[];
}

function queueItems(conversations: GeneratedConversation[], nowMs: number): QueueItem[] {
  return conversations.map((c, i) => {
    const conversation = project(c.key, `${c.mailboxId}@demo.baton.test`, c.events);
    const sla = slaState(c.events, DEFAULT_SLA_POLICY, MONTH_CALENDAR, nowMs);
    const running = sla.clocks.filter((k) => k.state === "running" && k.dueAt !== null);
    const next = running.sort((a, b) => (a.dueAt ?? 0) - (b.dueAt ?? 0))[0];
    return {
      key: `c_${String(i).padStart(12, "0")}`,
      mailbox: conversation.mailbox,
      subject: `Order ${1000 + i}: ${["refund", "invoice", "login", "delivery"][i % 4] ?? ""} question`,
      status: conversation.status,
      priority: conversation.priority,
      assignee: conversation.assignee,
      tags: [],
      messageCount: conversation.messageCount,
      lastInboundAt: conversation.lastInboundAt,
      updatedAt: conversation.updatedAt,
      nextDeadline: next?.dueAt ?? null,
      nextDeadlineClock: next?.kind ?? null,
      tone: sla.clocks.some((k) => k.state === "breached")
        ? "breached"
        : next?.warning === true
          ? "warning"
          : "ok",
    };
  });
}

export async function stubApi(
  page: Page,
  options: { metrics: MetricsResponse; queue: GeneratedConversation[]; nowMs: number },
): Promise<StubLog> {
  const log: StubLog = { puts: [], metricsQueries: [] };
  let orgSettings: OrgSettingsResponse = {
    redaction: { cards: true, ibans: true, patterns: [{ name: "order", regex: "ORD-[0-9]{6}" }] },
    retentionDays: 365,
    mailboxVisibility: "all",
  };
  let escalation: EscalationSettingsResponse = {
    mailbox: "support",
    policy: {
      rules: [
        { id: "warn-owner", trigger: "warned", notify: ["assignee"], channels: ["email"] },
        { id: "breach", trigger: "breached", notify: ["assignee", "leads"], channels: ["email", "slack"] },
        {
          id: "still",
          trigger: "still_breached",
          afterMinutes: 60,
          notify: ["on_call"],
          channels: ["email"],
          urgent: true,
        },
      ],
      leads: ["lead@demo.baton.test"],
    },
    rota: null,
    channels: { slack: { configured: true, host: "hooks.slack.com" }, teams: null, webhooks: [] },
    holidays: {
      country: "NL",
      region: null,
      fromYear: 2026,
      toYear: 2027,
      added: ["2026-04-27", "2026-12-25"],
    },
    calendarHolidays: ["2026-04-27", "2026-12-25"],
  };
  const items = queueItems(options.queue, options.nowMs);
  const byKey = new Map(items.map((item, i) => [item.key, options.queue[i]]));
  const json = (route: Route, body: unknown, status = 200) =>
    route.fulfill({
      status,
      contentType: "application/json",
      headers: { "Access-Control-Allow-Origin": "*" },
      body: JSON.stringify(body),
    });
  await page.route(`${API_BASE}/**`, async (route) => {
    const request = route.request();
    if (request.method() === "OPTIONS") {
      return route.fulfill({
        status: 204,
        headers: {
          "Access-Control-Allow-Origin": "*",
          "Access-Control-Allow-Headers": "authorization, content-type",
          "Access-Control-Allow-Methods": "GET, PUT, POST",
        },
      });
    }
    if (!/^Bearer .+/.test(request.headers().authorization ?? ""))
      return json(route, { error: { code: "unauthenticated", message: "No token." } }, 401);
    const url = new URL(request.url());
    const path = url.pathname.replace(/^\/v1/, "");
    if (path === "/me") return json(route, ME);
    if (path === "/metrics") {
      log.metricsQueries.push(url.search);
      return json(route, {
        ...options.metrics,
        from: url.searchParams.get("from"),
        to: url.searchParams.get("to"),
      });
    }
    if (path === "/queue")
      return json(route, {
        items: items.filter((i) => i.mailbox === url.searchParams.get("mailbox")),
        nextCursor: null,
      });
    if (path === "/export.csv") {
      return route.fulfill({
        status: 200,
        headers: {
          "Access-Control-Allow-Origin": "*",
          "Access-Control-Expose-Headers": "Content-Disposition",
          "Content-Disposition": 'attachment; filename="baton-all.csv"',
        },
        contentType: "text/csv",
        body: "conversation,mailbox\r\nc_1,support\r\n",
      });
    }
    const sla = /^\/conversations\/([^/]+)\/sla$/.exec(path);
    const one = /^\/conversations\/([^/]+)$/.exec(path);
    const c = byKey.get(decodeURIComponent((sla ?? one)?.[1] ?? ""));
    if (sla !== null && c !== undefined) {
      const history = slaHistory(c.events, DEFAULT_SLA_POLICY, MONTH_CALENDAR, options.nowMs);
      return json(route, {
        timeZone: MONTH_CALENDAR.timeZone,
        sla: slaState(c.events, DEFAULT_SLA_POLICY, MONTH_CALENDAR, options.nowMs),
        history: history.map((k) => ({ ...k, explanation: describeTimeline(k, MONTH_CALENDAR.timeZone) })),
        explain: explainSla(
          c.events,
          DEFAULT_SLA_POLICY,
          MONTH_CALENDAR,
          options.nowMs,
          MONTH_CALENDAR.timeZone,
        ),
      });
    }
    if (one !== null && c !== undefined) {
      return json(route, {
        conversation: project(c.key, "support@demo.baton.test", c.events),
        sla: null,
        view: null,
      });
    }
    if (path === "/mailboxes/support/escalation" && request.method() === "GET")
      return json(route, escalation);
    if (path === "/mailboxes/support/escalation" && request.method() === "PUT") {
      const body = request.postDataJSON() as Pick<EscalationSettingsResponse, "policy" | "rota">;
      log.puts.push({ path, body });
      escalation = { ...escalation, ...body };
      return json(route, escalation);
    }
    if (path === "/org/settings" && request.method() === "GET") return json(route, orgSettings);
    if (path === "/org/settings" && request.method() === "PUT") {
      orgSettings = request.postDataJSON() as OrgSettingsResponse;
      log.puts.push({ path, body: orgSettings });
      return json(route, orgSettings);
    }
    if (request.method() === "PUT" && path.startsWith("/mailboxes/")) {
      const body: unknown = request.postDataJSON();
      log.puts.push({ path, body });
      if ((body as { name?: string }).name === "Refuse me") {
        return json(
          route,
          {
            error: {
              code: "invalid_calendar",
              message: "calendar: the server refused this calendar.",
              details: { path: "calendar" },
            },
          },
          400,
        );
      }
      return json(route, { mailbox: body });
    }
    return json(route, { error: { code: "not_found", message: `No stub for ${path}` } }, 404);
  });
  return log;
}
