import type { CreateTemplateRequest, Template, UpdateTemplateRequest } from "@baton/shared/api";
import {
  renderTemplate,
  type RenderedTemplate,
  type TemplateFacts,
  type TemplateLanguage,
} from "@baton/shared/templates";

/** The editor's fields as typed (tags as one comma-separated line). */
export interface TemplateForm {
  id: string | null;
  scope: "mailbox" | "personal";
  name: string;
  shortcut: string;
  language: TemplateLanguage;
  tags: string;
  body: string;
}

export function emptyForm(scope: TemplateForm["scope"]): TemplateForm {
  return { id: null, scope, name: "", shortcut: "", language: "en", tags: "", body: "" };
}

export function toForm(template: Template): TemplateForm {
  return {
    id: template.id,
    scope: template.scope,
    name: template.name,
    shortcut: template.shortcut,
    language: template.language,
    tags: template.tags.join(", "),
    body: template.body,
  };
}

function tagsOf(line: string): string[] {
  return line
    .split(/[,\s]+/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");
}

/** The body of PUT /templates/{id}; the server's schema checks and normalises it. */
export function toUpdateRequest(form: TemplateForm): UpdateTemplateRequest {
  return {
    name: form.name,
    shortcut: form.shortcut,
    language: form.language,
    tags: tagsOf(form.tags),
    body: form.body,
  };
}

/** The body of POST /templates: a mailbox template names its mailbox, a personal one none. */
export function toCreateRequest(form: TemplateForm, mailbox: string): CreateTemplateRequest {
  return form.scope === "mailbox"
    ? { scope: "mailbox", mailbox, ...toUpdateRequest(form) }
    : { scope: "personal", ...toUpdateRequest(form) };
}

/**
 * The sample conversation the preview fills a draft with: a customer called Ana Lima whose first
 * response is due two hours from now and resolution the next day, in the browser's zone. Rendered
 * by the same function the API uses, so the preview is what an agent inserts (bar the real facts).
 */
export function sampleFacts(
  agentName: string,
  mailboxName: string,
  now: number,
  zone: string,
): TemplateFacts {
  return {
    customerName: "Ana Lima",
    agentName,
    mailboxName,
    conversationKey: "c_7k2q9xab3m4n5p6q",
    firstResponseDue: now + 2 * 3_600_000,
    resolutionDue: now + 26 * 3_600_000,
    zone,
    now,
  };
}

export function previewOf(form: TemplateForm, facts: TemplateFacts): RenderedTemplate {
  return renderTemplate(form.body, form.language, facts);
}

/** How much a template is inserted (POST /templates/{id}/used counts each insert once). */
export function usageLine(template: Pick<Template, "useCount" | "lastUsedAt">, now: number): string {
  if (template.useCount === 0) return "Never used";
  const times = template.useCount === 1 ? "once" : `${template.useCount} times`;
  if (template.lastUsedAt === null) return `Used ${times}`;
  const days = Math.floor((now - template.lastUsedAt) / 86_400_000);
  const when = days <= 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
  return `Used ${times}, last ${when}`;
}

/** What the Average CSAT column averages, shown beside it (the metric's kind of definition). */
export const TEMPLATE_CSAT_DEFINITION =
  "Average CSAT: the average of the customers' survey answers (1 to 5) on conversations where this template was used; one answer per conversation cycle, and an answer the customer changed counts once, at its new rating.";

/** "3.5 / 5 · 2 answers" as the metrics' CSAT column writes it, or a dash before the first answer. */
export function csatLine(template: Pick<Template, "csat">): string {
  const { csat } = template;
  if (csat === null) return "—";
  return `${csat.average.toFixed(1)} / 5 · ${csat.count} ${csat.count === 1 ? "answer" : "answers"}`;
}
