/**
 * The card's actions that issue 19 adds or fixes, against a canned backend: Snooze reads the picker's
 * instant, Assign with nobody picked asks instead of assigning, the homepage asks for my work
 * (assigned to me, mentioning me) in one fetchAll, and a homepage row's Open pushes its card.
 */
import type { QueueItem } from "@baton/shared";
import {
  createAppsScriptStandIn,
  gmailEvent,
  installStandIn,
  type FetchAttempt,
} from "../test-support/apps-script-standin";
import { SCENARIOS, mon } from "../test-support/scenarios";
import { homepageCard, openConversation, openMention, runCommand, setAway } from "./handlers";

const KEY = "c_0123456789abcdef";

function row(key: string, nextDeadline: number | null): QueueItem {
  return {
    key,
    mailbox: "support@demo.baton.test",
    subject: `Subject ${key}`,
    status: "open",
    priority: "normal",
    assignee: null,
    tags: [],
    messageCount: 1,
    lastInboundAt: mon(9),
    updatedAt: mon(9),
    nextDeadline,
    nextDeadlineClock: nextDeadline === null ? null : "first_response",
    tone: "ok",
  };
}

/** The member's stored "away until", as the canned backend keeps it (PUT sets it, GET reads it). */
let awayUntil: number | null = null;

function withBackend<T>(run: () => T, queue: (query: string) => QueueItem[] = () => []) {
  const standIn = createAppsScriptStandIn({
    backend: ({ method, path, search, body }) => {
      if (path.startsWith("/queue")) return { status: 200, body: { items: queue(search), nextCursor: null } };
      if (path === "/me/availability") {
        if (method === "PUT") {
          const asked = (body as { awayUntil: string | null }).awayUntil;
          awayUntil = asked === null ? null : Date.parse(asked);
        }
        return { status: 200, body: { email: "ana@demo.baton.test", awayUntil, skills: [] } };
      }
      return { status: 200, body: { view: SCENARIOS.unclaimed() } };
    },
  });
  const restore = installStandIn(standIn);
  try {
    return { result: run(), attempts: standIn.fetchAttempts };
  } finally {
    restore();
  }
}

const bodies = (attempts: FetchAttempt[]) =>
  attempts.filter((a) => a.payload !== undefined).map((a) => JSON.parse(a.payload ?? "{}") as unknown);

