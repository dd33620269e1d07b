import type { MessageKey } from "./catalogues/areas";
import { createTranslator } from "./translator";

const messages = {
  "view.claimedBy": "Claimed by {owner}",
  "view.messages": "{count, plural, one {# message} other {# messages}}",
};
const nl = { "view.claimedBy": "Opgepakt door {owner}" };
const key = (k: string) => k as MessageKey;

describe("createTranslator", () => {
  it("fills arguments and plurals in the reader's language", () => {
    const t = createTranslator({ language: "en", locale: "en-GB" }, messages);
    expect(t.t(key("view.claimedBy"), { owner: "Ana" })).toBe("Claimed by Ana");
    expect(t.t(key("view.messages"), { count: 1 })).toBe("1 message");
    expect(t.t(key("view.messages"), { count: 1250 })).toBe("1,250 messages");
  });

  it("writes numbers in the reader's locale", () => {
    const t = createTranslator(
      { language: "nl", locale: "nl-NL" },
      { "view.messages": "{count, plural, one {# bericht} other {# berichten}}" },
    );
    expect(t.t(key("view.messages"), { count: 1250 })).toBe("1.250 berichten");
  });

  it("answers a key the language lacks from the fallback, and an unknown key as itself", () => {
    const t = createTranslator({ language: "nl", locale: "nl-NL" }, nl, messages);
    expect(t.t(key("view.claimedBy"), { owner: "Ana" })).toBe("Opgepakt door Ana");
    expect(t.t(key("view.messages"), { count: 2 })).toBe("2 messages");
    expect(t.t(key("view.nothing"))).toBe("view.nothing");
    expect(t.maybe("errors.unknown")).toBeNull();
  });

  it("never throws on a message missing its argument", () => {
    const t = createTranslator({ language: "en", locale: "en-GB" }, messages);
    expect(t.t(key("view.claimedBy"))).toBe("view.claimedBy");
  });
});
