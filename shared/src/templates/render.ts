import { conversationRef } from "./conversation-ref";
import { formatDuePhrase } from "./date-phrase";
import { escapeHtml } from "./escape-html";
import type { TemplateFacts } from "./facts";
import { cleanName, firstNameOf } from "./first-name";
import { VARIABLE_PATTERN, type TemplateLanguage, type TemplateVariable } from "./variables";

export interface RenderedTemplate {
  /** Paragraphs and line breaks of the body, every character of text and values escaped. */
  html: string;
  text: string;
  /** Variables used but not filled (unknown names, or facts not known), in order of first use. */
  missing: string[];
}

type Filler = (facts: TemplateFacts, language: TemplateLanguage) => string | null;

const due = (instant: number | null, facts: TemplateFacts, language: TemplateLanguage) =>
  instant === null ? null : formatDuePhrase(instant, facts.zone, language, facts.now);

const FILLERS: Readonly<Record<TemplateVariable, Filler>> = {
  "customer.firstName": (f) => firstNameOf(f.customerName),
  "customer.name": (f) => cleanName(f.customerName),
  "agent.name": (f) => cleanName(f.agentName),
  "agent.firstName": (f) => firstNameOf(f.agentName),
  "mailbox.name": (f) => cleanName(f.mailboxName),
  "conversation.ref": (f) => (f.conversationKey === null ? null : conversationRef(f.conversationKey)),
  "sla.firstResponseDue": (f, language) => due(f.firstResponseDue, f, language),
  "sla.resolutionDue": (f, language) => due(f.resolutionDue, f, language),
};

/**
 * Fills a template body for one conversation. A variable that cannot be filled renders as nothing
 * (never as "{{...}}", which must not reach a customer) and is named in `missing`, so the client can
 * show it before inserting. The body is plain text: the HTML is built here, so nothing a template's
 * author or a customer's display name contains can become markup.
 */
export function renderTemplate(
  body: string,
  language: TemplateLanguage,
  facts: TemplateFacts,
): RenderedTemplate {
  const missing: string[] = [];
  const text = body.replace(/\r\n?/g, "\n").replace(VARIABLE_PATTERN, (_match, name: string) => {
    const filler = Object.hasOwn(FILLERS, name) ? FILLERS[name as TemplateVariable] : undefined;
    const value = filler?.(facts, language) ?? null;
    if (value === null) {
      if (!missing.includes(name)) missing.push(name);
      return "";
    }
    return value;
  });
  return { html: textToHtml(text), text, missing };
}

/** Blank lines separate paragraphs; a single line break stays a line break. */
export function textToHtml(text: string): string {
  return text
    .trim()
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => `<p>${paragraph.split("\n").map(escapeHtml).join("<br>")}</p>`)
    .join("");
}

/** The names a body uses that no conversation could ever fill (typos such as {{customer.frist}}). */
export function unknownVariablesIn(body: string): string[] {
  const unknown = new Set<string>();
  for (const match of body.matchAll(VARIABLE_PATTERN)) {
    const name = match[1] ?? "";
    if (!Object.hasOwn(FILLERS, name)) unknown.add(name);
  }
  return [...unknown];
}
