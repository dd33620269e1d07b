/**
 * What an open sends and reads: a private thread sends nothing, a team thread reports only what is
 * new, and the team's mailboxes come from GET /me. The Apps Script stand-in counts every UrlFetch
 * attempt (with its payload) and every Gmail service call.
 */
import {
  countGmailCalls,
  createAppsScriptStandIn,
  gmailEvent,
  installStandIn,
  type CannedAnswer,
  type StandInThread,
} from "../test-support/apps-script-standin";
import { SCENARIOS } from "../test-support/scenarios";
import { messageCard } from "./handlers";
import { RECHECK_AFTER_MISS_MS, TEAM_MAILBOXES_TTL_MS } from "./team-mailboxes";

const MAILBOX = "support@demo.baton.test";
const NOW = Date.UTC(2026, 2, 10, 12, 0);
const view = SCENARIOS.unclaimed();

function meWith(addresses: string[]): CannedAnswer {
  return {
    status: 200,
    body: {
      email: "ana@demo.baton.test",
      name: "Ana",
      role: "agent",
      org: "demo",
      allowed: [],
      members: [],
      mailboxes: addresses.map((address) => ({ id: address.split("@")[0], address, name: address })),
    },
  };
}

function message(id: string, from: string, to: string, extra: Record<string, string> = {}) {
  return {
    id,
    headers: { "Message-ID": `<${id}@mail.test>`, ...extra },
    from,
    to,
    subject: "Hello",
    date: new Date(NOW - 60_000),
  };
}

/** Ana's personal mail: her father writes to her; no Baton mailbox anywhere on it. */
const personal = (): StandInThread => ({
  id: "personal",
  messages: [
    message("p1", "Dad <dad@family.test>", "ana@demo.baton.test", { "Delivered-To": "ana@demo.baton.test" }),
    message("p2", "ana@demo.baton.test", "Dad <dad@family.test>"),
  ],
});

/** Mail a Google Group delivered to Ana: To stays support@, Delivered-To is Ana. */
const groupDelivered = (): StandInThread => ({
  id: "team",
  messages: [
    message("t1", "Carla <carla@customer.test>", `Support <${MAILBOX}>`, {
      "Delivered-To": "ana@demo.baton.test",
    }),
  ],
});

function setUp(
  threads: StandInThread[],
  options: { known?: string[]; knownAt?: number; me?: CannedAnswer; conversation?: CannedAnswer } = {},
) {
  const standIn = createAppsScriptStandIn({
    threads,
    userProperties:
      options.known === undefined
        ? {}
        : {
            "baton.teamMailboxes": JSON.stringify({
              addresses: options.known,
              fetchedAt: options.knownAt ?? NOW,
            }),
          },
    backend: ({ path }) => {
      if (path === "/me") return options.me ?? meWith([MAILBOX]);
      if (path === "/conversations/observe") return { status: 200, body: { view } };
      return options.conversation ?? { status: 200, body: { view } };
    },
    clock: () => NOW,
  });
  const restore = installStandIn(standIn);
  const open = (threadId: string, messageId: string, at = NOW) =>
    messageCard(gmailEvent({ messageId, threadId }), at);
  const requests = () =>
    standIn.fetchAttempts.map((a) => `${a.method} ${new URL(a.url).pathname.split("/v1")[1]}`);
  const observed = () =>
    standIn.fetchAttempts
      .filter((a) => a.url.endsWith("/conversations/observe"))
      .map(
        (a) => JSON.parse(a.payload ?? "{}") as { mailbox: string; messages: Array<{ messageId: string }> },
      );
  return { standIn, restore, open, requests, observed };
}

let restore: (() => void) | undefined;
afterEach(() => restore?.());

