/**
 * The send handler's side of Office, and the OnMessageSend handler end to end over the Outlook
 * stand-in (compose item, roaming settings, OfficeRuntime as Outlook on the web has them) with a
 * fake backend behind fetch.
 */
import { createStandinHost, type StandinOptions } from "./host-standin";
import type { RoamingPersistence } from "./host-standin-send";
import {
  completeSend,
  getSendToken,
  lastUncheckedSend,
  readOutgoingMessage,
  rememberForSend,
  sharedStore,
} from "./send-event";
import { UNCHECKED_SEND_KEY } from "../commands/unchecked-send";

const ana = "ana@demo.baton.test";
const ben = "ben@demo.baton.test";
const compose = {
  conversationId: "AAQk1",
  subject: "Re: Refund",
  from: "Support@demo.baton.test",
  to: ["Jo@Customer.test"],
};

type Globals = { Office?: unknown; OfficeRuntime?: unknown; __BATON_CONFIG__?: unknown; fetch?: unknown };
const globals = globalThis as Globals;
const realFetch = globalThis.fetch;

/** One Outlook runtime (pane or event) for `user`, sharing `roaming` with the others, as Exchange does. */
function runtime(user: string, roaming: RoamingPersistence, send: StandinOptions["send"] = {}) {
  const host = createStandinHost({
    item: null,
    user: { emailAddress: user, displayName: user },
    theme: "light",
    send: { roaming, ...send },
  });
  globals.Office = host.office;
  globals.OfficeRuntime = host.officeRuntime;
  return host;
}

function sharedRoaming(): RoamingPersistence & { values: Record<string, unknown> } {
  const box = { values: {} as Record<string, unknown> };
  return Object.assign(box, {
    load: () => ({ ...box.values }),
    save: (values: Record<string, unknown>) => {
      box.values = { ...values };
    },
  });
}

/** A fake backend: routes by method and path; `undefined` means the request never answers. */
function backend(routes: Record<string, (() => Response) | undefined | "down">) {
  const calls: { method: string; path: string; body: unknown; auth: string | null }[] = [];
  globals.fetch = jest.fn((input: string, init: RequestInit) => {
    const path = input.replace("https://api.test", "").split("?")[0]!;
    const method = init.method ?? "GET";
    const headers = init.headers as Record<string, string>;
    calls.push({
      method,
      path,
      body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
      auth: headers.authorization ?? null,
    });
    const route = routes[`${method} ${path}`];
    if (route === "down") return Promise.reject(new TypeError("fetch failed"));
    if (route === undefined) return new Promise(() => undefined);
    return Promise.resolve(route());
  });
  return calls;
}
const json =
  (body: unknown, status = 200) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/** Loads launch-event.ts as Outlook does (it associates its handler) and clicks Send. */
async function loadHandlerAndSend(host: ReturnType<typeof runtime>): Promise<unknown> {
  await jest.isolateModulesAsync(async () => {
    await import("../commands/launch-event");
  });
  return host.send();
}

beforeEach(() => {
  globals.__BATON_CONFIG__ = { apiBase: "https://api.test" };
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
  globalThis.fetch = realFetch;
  delete globals.Office;
  delete globals.OfficeRuntime;
  delete globals.__BATON_CONFIG__;
});

