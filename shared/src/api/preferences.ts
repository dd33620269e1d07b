import { z } from "zod";
import { LANGUAGES } from "../i18n/language";

/**
 * A member's own preferences (issue 18): the language Baton speaks to them in every client and in
 * the notifications it sends them. null follows the host (Office's display language, Gmail's user
 * locale, the browser), which is also what a member who never chose reads.
 */
export const memberLanguageSchema = z.enum(LANGUAGES).nullable();

export const putMyLanguageRequestSchema = z.strictObject({ language: memberLanguageSchema });
export const myLanguageResponseSchema = z.object({ language: memberLanguageSchema });

export type MemberLanguage = z.output<typeof memberLanguageSchema>;
export type MyLanguageResponse = z.output<typeof myLanguageResponseSchema>;

export const preferencesRoutes = {
  // Every member sets their own language; nobody sets another's (there is no such route).
  putMyLanguage: {
    method: "PUT",
    path: "/me/language",
    auth: true,
    permission: "read",
    body: putMyLanguageRequestSchema,
    response: myLanguageResponseSchema,
  },
} as const;
