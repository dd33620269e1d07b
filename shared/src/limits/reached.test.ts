import { z } from "zod";
import * as api from "../api";
import { exportQuerySchema, metricsQuerySchema } from "../api/metrics";
import { memberAvailabilityRequestSchema, routingSettingsSchema } from "../api/routing";
import { LIMITS, type LimitName } from "./index";

/*
 * The catalogue quotes the sentence a request gets at each schema bound; these build a request one
 * past the bound and check the quote is the API's own answer, so the page cannot drift from the code.
 */

const over = (n: number) => "a".repeat(n + 1);
const many = <T>(n: number, item: (i: number) => T): T[] => Array.from({ length: n + 1 }, (_, i) => item(i));
const email = (i: number) => `u${i}@x.test`;
const message = (extra: object = {}) => ({
  messageId: "<a@b>",
  from: "a@x.test",
  subject: "s",
  sentAt: "2026-01-01T00:00:00Z",
  ...extra,
});
const observe = (extra: object = {}, messageExtra: object = {}) => ({
  mailbox: "m@x.test",
  platform: "gmail",
  messages: [message(messageExtra)],
  ...extra,
});
const calendar = { timeZone: "UTC", weekly: {} };
const tiers = { low: {}, normal: {}, high: {}, urgent: {} };
const mailbox = (extra: object) => ({
  address: "m@x.test",
  name: "M",
  policy: { tiers, warningThreshold: 0.8 },
  calendar,
  routing: {},
  ...extra,
});
const rule = { id: "r", trigger: "breached", notify: [], channels: [] };
const rota = { timeZone: "UTC", members: ["a@x.test"], anchorDate: "2026-01-01", handover: "09:00" };
const escalation = (extra: object) => ({ policy: { rules: [] }, ...extra });
const redaction = (patterns: unknown[]) => ({
  redaction: { cards: true, ibans: true, patterns },
  retentionDays: null,
});
const routingRule = (extra: object = {}) => ({
  id: "r",
  name: "R",
  when: [],
  then: [{ type: "mark", status: "spam" }],
  ...extra,
});
const routing = (extra: object = {}) => ({ rules: [routingRule(extra)] });
const requestId = "abcdefgh-1";
const v = (name: LimitName) => LIMITS[name].value;
const template = (extra: object) => ({ name: "N", shortcut: "n", body: "b", ...extra });

