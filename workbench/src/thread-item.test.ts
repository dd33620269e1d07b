// The workbench and the Outlook e2e suites build the stand-in's items and the pane's fragment from
// these helpers: the pane must read the same Message-ID the backend logged, in the shared mailbox.
import { parseThreadingHeaders } from "@baton/outlook-addin/src/office/headers";
import type { StandinItem } from "@baton/outlook-addin/src/office/host-standin";
import { paneFragment, privateItemFor, standinItemFor, type ReceivedMessage } from "./thread-item";

const message: ReceivedMessage = {
  messageId: "abc.123@customer.test",
  from: "carol@customer.test",
  subject: "Invoice 42",
  sentAt: Date.UTC(2026, 0, 5, 9, 30),
};

describe("the stand-in item for a seeded thread", () => {
  it("brackets the Message-ID once, in the item and in its raw headers", () => {
    const item = standinItemFor("conv-1", message, "support@acme.test");
    expect(item.internetMessageId).toBe("<abc.123@customer.test>");
    expect(
      standinItemFor("conv-1", { ...message, messageId: " <abc.123@customer.test>" }, "x@y")
        .internetMessageId,
    ).toBe("<abc.123@customer.test>");
    expect(parseThreadingHeaders(item.internetHeaders).messageId).toBe("<abc.123@customer.test>");
    expect(item.internetHeaders.endsWith("\r\n")).toBe(true);
  });

  it("lives in the shared mailbox, addressed to it unless an alias delivered it", () => {
    const direct = standinItemFor("conv-1", message, "support@acme.test");
    expect(direct.owner).toBe("support@acme.test");
    expect(direct.to).toEqual([{ emailAddress: "support@acme.test", displayName: "support@acme.test" }]);
    expect(direct.from).toEqual({ emailAddress: "carol@customer.test", displayName: "carol" });
    const alias = standinItemFor("conv-1", message, "support@acme.test", "help@acme.test");
    expect(alias.owner).toBe("support@acme.test");
    expect(alias.internetHeaders).toContain("To: help@acme.test\r\n");
  });

  it("keeps one conversation id per thread", () => {
    const later = { ...message, messageId: "def@customer.test", sentAt: message.sentAt + 60_000 };
    expect(standinItemFor("conv-1", later, "s@a").conversationId).toBe(
      standinItemFor("conv-1", message, "s@a").conversationId,
    );
    expect(standinItemFor("conv-2", message, "s@a").conversationId).not.toBe(
      standinItemFor("conv-1", message, "s@a").conversationId,
    );
  });

  it("makes a private message the agent's own, naming no Baton mailbox", () => {
    const item = privateItemFor("ana@acme.test", "friend@elsewhere.test", 1_700_000_000_000);
    expect(item.owner).toBe("ana@acme.test");
    expect(item.internetHeaders).not.toMatch(/support@/);
    expect(parseThreadingHeaders(item.internetHeaders).messageId).toBe(item.internetMessageId);
  });
});

describe("the pane fragment", () => {
  it("round-trips the item, the agent and the theme, and names the client only when it differs", () => {
    const item = standinItemFor("conv-1", message, "support@acme.test");
    const params = new URLSearchParams(paneFragment(item, "ana@acme.test", "dark"));
    expect(JSON.parse(params.get("item")!) as StandinItem).toEqual(item);
    expect(params.get("as")).toBe("ana@acme.test");
    expect(params.get("theme")).toBe("dark");
    expect(params.has("mailboxVersion")).toBe(false);
    expect(params.has("sharedProperties")).toBe(false);

    const old = new URLSearchParams(
      paneFragment(null, "ana@acme.test", "light", {
        mailboxVersion: "1.12",
        sharedProperties: "unavailable",
      }),
    );
    expect(old.has("item")).toBe(false);
    expect(old.get("mailboxVersion")).toBe("1.12");
    expect(old.get("sharedProperties")).toBe("unavailable");
  });
});