describe("the card's actions", () => {
  it("Snooze sends the picker's instant as snoozedUntil", () => {
    const until = mon(9) + 26 * 3_600_000;
    const event = gmailEvent({ parameters: { key: KEY } });
    (event.commonEventObject.formInputs as Record<string, unknown>)["snoozeUntil"] = {
      dateTimeInput: { msSinceEpoch: until, hasDate: true, hasTime: true },
    };
    const { result, attempts } = withBackend(() => runCommand("snooze", event, mon(9)));
    expect(result.notification).toBe("Snoozed.");
    expect(bodies(attempts)).toEqual([
      expect.objectContaining({ status: "snoozed", snoozedUntil: new Date(until).toISOString() }),
    ]);
  });

  it("Snooze without a date asks for one and sends nothing", () => {
    const { result, attempts } = withBackend(() =>
      runCommand("snooze", gmailEvent({ parameters: { key: KEY } }), mon(9)),
    );
    expect(result.notification).toBe("Pick the date and time to snooze until, then press Snooze.");
    expect(bodies(attempts)).toEqual([]);
  });

  it("Assign with the empty choice asks for a teammate instead of assigning anyone", () => {
    const { result, attempts } = withBackend(() =>
      runCommand("assign", gmailEvent({ parameters: { key: KEY }, formInputs: { assignee: "" } }), mon(9)),
    );
    expect(result.notification).toBe("Pick a teammate first.");
    expect(bodies(attempts)).toEqual([]);
  });

  it("the homepage asks for assigned-to-me and mentions-me in one go and lists each once by deadline", () => {
    const { result, attempts } = withBackend(
      () => homepageCard(gmailEvent({ timeZone: "America/New_York" }), mon(9)),
      (path) =>
        path.includes("assignee=me")
          ? [row("c_late", mon(12)), row("c_both", mon(10))]
          : path.includes("mentions=me")
            ? [row("c_both", mon(10)), row("c_soon", mon(9, 30))]
            : [],
    );
    expect(attempts.map((a) => new URL(a.url).searchParams.toString())).toEqual([
      "assignee=me&status=open%2Cpending%2Csnoozed",
      "mentions=me&status=open%2Cpending%2Csnoozed",
      "assignee=unassigned&status=open%2Cpending%2Csnoozed",
      "",
    ]);
    expect(new URL(attempts[3]!.url).pathname).toMatch(/\/me\/availability$/);
    const myWork = result.sections[0]!;
    expect(myWork.header).toBe("My work");
    const keys = myWork.widgets.flatMap((w) =>
      w.kind === "decoratedText" && w.button !== undefined ? [w.button.action.parameters["key"]] : [],
    );
    expect(keys).toEqual(["c_soon", "c_both", "c_late"]);
    // Rows with an unread mention say so, and their Open marks it read (Mentions for me until read).
    const opens = myWork.widgets.flatMap((w) =>
      w.kind === "decoratedText" && w.button !== undefined
        ? [`${w.button.action.parameters["key"]} ${w.button.action.functionName} ${w.topLabel}`]
        : [],
    );
    expect(opens).toEqual([
      "c_soon onOpenMention Mentions you · Normal",
      "c_both onOpenMention Mentions you · Normal",
      "c_late onOpenConversation Normal",
    ]);
  });

  it("Open on a mention marks my mentions there read and pushes the card, in one fetchAll", () => {
    const { result, attempts } = withBackend(() => openMention(gmailEvent({ parameters: { key: KEY } })));
    expect(attempts.map((a) => `${a.method} ${new URL(a.url).pathname.split("/v1")[1]}`)).toEqual([
      `POST /conversations/${KEY}/mentions/read`,
      `GET /conversations/${KEY}`,
    ]);
    expect(result.push).toBe(true);
    expect(result.card.name).toBe("baton-conversation");
  });

  it("Remind me sends the picker's instant, its Next business morning the keyword, and nothing unpicked", () => {
    const at = mon(9) + 48 * 3_600_000;
    const event = gmailEvent({ parameters: { key: KEY } });
    (event.commonEventObject.formInputs as Record<string, unknown>)["followUpBy"] = {
      dateTimeInput: { msSinceEpoch: at, hasDate: true, hasTime: true },
    };
    const picked = withBackend(() => runCommand("followUp", event, mon(9)));
    expect(new URL(picked.attempts[0]!.url).pathname).toMatch(new RegExp(`/conversations/${KEY}/follow-up$`));
    expect(bodies(picked.attempts)).toMatchObject([{ dueAt: new Date(at).toISOString() }]);
    const morning = withBackend(() =>
      runCommand("followUp", gmailEvent({ parameters: { key: KEY, when: "morning" } }), mon(9)),
    );
    expect(bodies(morning.attempts)).toMatchObject([{ dueAt: "next_business_morning" }]);
    const none = withBackend(() => runCommand("followUp", gmailEvent({ parameters: { key: KEY } }), mon(9)));
    expect(none.result.notification).toBe("Pick the date and time to be reminded by, then press Remind me.");
    expect(bodies(none.attempts)).toEqual([]);
  });

  it("Snooze's Next business morning asks POST /snooze for the keyword the server resolves", () => {
    const { attempts } = withBackend(() =>
      runCommand("snoozeMorning", gmailEvent({ parameters: { key: KEY } }), mon(9)),
    );
    expect(new URL(attempts[0]!.url).pathname).toMatch(/\/snooze$/);
    expect(bodies(attempts)).toMatchObject([{ until: "next_business_morning" }]);
  });

  it("a homepage row's Open pushes the conversation's card", () => {
    const { result } = withBackend(() => openConversation(gmailEvent({ parameters: { key: KEY } })));
    expect(result.push).toBe(true);
    expect(result.card.name).toBe("baton-conversation");
  });

  describe("Availability on the homepage", () => {
    beforeEach(() => {
      awayUntil = null;
    });
    const AMS = { timeZone: "Europe/Amsterdam" };
    const section = (card: { sections: Array<{ header?: string; widgets: unknown[] }> }) =>
      card.sections.find((s) => s.header === "Availability");

    it("'Until tomorrow morning' sets 09:00 tomorrow on the reader's clock and shows it with Clear", () => {
      const { result, attempts } = withBackend(() =>
        setAway(gmailEvent({ ...AMS, parameters: { until: "morning" } }), mon(9)),
      );
      const tomorrowNine = mon(9) + 24 * 3_600_000;
      expect(bodies(attempts)).toEqual([{ awayUntil: new Date(tomorrowNine).toISOString() }]);
      expect(result.notification).toBe("You are away until Tue 09:00.");
      expect(section(result.card)?.widgets).toHaveLength(1);
      expect(section(result.card)?.widgets[0]).toMatchObject({
        kind: "decoratedText",
        text: "You are away until Tue 09:00",
        button: { text: "Clear" },
      });
    });

    it("Set away sends the picker's instant; Clear sends null and offers the picker again", () => {
      const until = mon(9) + 3 * 3_600_000;
      const event = gmailEvent({ ...AMS, parameters: { until: "picked" } });
      (event.commonEventObject.formInputs as Record<string, unknown>)["awayUntil"] = {
        dateTimeInput: { msSinceEpoch: until, hasDate: true, hasTime: true },
      };
      const set = withBackend(() => setAway(event, mon(9)));
      expect(bodies(set.attempts)).toEqual([{ awayUntil: new Date(until).toISOString() }]);
      expect(set.result.notification).toBe("You are away until 12:00.");

      const cleared = withBackend(() =>
        setAway(gmailEvent({ ...AMS, parameters: { until: "clear" } }), mon(9)),
      );
      expect(bodies(cleared.attempts)).toEqual([{ awayUntil: null }]);
      expect(cleared.result.notification).toBe("You are back: routing can give you conversations again.");
      expect(section(cleared.result.card)?.widgets).toEqual(
        expect.arrayContaining([expect.objectContaining({ kind: "dateTimePicker", name: "awayUntil" })]),
      );
    });

    it("Set away without a future instant asks for one and sends nothing", () => {
      const { result, attempts } = withBackend(() =>
        setAway(gmailEvent({ ...AMS, parameters: { until: "picked" } }), mon(9)),
      );
      expect(result.notification).toBe(
        "Pick a date and time in the future to be away until, then press Set away.",
      );
      expect(bodies(attempts)).toEqual([]);
    });
  });
});