const CASES: ReadonlyArray<readonly [LimitName, z.ZodType, unknown]> = [
  ["setupCodeLength", api.claimSetupRequestSchema, { code: over(v("setupCodeLength")), orgName: "Acme" }],
  ["orgNameLength", api.claimSetupRequestSchema, { code: "c", orgName: over(v("orgNameLength")) }],
  [
    "memberImportBatch",
    api.importMembersRequestSchema,
    { members: many(v("memberImportBatch"), (i) => ({ email: email(i), name: "N", role: "agent" })) },
  ],
  [
    "identityTokenLength",
    api.authExchangeRequestSchema,
    { provider: "google", token: over(v("identityTokenLength")) },
  ],
  ["emailLength", api.observeRequestSchema, observe({ mailbox: `${over(v("emailLength"))}@x.test` })],
  ["requestIdLength", api.claimRequestSchema, { requestId: over(v("requestIdLength")) }],
  ["queuePageSize", api.queueQuerySchema, { limit: String(v("queuePageSize") + 1) }],
  ["queueCursorLength", api.queueQuerySchema, { cursor: over(v("queueCursorLength")) }],
  ["queueStatusFilterLength", api.queueQuerySchema, { status: over(v("queueStatusFilterLength")) }],
  ["noteLength", api.createNoteRequestSchema, { body: over(v("noteLength")), requestId }],
  ["tagsPerRequest", api.tagsRequestSchema, { add: many(v("tagsPerRequest"), (i) => `t${i}`), requestId }],
  ["tagLength", api.tagsRequestSchema, { add: [over(v("tagLength"))], requestId }],
  [
    "observedMessages",
    api.observeRequestSchema,
    observe({ messages: many(v("observedMessages"), () => message()) }),
  ],
  ["recipients", api.observeRequestSchema, observe({}, { to: many(v("recipients"), email) })],
  ["messageIdLength", api.observeRequestSchema, observe({}, { messageId: over(v("messageIdLength")) })],
  ["referencesLength", api.observeRequestSchema, observe({}, { references: over(v("referencesLength")) })],
  ["subjectLength", api.observeRequestSchema, observe({}, { subject: over(v("subjectLength")) })],
  ["addressLength", api.observeRequestSchema, observe({}, { from: over(v("addressLength")) })],
  ["autoHeaderLength", api.observeRequestSchema, observe({}, { autoSubmitted: over(v("autoHeaderLength")) })],
  [
    "platformThreadIdLength",
    api.observeRequestSchema,
    observe({ platformThreadId: over(v("platformThreadIdLength")) }),
  ],
  ["nameLength", api.putMailboxRequestSchema, mailbox({ name: over(v("nameLength")) })],
  [
    "mailboxAgents",
    api.putMailboxRequestSchema,
    mailbox({ routing: { agents: many(v("mailboxAgents"), email) } }),
  ],
  [
    "calendarHolidays",
    api.putMailboxRequestSchema,
    mailbox({ calendar: { ...calendar, holidays: many(v("calendarHolidays"), () => "2026-01-01") } }),
  ],
  [
    "dayWindows",
    api.putMailboxRequestSchema,
    mailbox({ calendar: { ...calendar, weekly: { mon: many(v("dayWindows"), () => ["09:00", "10:00"]) } } }),
  ],
  [
    "timeZoneLength",
    api.putMailboxRequestSchema,
    mailbox({ calendar: { ...calendar, timeZone: over(v("timeZoneLength")) } }),
  ],
  [
    "slaTargetMinutes",
    api.putMailboxRequestSchema,
    mailbox({
      policy: {
        tiers: { ...tiers, normal: { firstResponseMinutes: v("slaTargetMinutes") + 1 } },
        warningThreshold: 0.8,
      },
    }),
  ],
  [
    "escalationRulesInRequest",
    api.putEscalationRequestSchema,
    { policy: { rules: many(v("escalationRulesInRequest"), () => rule) } },
  ],
  [
    "escalationRuleIdLength",
    api.putEscalationRequestSchema,
    { policy: { rules: [{ ...rule, id: over(v("escalationRuleIdLength")) }] } },
  ],
  [
    "escalationRuleMembers",
    api.putEscalationRequestSchema,
    { policy: { rules: [{ ...rule, members: many(v("escalationRuleMembers"), email) }] } },
  ],
  [
    "escalationLeads",
    api.putEscalationRequestSchema,
    { policy: { rules: [], leads: many(v("escalationLeads"), email) } },
  ],
  [
    "rotaMembers",
    api.putEscalationRequestSchema,
    escalation({ rota: { ...rota, members: many(v("rotaMembers"), email) } }),
  ],
  [
    "rotaOverrides",
    api.putEscalationRequestSchema,
    escalation({
      rota: {
        ...rota,
        overrides: many(v("rotaOverrides"), () => ({ date: "2026-01-01", member: "a@x.test" })),
      },
    }),
  ],
  [
    "webhookUrlLength",
    api.putChannelsRequestSchema,
    { slack: { url: `https://hooks.slack.com/${over(v("webhookUrlLength"))}` } },
  ],
  [
    "webhookSecretMinLength",
    api.putChannelsRequestSchema,
    {
      webhooks: [
        { id: "w", url: "https://example.com/", secret: "a".repeat(v("webhookSecretMinLength") - 1) },
      ],
    },
  ],
  [
    "webhookSecretLength",
    api.putChannelsRequestSchema,
    { webhooks: [{ id: "w", url: "https://example.com/", secret: over(v("webhookSecretLength")) }] },
  ],
  [
    "webhooks",
    api.putChannelsRequestSchema,
    { webhooks: many(v("webhooks"), (i) => ({ id: `w${i}`, url: "https://example.com/" })) },
  ],
  [
    "orgDomains",
    api.putOrgIdentityRequestSchema,
    { domains: many(v("orgDomains"), (i) => `d${i}.example`), tenants: [] },
  ],
  [
    "orgTenants",
    api.putOrgIdentityRequestSchema,
    {
      domains: [],
      tenants: many(v("orgTenants"), (i) => `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`),
    },
  ],
  [
    "redactionPatterns",
    api.putOrgSettingsRequestSchema,
    redaction(many(v("redactionPatterns"), (i) => ({ name: `p${i}`, regex: "x" }))),
  ],
  [
    "redactionPatternNameLength",
    api.putOrgSettingsRequestSchema,
    redaction([{ name: over(v("redactionPatternNameLength")), regex: "x" }]),
  ],
  [
    "redactionPatternLength",
    api.putOrgSettingsRequestSchema,
    redaction([{ name: "n", regex: over(v("redactionPatternLength")) }]),
  ],
  [
    "retentionDaysMin",
    api.putOrgSettingsRequestSchema,
    { ...redaction([]), retentionDays: v("retentionDaysMin") - 1 },
  ],
  [
    "retentionDaysMax",
    api.putOrgSettingsRequestSchema,
    { ...redaction([]), retentionDays: v("retentionDaysMax") + 1 },
  ],
  ["metricsRangeDays", metricsQuerySchema, { from: "2025-01-01", to: "2026-01-02" }],
  [
    "exportCursorLength",
    exportQuerySchema,
    { from: "2025-01-01", to: "2025-01-02", cursor: over(v("exportCursorLength")) },
  ],
  [
    "routingRules",
    routingSettingsSchema,
    { rules: many(v("routingRules"), (i) => routingRule({ id: `r${i}` })) },
  ],
  [
    "routingConditions",
    routingSettingsSchema,
    routing({ when: many(v("routingConditions"), () => ({ field: "isReply", value: true })) }),
  ],
  [
    "routingActions",
    routingSettingsSchema,
    routing({ then: many(v("routingActions"), () => ({ type: "mark", status: "closed" })) }),
  ],
  ["routingRuleIdLength", routingSettingsSchema, routing({ id: over(v("routingRuleIdLength")) })],
  ["routingRuleNameLength", routingSettingsSchema, routing({ name: over(v("routingRuleNameLength")) })],
  [
    "routingPatternLength",
    routingSettingsSchema,
    routing({ when: [{ field: "subject", op: "matches", value: over(v("routingPatternLength")) }] }),
  ],
  [
    "routingGroupMembers",
    routingSettingsSchema,
    routing({ then: [{ type: "assign", group: many(v("routingGroupMembers"), email) }] }),
  ],
  [
    "routingTagsPerAction",
    routingSettingsSchema,
    routing({ then: [{ type: "add_tags", tags: many(v("routingTagsPerAction"), (i) => `t${i}`) }] }),
  ],
  [
    "routingPreviousConversations",
    routingSettingsSchema,
    routing({
      when: [
        { field: "previousConversations", op: "at_least", value: v("routingPreviousConversations") + 1 },
      ],
    }),
  ],
  ["routingCapacity", routingSettingsSchema, { capacity: { maxOpen: v("routingCapacity") + 1 } }],
  ["memberSkills", memberAvailabilityRequestSchema, { skills: many(v("memberSkills"), (i) => `s${i}`) }],
  [
    "deadLetterIdLength",
    z.strictObject({ id: api.deadLetterIdSchema }),
    { id: over(v("deadLetterIdLength")) },
  ],
  ["templateNameLength", api.updateTemplateRequestSchema, template({ name: over(v("templateNameLength")) })],
  [
    "templateShortcutLength",
    api.updateTemplateRequestSchema,
    template({ shortcut: over(v("templateShortcutLength")) }),
  ],
  ["templateBodyLength", api.updateTemplateRequestSchema, template({ body: over(v("templateBodyLength")) })],
  [
    "templateTags",
    api.updateTemplateRequestSchema,
    template({ tags: many(v("templateTags"), (i) => `t${i}`) }),
  ],
  ["templateSearchLength", api.listTemplatesQuerySchema, { q: over(v("templateSearchLength")) }],
  ["templateSearchResults", api.listTemplatesQuerySchema, { limit: String(v("templateSearchResults") + 1) }],
];

describe("what the catalogue says a request gets at a schema bound", () => {
  it.each(CASES)("%s quotes the API's own answer", (name, schema, input) => {
    const result = api.parseRequest(schema, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(LIMITS[name].reached).toContain(`400 ${result.error.code}: \`${result.error.message}\``);
  });

  it("lets a request at the bound through", () => {
    expect(
      api.parseRequest(api.createNoteRequestSchema, { body: "a".repeat(v("noteLength")), requestId }).ok,
    ).toBe(true);
    expect(api.parseRequest(metricsQuerySchema, { from: "2025-01-01", to: "2026-01-01" }).ok).toBe(true);
  });
});
