/**
 * Why a send went out without Baton's conflict check, as the handler records it and the task pane
 * shows it. Baton never blocks mail on its own failure, so the user must at least learn afterwards
 * that the Smart Alert could not have warned them.
 */
import { ApiError } from "../api/client";

export type UncheckedReason =
  | { code: "no_token"; officeCode: number | null }
  | { code: "unreachable" }
  | { code: "http"; status: number }
  | { code: "timeout"; budgetMs: number }
  | { code: "failed" };

export interface UncheckedSend {
  /** When the send happened (epoch ms). */
  at: number;
  subject: string;
  reason: UncheckedReason;
}

/** The storage key of the last unchecked send (one record: only the latest matters). */
export const UNCHECKED_SEND_KEY = "baton:unchecked-send";

/** Thrown by the token step so the reason keeps Office's error code (13xxx). */
export class NoTokenError extends Error {
  constructor(readonly officeCode: number | null) {
    super("No access token for the send check.");
  }
}

export function reasonFor(error: unknown): UncheckedReason {
  if (error instanceof NoTokenError) return { code: "no_token", officeCode: error.officeCode };
  if (error instanceof ApiError) {
    if (error.code === "network" || error.status === 0) return { code: "unreachable" };
    return { code: "http", status: error.status };
  }
  return { code: "failed" };
}

export function reasonSentence(reason: UncheckedReason): string {
  switch (reason.code) {
    case "no_token":
      return `Outlook could not sign you in to Baton silently${
        reason.officeCode === null ? "" : ` (Office error ${reason.officeCode})`
      }`;
    case "unreachable":
      return "Baton's server could not be reached";
    case "http":
      return `Baton's server answered with an error (HTTP ${reason.status})`;
    case "timeout":
      return `Baton did not answer within ${reason.budgetMs / 1000} seconds`;
    case "failed":
      return "the check failed unexpectedly";
  }
}

/** The pane's sentence; `when` is the send time as the pane formats it. */
export function uncheckedSendSentence(record: UncheckedSend, when: string): string {
  const subject = record.subject === "" ? "" : ` (“${record.subject}”, ${when})`;
  return `Your last send wasn't checked for a conflict: ${reasonSentence(record.reason)}.${subject}`;
}

/** A stored record, or null when the text is missing or not one (storage is shared and untyped). */
export function parseUncheckedSend(text: string | null): UncheckedSend | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<UncheckedSend> | null;
    if (typeof value?.at !== "number" || typeof value.subject !== "string") return null;
    const code = (value.reason as { code?: unknown } | undefined)?.code;
    if (!["no_token", "unreachable", "http", "timeout", "failed"].includes(code as string)) return null;
    return value as UncheckedSend;
  } catch {
    return null;
  }
}
