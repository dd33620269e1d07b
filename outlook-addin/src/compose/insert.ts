/**
 * What goes into the reply for a rendered template, by the body's format (body.getTypeAsync):
 * Microsoft's table for setSelectedDataAsync says HTML into an HTML body as Html, and into a text body
 * (mobile clients, or a message written as plain text) as Text, so a text body gets the renderer's
 * `text`, never markup. Pure: the Office call lives in host.ts.
 */
import type { RenderTemplateResponse } from "@baton/shared/api";

export type BodyFormat = "html" | "text";

export interface Insertion {
  data: string;
  coercionType: BodyFormat;
}

export function insertionFor(
  rendered: Pick<RenderTemplateResponse, "html" | "text">,
  body: BodyFormat,
): Insertion {
  return body === "html"
    ? { data: rendered.html, coercionType: "html" }
    : { data: rendered.text, coercionType: "text" };
}

/** "{{customer.firstName}}" as the agent reads it in the warning. */
export function missingSentence(missing: readonly string[]): string | null {
  if (missing.length === 0) return null;
  const names = missing.map((name) => `{{${name}}}`).join(", ");
  return missing.length === 1
    ? `${names} cannot be filled for this conversation: it is left out. Fill it in after inserting, or insert anyway.`
    : `${names} cannot be filled for this conversation: they are left out. Fill them in after inserting, or insert anyway.`;
}
