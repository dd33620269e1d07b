/**
 * The variables a template body may use, written `{{name}}` (spaces inside the braces allowed). One
 * list, so the schema, the renderer, the dashboard's help and the clients' "cannot be filled"
 * warning name the same things.
 */
export const TEMPLATE_VARIABLES = [
  "customer.firstName",
  "customer.name",
  "agent.name",
  "agent.firstName",
  "mailbox.name",
  "conversation.ref",
  "sla.firstResponseDue",
  "sla.resolutionDue",
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export function isTemplateVariable(name: string): name is TemplateVariable {
  return (TEMPLATE_VARIABLES as readonly string[]).includes(name);
}

/**
 * `{{ name }}`: a dotted name of letters and digits. Anything else between braces (`{{ }}`,
 * `{{a b}}`) is not a variable and is left as typed, so a body can still show literal braces.
 */
export const VARIABLE_PATTERN = /\{\{\s*([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)\s*\}\}/g;

/** The distinct variable names a body uses, in order of first use. */
export function variablesIn(body: string): string[] {
  const seen = new Set<string>();
  for (const match of body.matchAll(VARIABLE_PATTERN)) seen.add(match[1] ?? "");
  return [...seen];
}

export const TEMPLATE_LANGUAGES = ["en", "nl"] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export const TEMPLATE_SCOPES = ["mailbox", "personal"] as const;
export type TemplateScope = (typeof TEMPLATE_SCOPES)[number];
