import { EN } from "../test-support/readers";
/**
 * The compose card (issue 17): a reply draft on a team thread reports `replying` and reads the
 * conversation in one fetchAll, and warns when a teammate is replying or just replied; a new
 * message, or a thread this add-on never reported, sends nothing.
 */
import type { SidebarView } from "@baton/shared";
import { composeWarnings, RECENT_REPLY_MS } from "../cards/compose-warnings";
import { toCardJson } from "../cards/to-json";
import { createAppsScriptStandIn, gmailEvent, installStandIn } from "../test-support/apps-script-standin";
import { mon, SCENARIOS } from "../test-support/scenarios";
import { composeCard } from "./compose";

const ANA = "ana@demo.baton.test";
const BEN = "ben@demo.baton.test";
const benReplying = SCENARIOS.someoneElses();
const quiet: SidebarView = { ...benReplying, presence: [], presenceLine: null };
const now = mon(9, 20);

describe("composeWarnings", () => {
  it("names a teammate replying right now", () => {
    expect(composeWarnings(benReplying, { lastReplyBy: null, lastOutboundAt: null }, ANA, now, EN)).toEqual([
      "Ben is replying to this conversation right now.",
    ]);
  });

  it("names a teammate who replied within the window, not one who replied before it, and never me", () => {
    const justNow = { lastReplyBy: BEN, lastOutboundAt: now - 3 * 60_000 };
    expect(composeWarnings(quiet, justNow, ANA, now, EN)).toEqual(["Ben already replied 3 min ago."]);
    // RECENT_REPLY_MS (10 min) + 1 ms ago: an old reply, a new reply is expected.
    const before = { lastReplyBy: BEN, lastOutboundAt: now - RECENT_REPLY_MS - 1 };
    expect(composeWarnings(quiet, before, ANA, now, EN)).toEqual([]);
    expect(composeWarnings(quiet, { lastReplyBy: ANA, lastOutboundAt: now - 60_000 }, ANA, now, EN)).toEqual(
      [],
    );
  });
});

function run(threadId: string | undefined, memoKey: string | null) {
  const standIn = createAppsScriptStandIn({
    userEmail: ANA,
    backend: ({ path }) =>
      path.endsWith("/presence")
        ? { status: 200, body: { presence: [] } }
        : path.startsWith("/templates")
          ? { status: 200, body: { templates: [], truncated: false } }
          : {
              status: 200,
              body: {
                view: benReplying,
                conversation: { lastReplyBy: BEN, lastOutboundAt: Date.now() - 90_000 },
              },
            },
  });
  if (memoKey !== null)
    standIn.userCache.put(
      "baton.thread.gmail-thread-1",
      JSON.stringify({ count: 1, lastMessageId: "<m@x>", mailbox: null, conversationKey: memoKey }),
    );
  const restore = installStandIn(standIn);
  try {
    const event = gmailEvent(threadId === undefined ? {} : { messageId: "", threadId });
    return { card: toCardJson(composeCard(event, Date.now())), attempts: standIn.fetchAttempts };
  } finally {
    restore();
  }
}

describe("the compose trigger", () => {
  it("on a reply to a team thread: POST presence replying and the conversation in one go, then the warnings", () => {
    const { card, attempts } = run("gmail-thread-1", benReplying.key);
    expect(attempts.map((a) => `${a.method} ${new URL(a.url).pathname.split("/v1")[1]}`)).toEqual([
      `POST /conversations/${benReplying.key}/presence`,
      `GET /conversations/${benReplying.key}`,
      "GET /templates",
    ]);
    expect(JSON.parse(attempts[0]!.payload ?? "{}")).toEqual({ state: "replying" });
    expect(card.name).toBe("baton-compose");
    const texts = JSON.stringify(card);
    expect(texts).toContain("Ben is replying to this conversation right now.");
    expect(texts).toContain("Ben already replied 1 min ago.");
  });

  it("on a new message, or a thread never reported: no request, no warning, and why no templates", () => {
    const fresh = run(undefined, null);
    expect(fresh.attempts).toEqual([]);
    expect(JSON.stringify(fresh.card)).toContain("use them in a reply to a thread of a team mailbox");
    const unseen = run("gmail-thread-1", null);
    expect(unseen.attempts).toEqual([]);
    expect(JSON.stringify(unseen.card)).toContain("open its message once");
  });
});
