/**
 * The bundle as Apps Script runs it: dist/Code.js evaluated as one script in a fresh global scope
 * with the Apps Script services, then every manifest function and card callback called by name.
 * This catches a bundler that hides functions in a closure (the gas-webpack-plugin trap).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { ACTIONS } from "./cards/actions";
import type { CardJson } from "./cards/card-json";
import {
  createAppsScriptStandIn,
  gmailEvent,
  type BuiltActionResponse,
  type BuiltCard,
} from "./test-support/apps-script-standin";

const root = join(__dirname, "..");
let outdir: string;
let code: string;
let manifest: {
  oauthScopes: string[];
  urlFetchWhitelist: string[];
  addOns: {
    common: { homepageTrigger: { runFunction: string } };
    gmail: {
      contextualTriggers: Array<{ onTriggerFunction: string }>;
      composeTrigger: { selectActions: Array<{ runFunction: string }> };
    };
  };
};

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), "baton-gmail-bundle-"));
  execFileSync(process.execPath, [join(root, "build.mjs")], {
    env: { ...process.env, BATON_OUTDIR: outdir },
    stdio: "pipe",
  });
  code = readFileSync(join(outdir, "Code.js"), "utf8");
  manifest = JSON.parse(readFileSync(join(outdir, "appsscript.json"), "utf8")) as typeof manifest;
});

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
});

function loadBundle() {
  const standIn = createAppsScriptStandIn({
    threads: [
      {
        id: "thread-1",
        messages: [
          {
            id: "msg-1",
            headers: { "Message-ID": "<root@customer.test>" },
            from: "Carla Customer <carla@customer.test>",
            to: "support@demo.baton.test",
            subject: "Help",
            date: new Date("2026-03-10T09:00:00Z"),
          },
        ],
      },
    ],
    // Port 9 (discard) refuses connections: every call fails fast, as with the backend down.
    scriptProperties: { BATON_API_BASE_URL: "http://127.0.0.1:9/v1" },
    // The team's mailboxes as an earlier GET /me left them, so the open thread is a team thread.
    userProperties: {
      "baton.teamMailboxes": JSON.stringify({
        addresses: ["support@demo.baton.test"],
        fetchedAt: Date.now(),
      }),
    },
  });
  const context = vm.createContext({ ...standIn.globals, console });
  vm.runInContext(code, context, { filename: "Code.js" });
  return { context: context as Record<string, unknown>, standIn };
}

function call(
  context: Record<string, unknown>,
  name: string,
  event: GoogleAppsScript.Addons.EventObject,
): unknown {
  const fn = context[name];
  if (typeof fn !== "function") throw new Error(`${name} is not a global function of the bundle`);
  return (fn as (e: unknown) => unknown)(event);
}

describe("the Apps Script bundle", () => {
  it("stays within the 200 KB budget", () => {
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(200 * 1024);
  });

  it("declares every manifest function and card callback as a top-level function", () => {
    const names = [
      manifest.addOns.common.homepageTrigger.runFunction,
      ...manifest.addOns.gmail.contextualTriggers.map((t) => t.onTriggerFunction),
      ...manifest.addOns.gmail.composeTrigger.selectActions.map((a) => a.runFunction),
      ...Object.values(ACTIONS),
    ];
    for (const name of names) expect(code).toMatch(new RegExp(`^function ${name}\\(`, "m"));
    const { context } = loadBundle();
    for (const name of names) expect(typeof context[name]).toBe("function");
  });

  it("asks for the narrow scopes and whitelists the backend it was built for", () => {
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/gmail.addons.execute",
      "https://www.googleapis.com/auth/gmail.addons.current.message.readonly",
      "https://www.googleapis.com/auth/gmail.addons.current.message.metadata",
      "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
      "https://www.googleapis.com/auth/script.external_request",
      "https://www.googleapis.com/auth/script.locale",
      "openid",
      "https://www.googleapis.com/auth/userinfo.email",
    ]);
    expect(manifest.urlFetchWhitelist).toEqual(["http://127.0.0.1:5001/demo-baton/us-central1/api/v1/"]);
  });

  it("answers the homepage trigger with a card, an error card with Retry when the backend is down", () => {
    const { context } = loadBundle();
    const card = call(
      context,
      manifest.addOns.common.homepageTrigger.runFunction,
      gmailEvent({}),
    ) as BuiltCard;
    const json = JSON.parse(card.printJson()) as CardJson;
    expect(json.name).toBe("baton-error");
    expect(JSON.stringify(json)).toContain("cannot be reached");
    expect(JSON.stringify(json)).toContain('"function":"onRefresh"');
  });

  // intl-messageformat needs Intl.PluralRules and Intl.NumberFormat: the bundle must format a Dutch
  // plural in a fresh script scope as Apps Script's V8 (Chrome's engine, with ICU) runs it.
  it("speaks the reader's language: a Dutch Gmail gets the Dutch card words", () => {
    const { context } = loadBundle();
    const card = call(
      context,
      manifest.addOns.common.homepageTrigger.runFunction,
      gmailEvent({ userLocale: "nl-NL" }),
    ) as BuiltCard;
    const json = JSON.stringify(JSON.parse(card.printJson()));
    expect(json).toContain('"text":"Opnieuw proberen"');
    expect(json).not.toContain('"text":"Retry"');
  });

  it("asks the API in the reader's Gmail language (Accept-Language), for the view's sentences", () => {
    const { context, standIn } = loadBundle();
    const trigger = manifest.addOns.gmail.contextualTriggers[0]!.onTriggerFunction;
    call(context, trigger, gmailEvent({ messageId: "msg-1", userLocale: "nl-NL" }));
    expect(standIn.fetchAttempts.map((a) => a.acceptLanguage)).toEqual(["nl-NL"]);
  });

  it("reads the open message with Gmail's access token on the contextual trigger", () => {
    const { context, standIn } = loadBundle();
    const trigger = manifest.addOns.gmail.contextualTriggers[0]!.onTriggerFunction;
    const card = call(context, trigger, gmailEvent({ messageId: "msg-1" })) as BuiltCard;
    expect(standIn.gmail.accessToken).toBe("gmail-access-token");
    expect(standIn.fetchAttempts.map((a) => a.url)).toEqual(["http://127.0.0.1:9/v1/conversations/observe"]);
    expect(standIn.fetchLog).toEqual([]); // the refused connection never produced a response
    expect((JSON.parse(card.printJson()) as CardJson).name).toBe("baton-error");
  });

  it.each(Object.values(ACTIONS))("runs the %s callback to an action response", (name) => {
    const { context } = loadBundle();
    const event = gmailEvent({
      messageId: "msg-1",
      parameters: { key: "c_0123456789abcdef" },
      formInputs: { note: "hi" },
    });
    const response = call(context, name, event) as BuiltActionResponse;
    const json = JSON.parse(response.printJson()) as BuiltActionResponse["json"];
    expect(json.renderActions.action.navigations).toHaveLength(1);
  });
});
