/**
 * The compose pane's Office side over the Outlook stand-in: the reply's conversation, the body's
 * format, and an insertion as setSelectedDataAsync receives it (documented signature and results).
 */
import { createStandinHost } from "../office/host-standin";
import type { StandinCompose } from "../office/host-standin-send";
import { insertIntoBody, InsertError, readBodyFormat, readComposeContext } from "./host";
import { insertionFor } from "./insert";

const ana = "ana@demo.baton.test";
const globals = globalThis as { Office?: unknown };

function openCompose(compose: Partial<StandinCompose> = {}) {
  const host = createStandinHost({
    item: null,
    user: { emailAddress: ana, displayName: "Ana" },
    theme: "light",
    send: {
      compose: {
        conversationId: "AAQk1",
        subject: "Re: Refund",
        to: ["jo@customer.test"],
        body: "<p>quoted</p>",
        ...compose,
      },
    },
  });
  globals.Office = host.office;
  return host;
}

const rendered = { templateId: "t1", html: "<p>Hi Jo,</p>", text: "Hi Jo,", missing: [] };

describe("the compose host", () => {
  it("reads the reply's Exchange conversation and compose type, and the signed-in agent", async () => {
    openCompose();
    await expect(readComposeContext()).resolves.toEqual({
      conversationId: "AAQk1",
      composeType: "reply",
      signedInAs: ana,
    });
  });

  it("inserts HTML into an HTML body at the cursor, as Html", async () => {
    const host = openCompose({ bodyType: "html" });
    await insertIntoBody(insertionFor(rendered, await readBodyFormat()));
    expect(host.composeBody()).toEqual({
      type: "html",
      content: "<p>Hi Jo,</p><p>quoted</p>",
      insertions: [{ data: "<p>Hi Jo,</p>", coercionType: "html" }],
    });
  });

  it("inserts the text rendering into a plain-text body, as Text", async () => {
    const host = openCompose({ bodyType: "text", body: "" });
    await insertIntoBody(insertionFor(rendered, await readBodyFormat()));
    expect(host.composeBody()?.insertions).toEqual([{ data: "Hi Jo,", coercionType: "text" }]);
  });

  it("turns Outlook's failure into a sentence (data past 1,000,000 characters)", async () => {
    openCompose();
    await expect(insertIntoBody({ data: "x".repeat(1_000_001), coercionType: "text" })).rejects.toThrow(
      new InsertError("Outlook did not insert the template: The data exceeds the maximum size."),
    );
  });

  it("is not a reply in read mode or on a new message", async () => {
    const host = createStandinHost({
      item: null,
      user: { emailAddress: ana, displayName: "Ana" },
      theme: "light",
    });
    globals.Office = host.office;
    await expect(readComposeContext()).resolves.toBeNull();
    openCompose({ composeType: "newMail" });
    await expect(readComposeContext()).resolves.toMatchObject({ composeType: "newMail" });
  });
});
