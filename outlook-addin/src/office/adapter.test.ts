import { followSelection, isDark, readOpenItem, readTheme, waitForHost } from "./adapter";
import { createStandinHost, type StandinItem } from "./host-standin";

const item: StandinItem = {
  internetMessageId: "<reply-2@customer.test>",
  conversationId: "AAQkADAwATM",
  subject: "Re: Refund for order 1042",
  from: { emailAddress: "Jo@Customer.test", displayName: "Jo Customer" },
  to: [{ emailAddress: "support@demo.baton.test", displayName: "Support" }],
  dateTimeCreated: "2026-03-09T09:15:00Z",
  internetHeaders:
    "Message-ID: <reply-2@customer.test>\r\nIn-Reply-To: <root-1@demo.baton.test>\r\nReferences: <root-1@demo.baton.test>\r\n",
  // It lives in the shared mailbox; the signed-in user is the agent.
  owner: "Support@demo.baton.test",
};

function install(options: Partial<Parameters<typeof createStandinHost>[0]> = {}) {
  const host = createStandinHost({
    item,
    user: { emailAddress: "Ana@demo.baton.test", displayName: "Ana" },
    theme: "light",
    ...options,
  });
  (globalThis as { Office?: unknown }).Office = host.office;
  return host;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("the Office adapter over the Outlook stand-in", () => {
  it("reads the open message with its threading headers as plain data", async () => {
    install();
    const host = await waitForHost();
    expect(host).toMatchObject({ inOutlook: true, canFollowSelection: true, canReadHeaders: true });
    await expect(readOpenItem(host)).resolves.toEqual({
      internetMessageId: "<reply-2@customer.test>",
      conversationId: "AAQkADAwATM",
      subject: "Re: Refund for order 1042",
      from: { email: "jo@customer.test", name: "Jo Customer" },
      sentAt: Date.parse("2026-03-09T09:15:00Z"),
      inReplyTo: "<root-1@demo.baton.test>",
      references: "<root-1@demo.baton.test>",
      to: ["support@demo.baton.test"],
      cc: [],
      sharedOwner: "support@demo.baton.test",
      signedInAs: "ana@demo.baton.test",
      hasAttachment: false,
    });
  });

  it("says whether the message carries a file, not counting pictures inline in the body", async () => {
    const inline = { name: "logo.png", isInline: true };
    install({ item: { ...item, attachments: [inline] } });
    expect(await readOpenItem(await waitForHost())).toMatchObject({ hasAttachment: false });
    install({ item: { ...item, attachments: [inline, { name: "invoice.pdf", isInline: false }] } });
    expect(await readOpenItem(await waitForHost())).toMatchObject({ hasAttachment: true });
  });

  it("reports no shared owner for the agent's own mail (getSharedPropertiesAsync fails)", async () => {
    install({
      item: {
        ...item,
        owner: "ana@demo.baton.test",
        to: [{ emailAddress: "ana@demo.baton.test", displayName: "Ana" }],
      },
    });
    const read = await readOpenItem(await waitForHost());
    expect(read).toMatchObject({
      sharedOwner: null,
      signedInAs: "ana@demo.baton.test",
      to: ["ana@demo.baton.test"],
    });
  });

  it("reports no shared owner where the client has no getSharedPropertiesAsync", async () => {
    install({ sharedProperties: "unavailable" });
    const host = await waitForHost();
    const office = (globalThis as { Office?: { context: { mailbox: { item: object } } } }).Office;
    expect("getSharedPropertiesAsync" in (office?.context.mailbox.item ?? {})).toBe(false);
    await expect(readOpenItem(host)).resolves.toMatchObject({
      sharedOwner: null,
      to: ["support@demo.baton.test"],
    });
  });

  it("does not ask below Mailbox 1.8, and a 1.8-1.12 client cannot name a shared mailbox", async () => {
    install({ mailboxVersion: "1.7" });
    await expect(readOpenItem(await waitForHost())).resolves.toMatchObject({ sharedOwner: null });
    install({ mailboxVersion: "1.12" });
    await expect(readOpenItem(await waitForHost())).resolves.toMatchObject({ sharedOwner: null });
  });

  it("asks only when Mailbox 1.8 is supported, even if the item has the function", async () => {
    const standin = install();
    const context = (standin.office as { context: { requirements: { isSetSupported: unknown } } }).context;
    context.requirements.isSetSupported = () => false;
    const office = standin.office as { context: { mailbox: { item: Record<string, unknown> } } };
    const ask = jest.fn();
    office.context.mailbox.item.getSharedPropertiesAsync = ask;
    await expect(
      readOpenItem({ inOutlook: true, platform: null, canFollowSelection: false, canReadHeaders: false }),
    ).resolves.toMatchObject({ sharedOwner: null });
    expect(ask).not.toHaveBeenCalled();
  });

  it("degrades below Mailbox 1.8: no header read, keyed by the message's own id", async () => {
    install({ mailboxVersion: "1.5" });
    const host = await waitForHost();
    expect(host.canReadHeaders).toBe(false);
    expect(host.canFollowSelection).toBe(true);
    const read = await readOpenItem(host);
    expect(read?.inReplyTo).toBeNull();
    expect(read?.internetMessageId).toBe("<reply-2@customer.test>");
  });

  it("does not follow the selection below Mailbox 1.5", async () => {
    const standin = install({ mailboxVersion: "1.4" });
    const host = await waitForHost();
    const listener = jest.fn();
    followSelection(host, listener);
    standin.selectItem(null);
    expect(listener).not.toHaveBeenCalled();
  });

  it("follows the selection of a pinned pane through ItemChanged", async () => {
    const standin = install();
    const host = await waitForHost();
    const seen: (string | undefined)[] = [];
    followSelection(host, () => {
      void readOpenItem(host).then((next) => seen.push(next?.subject));
    });
    standin.selectItem({ ...item, subject: "Another thread" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toEqual(["Another thread"]);
  });

  it("reports no item when nothing is selected", async () => {
    install({ item: null });
    await expect(readOpenItem(await waitForHost())).resolves.toBeNull();
  });

  it("reads light and dark from the Office theme", async () => {
    const standin = install({ theme: "dark" });
    await waitForHost();
    expect(readTheme()).toBe("dark");
    standin.setTheme("light");
    expect(readTheme()).toBe("light");
  });

  it("tells dark from light background colours", () => {
    expect(isDark("#292929")).toBe(true);
    expect(isDark("#FFFFFF")).toBe(false);
    expect(isDark("#0f6cbd")).toBe(true);
    expect(isDark("not a colour")).toBe(false);
  });
});

describe("outside Outlook", () => {
  it("says so when office.js loads in a plain browser tab (host null, no mailbox)", async () => {
    (globalThis as { Office?: unknown }).Office = {
      HostType: { Outlook: "Outlook" },
      context: {},
      onReady: () => Promise.resolve({ host: null, platform: null }),
    };
    await expect(waitForHost()).resolves.toEqual({
      inOutlook: false,
      platform: null,
      canFollowSelection: false,
      canReadHeaders: false,
    });
  });
});