describe("the send handler's side of the adapter", () => {
  it("reads the message being sent: From is the mailbox it goes out from, the user is the agent", async () => {
    runtime(ben, sharedRoaming(), { compose });
    await expect(readOutgoingMessage()).resolves.toEqual({
      conversationId: "AAQk1",
      subject: "Re: Refund",
      from: "support@demo.baton.test",
      to: ["jo@customer.test"],
      cc: [],
      mailbox: "support@demo.baton.test",
      agent: ben,
    });
  });

  it("completes a block with Mailbox 1.12 options only: the manifest's PromptUser gives Send Anyway", () => {
    const completed = jest.fn();
    completeSend({ completed }, { allow: false, message: "Ana already replied 2 min ago — send anyway?" });
    completeSend({ completed }, { allow: true });
    expect(completed.mock.calls).toEqual([
      [{ allowEvent: false, errorMessage: "Ana already replied 2 min ago — send anyway?" }],
      [{ allowEvent: true }],
    ]);
  });

  it("asks OfficeRuntime.auth for a token without any prompt, and Office.auth only where it is missing", async () => {
    const runtimeAuth = jest.fn().mockResolvedValue("runtime-token");
    const officeAuth = jest.fn().mockResolvedValue("office-token");
    globals.Office = { auth: { getAccessToken: officeAuth } };
    globals.OfficeRuntime = { auth: { getAccessToken: runtimeAuth } };
    await expect(getSendToken()).resolves.toBe("runtime-token");
    expect(runtimeAuth).toHaveBeenCalledWith({
      allowSignInPrompt: false,
      allowConsentPrompt: false,
      forMSGraphAccess: false,
    });
    delete globals.OfficeRuntime;
    await expect(getSendToken()).resolves.toBe("office-token");
    expect(officeAuth).toHaveBeenCalledWith(expect.objectContaining({ allowSignInPrompt: false }));
    globals.Office = {};
    await expect(getSendToken()).rejects.toMatchObject({ officeCode: null });
  });

  it("shares values through OfficeRuntime.storage (classic Windows) and roaming settings at once", async () => {
    const roaming = sharedRoaming();
    runtime(ben, roaming);
    const stored = new Map<string, string>();
    globals.OfficeRuntime = {
      storage: {
        getItem: (key: string) => Promise.resolve(stored.get(key) ?? null),
        setItem: (key: string, value: string) => Promise.resolve(void stored.set(key, value)),
        removeItem: (key: string) => Promise.resolve(void stored.delete(key)),
      },
    };
    await sharedStore().set("k", "v");
    expect(stored.get("k")).toBe("v");
    expect(roaming.values.k).toBe("v");
    stored.set("k", "runtime first");
    await expect(sharedStore().get("k")).resolves.toBe("runtime first");
  });
});

