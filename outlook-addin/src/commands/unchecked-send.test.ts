import { ApiError } from "../api/client";
import {
  NoTokenError,
  parseUncheckedSend,
  reasonFor,
  uncheckedSendSentence,
  type UncheckedSend,
} from "./unchecked-send";

describe("why a send went unchecked", () => {
  it("classifies a missing token, an unreachable server, an HTTP error and anything else", () => {
    expect(reasonFor(new NoTokenError(13001))).toEqual({ code: "no_token", officeCode: 13001 });
    expect(reasonFor(new ApiError("network", "x", 0))).toEqual({ code: "unreachable" });
    expect(reasonFor(new ApiError("internal", "x", 503))).toEqual({ code: "http", status: 503 });
    expect(reasonFor(new TypeError("boom"))).toEqual({ code: "failed" });
  });

  it("tells the user in one sentence, with the reason, the subject and the time", () => {
    const record: UncheckedSend = {
      at: 0,
      subject: "Re: Refund",
      reason: { code: "timeout", budgetMs: 3000 },
    };
    expect(uncheckedSendSentence(record, "10:41")).toBe(
      "Your last send wasn't checked for a conflict: Baton did not answer within 3 seconds. (“Re: Refund”, 10:41)",
    );
    expect(
      uncheckedSendSentence({ at: 0, subject: "", reason: { code: "no_token", officeCode: 13012 } }, "10:41"),
    ).toBe(
      "Your last send wasn't checked for a conflict: Outlook could not sign you in to Baton silently (Office error 13012).",
    );
    expect(uncheckedSendSentence({ ...record, reason: { code: "unreachable" } }, "10:41")).toContain(
      "Baton's server could not be reached.",
    );
    expect(uncheckedSendSentence({ ...record, reason: { code: "http", status: 503 } }, "10:41")).toContain(
      "(HTTP 503)",
    );
  });

  it("reads back only well-formed records", () => {
    const record: UncheckedSend = { at: 5, subject: "s", reason: { code: "unreachable" } };
    expect(parseUncheckedSend(JSON.stringify(record))).toEqual(record);
    expect(parseUncheckedSend(null)).toBeNull();
    expect(parseUncheckedSend("not json")).toBeNull();
    expect(parseUncheckedSend(JSON.stringify({ at: 5, subject: "s", reason: { code: "nope" } }))).toBeNull();
    expect(parseUncheckedSend(JSON.stringify({ subject: "s", reason: { code: "failed" } }))).toBeNull();
  });
});
