/**
 * Templates on the compose card (issue 17), against a canned backend: the list in the backend's
 * order (most used first) with a search, Choose rendering the template for the conversation and
 * naming what could not be filled BEFORE Insert, and Insert answering with the rendered HTML for the
 * draft and counting the use once. Each call carries `replying` presence in the same fetchAll.
 */
import type { Template } from "@baton/shared/api";
import type { CardWidget } from "../cards/model";
import { createAppsScriptStandIn, gmailEvent, installStandIn } from "../test-support/apps-script-standin";
import { SCENARIOS } from "../test-support/scenarios";
import { chooseTemplate, insertTemplate, searchTemplates } from "./compose";

const view = SCENARIOS.unclaimed();
const KEY = view.key;

function template(id: string, name: string, useCount: number): Template {
  return {
    id,
    scope: "mailbox",
    mailbox: "support@demo.baton.test",
    owner: null,
    name,
    shortcut: id,
    language: "en",
    tags: [],
    body: "Hi {{customer.firstName}}, ...",
    unknownVariables: [],
    useCount,
    lastUsedAt: null,
    csat: null,
    createdAt: 0,
    updatedAt: 0,
    updatedBy: "lead@demo.baton.test",
    canEdit: false,
  };
}

const RENDERED = {
  templateId: "refund",
  html: "<p>Hi ,</p><p>Your refund for order #1042 is on its way.</p>",
  text: "Hi ,\n\nYour refund for order #1042 is on its way.",
  missing: ["customer.firstName"],
  language: "en",
  timeZone: "Europe/Amsterdam",
};

function run<T>(act: () => T) {
  const standIn = createAppsScriptStandIn({
    backend: ({ path, search }) => {
      if (path.endsWith("/presence")) return { status: 200, body: { presence: [] } };
      if (path === "/templates")
        return {
          status: 200,
          body: {
            templates: search.includes("q=")
              ? [template("refund", "Refund sent", 9)]
              : [template("refund", "Refund sent", 9), template("thanks", "Thanks", 2)],
            truncated: false,
          },
        };
      if (path.endsWith("/render")) return { status: 200, body: RENDERED };
      if (path.endsWith("/used"))
        return { status: 200, body: { templateId: "refund", useCount: 10, counted: true } };
      return { status: 200, body: { view, conversation: { lastReplyBy: null, lastOutboundAt: null } } };
    },
  });
  const restore = installStandIn(standIn);
  try {
    const result = act();
    return {
      result,
      calls: standIn.fetchAttempts.map((a) => `${a.method} ${new URL(a.url).pathname.split("/v1")[1]}`),
      attempts: standIn.fetchAttempts,
    };
  } finally {
    restore();
  }
}

const widgets = (update: { card?: { sections: Array<{ widgets: CardWidget[] }> } }) =>
  update.card?.sections.flatMap((s) => s.widgets) ?? [];

describe("templates on the compose card", () => {
  it("lists the matches in the backend's order (most used first) with Choose, and searches by the typed text", () => {
    const all = run(() => searchTemplates(gmailEvent({ parameters: { key: KEY } }), Date.now()));
    expect(all.calls).toEqual([
      `POST /conversations/${KEY}/presence`,
      `GET /conversations/${KEY}`,
      "GET /templates",
    ]);
    const rows = widgets(all.result).flatMap((w) => (w.kind === "decoratedText" && w.button ? [w] : []));
    expect(rows.map((w) => [w.text, w.bottomLabel, w.button?.text])).toEqual([
      ["Refund sent", "Used 9 times", "Choose"],
      ["Thanks", "Used 2 times", "Choose"],
    ]);
    const searched = run(() =>
      searchTemplates(
        gmailEvent({ parameters: { key: KEY }, formInputs: { templateQuery: "refund" } }),
        Date.now(),
      ),
    );
    expect(new URL(searched.attempts[2]!.url).searchParams.get("q")).toBe("refund");
    expect(widgets(searched.result)[0]).toMatchObject({ kind: "textInput", value: "refund" });
  });

  it("Choose renders it for the conversation and names the variable it could not fill before Insert", () => {
    const { result, calls, attempts } = run(() =>
      chooseTemplate(gmailEvent({ parameters: { key: KEY, id: "refund", name: "Refund sent" } }), Date.now()),
    );
    expect(calls).toContain("POST /templates/refund/render");
    expect(JSON.parse(attempts.find((a) => a.url.endsWith("/render"))?.payload ?? "{}")).toEqual({
      conversationKey: KEY,
    });
    const texts = widgets(result).map((w) => ("text" in w ? w.text : ""));
    expect(texts[0]).toBe(
      "Not filled, left out of the text: {{customer.firstName}}. Write them in after inserting.",
    );
    expect(texts).toContain(RENDERED.text);
    expect(calls).not.toContain("POST /templates/refund/used");
    const insert = widgets(result).flatMap((w) => (w.kind === "buttonList" ? w.buttons : []))[0];
    expect(insert).toMatchObject({ text: "Insert", action: { functionName: "onInsertTemplate" } });
  });

  it("Insert answers with the rendered HTML for the draft and counts one use with a request id", () => {
    const { result, calls, attempts } = run(() =>
      insertTemplate(gmailEvent({ parameters: { key: KEY, id: "refund" } }), Date.now()),
    );
    expect(result).toEqual({ insertHtml: RENDERED.html });
    expect(calls.filter((c) => c === "POST /templates/refund/used")).toHaveLength(1);
    const used = JSON.parse(attempts.find((a) => a.url.endsWith("/used"))?.payload ?? "{}") as Record<
      string,
      string
    >;
    expect(used).toMatchObject({ conversationKey: KEY });
    expect(used["requestId"]).toMatch(/\S/);
  });
});