describe("onMessageSendHandler over the stand-in", () => {
  async function paneRemembers(roaming: RoamingPersistence) {
    runtime(ben, roaming);
    await rememberForSend("AAQk1", { key: "c_1", lastMessageId: "<m1@customer.test>" });
  }

  it("warns with a Smart Alert when a teammate owns the thread the pane remembered", async () => {
    const roaming = sharedRoaming();
    await paneRemembers(roaming);
    const calls = backend({
      "GET /conversations/c_1": json({
        conversation: { assignee: ana, lastReplyBy: null, lastOutboundAt: null },
      }),
      "GET /me": json({ email: ben, role: "agent", org: "o", members: [{ email: ana, name: "Ana" }] }),
    });
    const completed = await loadHandlerAndSend(runtime(ben, roaming, { compose, accessToken: "sso" }));
    expect(completed).toEqual({
      allowEvent: false,
      errorMessage: "Ana owns this conversation — send anyway?",
    });
    expect(calls.every((call) => call.auth === "Bearer sso")).toBe(true);
  });

  it("warns with a Smart Alert when a teammate's compose pane says they are replying", async () => {
    const roaming = sharedRoaming();
    await paneRemembers(roaming);
    backend({
      "GET /conversations/c_1": json({
        conversation: { assignee: null, lastReplyBy: null, lastOutboundAt: null },
        view: { presence: [{ email: ana, name: "Ana", state: "replying", at: 1 }] },
      }),
      "GET /me": json({ email: ben, role: "agent", org: "o", members: [{ email: ana, name: "Ana" }] }),
    });
    const completed = await loadHandlerAndSend(runtime(ben, roaming, { compose, accessToken: "sso" }));
    expect(completed).toEqual({
      allowEvent: false,
      errorMessage: "Ana is replying to this conversation — send anyway?",
    });
  });

  it("reports an allowed reply with a Baton-made id (no crypto.randomUUID) and clears an old record", async () => {
    const roaming = sharedRoaming();
    await paneRemembers(roaming);
    await sharedStore().set(
      UNCHECKED_SEND_KEY,
      JSON.stringify({ at: 1, subject: "", reason: { code: "failed" } }),
    );
    const calls = backend({
      "GET /conversations/c_1": json({
        conversation: { assignee: ben, lastReplyBy: null, lastOutboundAt: null },
      }),
      "GET /me": json({ email: ben, role: "agent", org: "o", members: [] }),
      "POST /conversations/observe": json({}),
    });
    jest.spyOn(crypto, "randomUUID").mockImplementation(() => {
      throw new Error("not in the JavaScript-only runtime");
    });
    const completed = await loadHandlerAndSend(runtime(ben, roaming, { compose, accessToken: "sso" }));
    expect(completed).toEqual({ allowEvent: true });
    const observe = calls.find((call) => call.path === "/conversations/observe")?.body as {
      mailbox: string;
      platformThreadId: string;
      messages: { messageId: string; inReplyTo: string }[];
    };
    expect(observe.mailbox).toBe("support@demo.baton.test");
    expect(observe.platformThreadId).toBe("AAQk1");
    expect(observe.messages[0]?.messageId).toMatch(/^<baton-send-[0-9a-z]+-[0-9a-z]{16}@outlook\.invalid>$/);
    expect(observe.messages[0]?.inReplyTo).toBe("<m1@customer.test>");
    expect(roaming.values[UNCHECKED_SEND_KEY]).toBeUndefined();
  });

  it("lets the send go without a token, and records why for the pane", async () => {
    const roaming = sharedRoaming();
    await paneRemembers(roaming);
    const calls = backend({});
    const completed = await loadHandlerAndSend(runtime(ben, roaming, { compose }));
    expect(completed).toEqual({ allowEvent: true });
    expect(calls).toEqual([]);
    runtime(ben, roaming); // the next pane
    await expect(lastUncheckedSend.read()).resolves.toMatchObject({
      subject: "Re: Refund",
      reason: { code: "no_token", officeCode: 13012 },
    });
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining("Office error 13012"));
    await lastUncheckedSend.clear();
    await expect(lastUncheckedSend.read()).resolves.toBeNull();
  });

  it("lets the send go when the backend is down, and records it", async () => {
    const roaming = sharedRoaming();
    await paneRemembers(roaming);
    backend({ "GET /conversations/c_1": "down", "GET /me": "down" });
    await expect(loadHandlerAndSend(runtime(ben, roaming, { compose, accessToken: "sso" }))).resolves.toEqual(
      {
        allowEvent: true,
      },
    );
    runtime(ben, roaming);
    await expect(lastUncheckedSend.read()).resolves.toMatchObject({ reason: { code: "unreachable" } });
  });

  it("gives up after 3 s when the backend does not answer, completing well before Outlook's 5 s alert", async () => {
    const roaming = sharedRoaming();
    await paneRemembers(roaming);
    backend({});
    jest.useFakeTimers();
    const started = Date.now();
    let completedAt: number | null = null;
    const sent = loadHandlerAndSend(runtime(ben, roaming, { compose, accessToken: "sso" })).then(
      (options) => {
        completedAt = Date.now();
        return options;
      },
    );
    await jest.advanceTimersByTimeAsync(2999);
    expect(completedAt).toBeNull();
    await jest.advanceTimersByTimeAsync(1001);
    await expect(sent).resolves.toEqual({ allowEvent: true });
    // 3000 ms check budget + the record's save (a timer tick) < 5000 ms.
    expect(completedAt! - started).toBeLessThan(5000);
    runtime(ben, roaming);
    await expect(lastUncheckedSend.read()).resolves.toMatchObject({
      reason: { code: "timeout", budgetMs: 3000 },
    });
  });
});
