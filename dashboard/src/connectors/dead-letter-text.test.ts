import type { DeadLetterView } from "@baton/shared/api";
import { limitText, messageText, statusText } from "./dead-letter-text";
import { translatorFor } from "@baton/shared/i18n/all";

const en = translatorFor(["en"]);

const NOW = Date.parse("2026-03-10T12:00:00Z");
const letter = (over: Partial<DeadLetterView> = {}): DeadLetterView => ({
  id: "support_0123456789abcdef0123456789abcdef",
  mailboxId: "support",
  provider: "google",
  providerId: "18c0ffee",
  messageId: "<m1@customer.test>",
  errorCode: "error",
  error: "boom",
  attempts: 1,
  firstFailedAt: NOW - 60_000,
  lastFailedAt: NOW - 60_000,
  retryAt: NOW + 9 * 60_000,
  status: "waiting",
  ...over,
});

describe("statusText", () => {
  it("says when a waiting letter is tried next", () => {
    expect(statusText(letter(), NOW, en)).toBe("Failed 1 try. Retried in about 9 min.");
    expect(statusText(letter({ attempts: 3, retryAt: NOW + 3 * 3_600_000 }), NOW, en)).toBe(
      "Failed 3 tries. Retried in about 3 h.",
    );
  });

  it("says an admin's retry runs at the next poll", () => {
    expect(statusText(letter({ attempts: 0, retryAt: NOW - 1 }), NOW, en)).toBe(
      "Retried at the next poll (within 5 minutes) (you asked).",
    );
  });

  it("tells the admin what to do with a letter that gave up", () => {
    expect(statusText(letter({ attempts: 5, retryAt: null, status: "gave_up" }), NOW, en)).toBe(
      "Gave up after 5 tries: retry once the cause is fixed, or dismiss it.",
    );
  });
});

describe("messageText", () => {
  it("names the message by its Message-ID, else by the provider's id", () => {
    expect(messageText(letter(), en)).toBe("<m1@customer.test>");
    expect(messageText(letter({ messageId: null, provider: "microsoft", providerId: "AAMk1" }), en)).toBe(
      "Microsoft 365 id AAMk1",
    );
  });
});

describe("limitText", () => {
  it("speaks only when the list is full", () => {
    expect(limitText(3, 100, en)).toBeNull();
    expect(limitText(100, 100, en)).toBe("Showing the 100 most recent; dismiss some to see older ones.");
  });
});

describe("dead letters in Dutch", () => {
  const nl = translatorFor(["nl"]);
  it("says what happens next with Dutch plurals", () => {
    expect(statusText(letter(), NOW, nl)).toBe(
      "Mislukt na 1 poging. Wordt over ongeveer 9 min opnieuw geprobeerd.",
    );
    expect(statusText(letter({ attempts: 5, retryAt: null, status: "gave_up" }), NOW, nl)).toBe(
      "Opgegeven na 5 pogingen: probeer opnieuw zodra de oorzaak is verholpen, of verwijder het.",
    );
    expect(limitText(100, 100, nl)).toBe(
      "De 100 nieuwste worden getoond; verwijder er een paar om oudere te zien.",
    );
  });
});