describe("opening a thread", () => {
  it("sends nothing about a private thread and shows the not-a-team-thread card", () => {
    const t = setUp([personal()], { known: [MAILBOX] });
    restore = t.restore;
    const card = t.open("personal", "p1");
    expect(card.name).toBe("baton-not-team");
    expect(t.standIn.fetchAttempts).toEqual([]);
    // Only who is on it was read: no subjects, dates or threading headers.
    expect(t.standIn.gmailCalls.get("GmailMessage.getSubject")).toBeUndefined();
    expect(t.standIn.gmailCalls.get("GmailMessage.getDate")).toBeUndefined();
  });

  it("asks GET /me for the team's mailboxes on a first open, which names no thread", () => {
    const t = setUp([personal()]);
    restore = t.restore;
    expect(t.open("personal", "p1").name).toBe("baton-not-team");
    expect(t.requests()).toEqual(["GET /me"]);
    expect(t.standIn.fetchAttempts[0]?.payload).toBeUndefined();
  });

  it("reports mail a group delivered to the agent under the group's address, not the agent's", () => {
    // The agent's own address being on the thread does not make it a team thread, nor the mailbox.
    const t = setUp([groupDelivered()], { known: [MAILBOX] });
    restore = t.restore;
    expect(t.open("team", "t1").name).toBe("baton-conversation");
    expect(t.requests()).toEqual(["POST /conversations/observe"]);
    expect(t.observed()[0]?.mailbox).toBe(MAILBOX);
  });

  it("reports Gmail's date as the receipt and the Date header beside it as the sender's claim", () => {
    const claimed = "Mon, 09 Mar 2026 08:00:00 +0000";
    const thread: StandInThread = {
      id: "team",
      messages: [message("t1", "Carla <carla@customer.test>", `Support <${MAILBOX}>`, { Date: claimed })],
    };
    const t = setUp([thread], { known: [MAILBOX] });
    restore = t.restore;
    t.open("team", "t1");
    const [reported] = (t.observed()[0]?.messages ?? []) as Array<{ sentAt?: string; receivedAt?: string }>;
    expect(reported?.sentAt).toBe(new Date(claimed).toISOString());
    expect(reported?.receivedAt).toBe(new Date(NOW - 60_000).toISOString());
  });

  it("on a second open reads one header and fetches the conversation by key, and reports only a new message", () => {
    const thread = groupDelivered();
    const t = setUp([thread], { known: [MAILBOX] });
    restore = t.restore;
    t.open("team", "t1");
    t.standIn.fetchAttempts.length = 0;
    t.standIn.gmailCalls.clear();

    t.open("team", "t1");
    expect(t.requests()).toEqual([`GET /conversations/${view.key}`]);
    // getMessageById + getThread + getMessages + the remembered last Message-ID.
    expect(countGmailCalls(t.standIn.gmailCalls)).toBe(4);

    thread.messages.push(message("t2", `Support <${MAILBOX}>`, "carla@customer.test"));
    t.standIn.fetchAttempts.length = 0;
    t.open("team", "t2");
    expect(t.observed().map((o) => o.messages.map((m) => m.messageId))).toEqual([["<t2@mail.test>"]]);
  });

  it("reports the whole thread again when the user cache lost its entry", () => {
    const t = setUp([groupDelivered()], { known: [MAILBOX] });
    restore = t.restore;
    t.open("team", "t1");
    t.standIn.userCache.evictAll();
    t.standIn.fetchAttempts.length = 0;
    t.open("team", "t1");
    expect(t.observed().map((o) => o.messages.length)).toEqual([1]);
  });

  it("reports afresh when the remembered conversation is gone", () => {
    const t = setUp([groupDelivered()], {
      known: [MAILBOX],
      conversation: { status: 404, body: { error: { code: "not_found", message: "No such conversation." } } },
    });
    restore = t.restore;
    t.open("team", "t1");
    t.standIn.fetchAttempts.length = 0;
    expect(t.open("team", "t1").name).toBe("baton-conversation");
    expect(t.requests()).toEqual([`GET /conversations/${view.key}`, "POST /conversations/observe"]);
  });

  it("recognises a mailbox an admin just added once the list is older than the recheck interval", () => {
    const thread: StandInThread = {
      id: "sales",
      messages: [message("s1", "carla@customer.test", "sales@demo.baton.test")],
    };
    const t = setUp([thread], {
      known: [MAILBOX],
      knownAt: NOW - RECHECK_AFTER_MISS_MS - 1,
      me: meWith([MAILBOX, "sales@demo.baton.test"]),
    });
    restore = t.restore;
    expect(t.open("sales", "s1").name).toBe("baton-conversation");
    expect(t.requests()).toEqual(["GET /me", "POST /conversations/observe"]);
    expect(t.observed()[0]?.mailbox).toBe("sales@demo.baton.test");
  });

  it("uses a stale list when GET /me fails, and still sends nothing about a private thread", () => {
    const t = setUp([personal()], {
      known: [MAILBOX],
      knownAt: NOW - TEAM_MAILBOXES_TTL_MS - 1,
      me: { status: 503, body: { error: { code: "unreachable", message: "down" } } },
    });
    restore = t.restore;
    expect(t.open("personal", "p1").name).toBe("baton-not-team");
    expect(t.requests()).toEqual(["GET /me", "GET /me"]);
  });

  it("shows who to ask when the user is not in a team, before reading the thread", () => {
    const t = setUp([groupDelivered()], {
      me: { status: 403, body: { error: { code: "not_member", message: "Not a member." } } },
    });
    restore = t.restore;
    const card = t.open("team", "t1");
    expect(card.name).toBe("baton-error");
    expect(JSON.stringify(card)).toContain("not a member");
    expect(countGmailCalls(t.standIn.gmailCalls)).toBe(0);
  });
});
