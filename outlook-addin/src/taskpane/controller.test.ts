import { DEFAULT_SLA_POLICY, slaFoldOf, slaState, storeSla, type ConversationEvent } from "@baton/shared";
import { ApiError, type ApiClient } from "../api/client";
import type { OpenItem } from "../office/types";
import { viewFixture } from "../test-support/view-fixture";
import { noticeText } from "./components/Notice";
import { NOT_A_TEAM_THREAD, PaneController, type ControllerDeps, type PaneState } from "./controller";
import type { SidebarView } from "./view";

const now = Date.UTC(2026, 2, 9, 10, 0, 0);
const item: OpenItem = {
  internetMessageId: "<m1@customer.test>",
  conversationId: "AAQk1",
  subject: "Refund",
  from: { email: "jo@customer.test", name: "Jo" },
  sentAt: now - 60_000,
  inReplyTo: null,
  references: null,
  to: ["support@demo.baton.test"],
  cc: [],
  sharedOwner: "support@demo.baton.test",
  signedInAs: "ben@demo.baton.test",
};

const envelope = (view: SidebarView, updatedAt = 1) => ({
  conversation: { key: view.key, updatedAt },
  sla: { clocks: [] },
  view,
});

function setup(overrides: Partial<ControllerDeps> = {}) {
  const snapshot: { push?: (data: Record<string, unknown>) => void } = {};
  const api = {
    observe: jest.fn().mockResolvedValue(envelope(viewFixture())),
    get: jest.fn().mockResolvedValue(envelope(viewFixture())),
    claim: jest.fn(),
    presence: jest.fn().mockResolvedValue({ presence: [] }),
  };
  const remember = jest.fn();
  const deps: ControllerDeps = {
    api: api as unknown as ApiClient,
    identity: {
      email: "ben@demo.baton.test",
      role: "agent",
      org: "demo",
      members: [{ email: "ana@demo.baton.test", name: "Ana" }],
      mailboxes: ["support@demo.baton.test", "billing@demo.baton.test"],
    },
    timeZone: "UTC",
    now: () => now,
    readItem: () => Promise.resolve(item),
    computeView: () => null,
    fromApiView: (view) => view as SidebarView,
    subscribe: (_key, listeners) => {
      snapshot.push = listeners.onConversation;
      return () => undefined;
    },
    remember,
    setTimer: () => 0,
    clearTimer: () => undefined,
    ...overrides,
  };
  const controller = new PaneController(deps);
  const states: PaneState[] = [];
  controller.onChange((state) => states.push(state));
  return { controller, api, snapshot, states, remember };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("PaneController", () => {
  it("observes the open message, shows its view, remembers it and heartbeats presence", async () => {
    const { controller, api, remember } = setup();
    await controller.open();
    expect(api.observe).toHaveBeenCalledWith(
      expect.objectContaining({
        mailbox: "support@demo.baton.test",
        platform: "outlook",
        platformThreadId: "AAQk1",
        messages: [
          expect.objectContaining({
            messageId: "<m1@customer.test>",
            sentAt: "2026-03-09T09:59:00.000Z",
            receivedAt: "2026-03-09T09:59:00.000Z",
          }),
        ],
      }),
    );
    expect(controller.getState()).toMatchObject({ phase: "ready", key: viewFixture().key, busy: false });
    expect(remember).toHaveBeenCalledWith(item, viewFixture().key);
    expect(api.presence).toHaveBeenCalledWith(viewFixture().key, "viewing");
  });

  it("keys the thread to the shared mailbox that holds it, though the customer wrote to an alias", async () => {
    const aliased = { ...item, to: ["help@demo.baton.test"] };
    const { controller, api } = setup({ readItem: () => Promise.resolve(aliased) });
    await controller.open();
    expect(api.observe).toHaveBeenCalledWith(expect.objectContaining({ mailbox: "support@demo.baton.test" }));
  });

  it("falls back to the recipients where the client cannot name the shared owner", async () => {
    const unshared = { ...item, sharedOwner: null, to: ["Billing@demo.baton.test"] };
    const { controller, api } = setup({ readItem: () => Promise.resolve(unshared) });
    await controller.open();
    expect(api.observe).toHaveBeenCalledWith(expect.objectContaining({ mailbox: "billing@demo.baton.test" }));
    expect(controller.getState().phase).toBe("ready");
  });

  it("sends nothing about a private thread: no observe, no presence, no live listener", async () => {
    const personal: OpenItem = {
      ...item,
      from: { email: "friend@elsewhere.test", name: "Friend" },
      to: ["ben@demo.baton.test"],
      sharedOwner: null,
    };
    const subscribe = jest.fn();
    const { controller, api, remember } = setup({ readItem: () => Promise.resolve(personal), subscribe });
    await controller.open();
    expect(controller.getState()).toEqual({ phase: "private", text: NOT_A_TEAM_THREAD });
    expect(api.observe).not.toHaveBeenCalled();
    expect(api.presence).not.toHaveBeenCalled();
    expect(subscribe).not.toHaveBeenCalled();
    expect(remember).not.toHaveBeenCalled();
  });

  it("says when no message is selected", async () => {
    const { controller } = setup({ readItem: () => Promise.resolve(null) });
    await controller.open();
    expect(controller.getState()).toMatchObject({ phase: "empty" });
  });

  it("turns a failed observe into a sentence with a Retry that works", async () => {
    const { controller, api } = setup();
    api.observe.mockRejectedValueOnce(new ApiError("network", "Baton's server could not be reached.", 0));
    await controller.open();
    const state = controller.getState();
    expect(state).toMatchObject({
      phase: "failed",
      notice: {
        kind: "error",
        text: "Baton's server cannot be reached right now. Check your connection and retry in a minute.",
      },
    });
    if (state.phase !== "failed") throw new Error("expected failed");
    state.notice.retry?.();
    await flush();
    expect(controller.getState().phase).toBe("ready");
  });

  it("on a lost claim race says who won and shows their ownership", async () => {
    const { controller, api } = setup();
    await controller.open();
    api.claim.mockRejectedValueOnce(
      new ApiError("already_claimed", "Already claimed.", 409, {
        owner: "ana@demo.baton.test",
        since: now - 2000,
      }),
    );
    api.get.mockResolvedValueOnce(
      envelope(viewFixture({ ownerLine: "Ana, since 10:00", ownerEmail: "ana@demo.baton.test" }), 2),
    );
    await controller.run({ type: "claim" });
    expect(controller.getState()).toMatchObject({
      phase: "ready",
      busy: false,
      view: { ownerLine: "Ana, since 10:00" },
      notice: { kind: "info", whileOwner: "ana@demo.baton.test" },
    });
    const state = controller.getState();
    if (state.phase !== "ready" || state.notice === null) throw new Error("expected a notice");
    expect(noticeText(state.notice, now)).toBe("Ana claimed this 2 s ago.");
  });

  it("renders a live snapshot from the document alone: clocks from its stored fold, no GET", async () => {
    const computeView = jest.fn().mockReturnValue(viewFixture({ ownerLine: "Ana, since 10:00 (local)" }));
    const { controller, api, snapshot } = setup({ computeView });
    await controller.open();
    const calendar = {
      timeZone: "Europe/Paris",
      weekly: { mon: [["09:00", "17:00"]] as Array<[string, string]> },
    };
    const log: ConversationEvent[] = [
      {
        id: "e1",
        at: now - 30 * 60_000,
        actor: "jo@customer.test",
        type: "message_received",
        messageId: "<m1@customer.test>",
        from: "jo@customer.test",
        subject: "Refund",
        sentAt: now - 30 * 60_000,
      },
    ];
    // As Firestore delivers it: plain data.
    const slaFold = JSON.parse(
      JSON.stringify(storeSla(slaFoldOf(log), DEFAULT_SLA_POLICY, calendar)),
    ) as unknown;
    snapshot.push?.({ updatedAt: 2, assignee: "ana@demo.baton.test", slaFold });
    await flush();
    expect(api.get).not.toHaveBeenCalled();
    expect(computeView).toHaveBeenLastCalledWith(
      expect.objectContaining({
        conversation: expect.objectContaining({ assignee: "ana@demo.baton.test" }) as unknown,
        sla: slaState(log, DEFAULT_SLA_POLICY, calendar, now),
        timeZone: "Europe/Paris",
      }),
    );
    expect(controller.getState()).toMatchObject({ view: { ownerLine: "Ana, since 10:00 (local)" } });
  });

  it("re-renders a document written before folds: locally at once, then from the API", async () => {
    const computeView = jest.fn().mockReturnValue(viewFixture({ ownerLine: "Ana, since 10:00 (local)" }));
    const { controller, api, snapshot } = setup({ computeView });
    await controller.open();
    let resolveGet: (value: unknown) => void = () => undefined;
    api.get.mockReturnValueOnce(
      new Promise((resolve) => {
        resolveGet = resolve;
      }),
    );
    snapshot.push?.({ updatedAt: 2, assignee: "ana@demo.baton.test" });
    expect(computeView).toHaveBeenLastCalledWith(
      expect.objectContaining({
        conversation: expect.objectContaining({
          key: viewFixture().key,
          assignee: "ana@demo.baton.test",
        }) as unknown,
        timeZone: "Europe/Amsterdam",
      }),
    );
    expect(controller.getState()).toMatchObject({ view: { ownerLine: "Ana, since 10:00 (local)" } });
    resolveGet({ ...envelope(viewFixture({ ownerLine: "Ana, since 10:00" }), 2), sla: { clocks: ["api"] } });
    await flush();
    // The API's state, written locally for the reader's zone.
    expect(computeView).toHaveBeenLastCalledWith(expect.objectContaining({ sla: { clocks: ["api"] } }));
  });

  it("recomputes the view locally when presence changes", async () => {
    const computeView = jest.fn().mockReturnValue(null);
    const presence: { push?: (viewers: { email: string; state: "viewing"; at: number }[]) => void } = {};
    const { controller } = setup({
      computeView,
      subscribe: (_key, listeners) => {
        presence.push = listeners.onPresence;
        return () => undefined;
      },
    });
    await controller.open();
    computeView.mockReturnValue(viewFixture({ presenceLine: "Ana is viewing" }));
    presence.push?.([{ email: "ana@demo.baton.test", state: "viewing", at: now }]);
    expect(controller.getState()).toMatchObject({ view: { presenceLine: "Ana is viewing" } });
  });

  it("ignores a snapshot it already shows (same updatedAt)", async () => {
    const { controller, api, snapshot } = setup();
    await controller.open();
    snapshot.push?.({ updatedAt: 1 });
    await flush();
    expect(api.get).not.toHaveBeenCalled();
    expect(controller.getState().phase).toBe("ready");
  });

  it("keeps the view and offers Retry when a command fails", async () => {
    const { controller, api } = setup();
    await controller.open();
    api.claim.mockRejectedValueOnce(new ApiError("forbidden", "no", 403));
    await controller.run({ type: "claim" });
    expect(controller.getState()).toMatchObject({
      phase: "ready",
      view: { ownerLine: "Unclaimed" },
      notice: {
        kind: "error",
        text: "Your role does not allow this. Ask a team lead to do it or to change your role.",
      },
    });
  });
});

describe("PaneController, live truth (issue 19)", () => {
  const ana = "ana@demo.baton.test";
  const ben = "ben@demo.baton.test";
  const readyNotice = (controller: PaneController) => {
    const state = controller.getState();
    return state.phase === "ready" ? state.notice : null;
  };
  // The local view follows the conversation the controller holds, as sidebarView would.
  const computeView: ControllerDeps["computeView"] = (inputs) => {
    const assignee = (inputs.conversation as { assignee?: string | null }).assignee ?? null;
    return viewFixture({ ownerEmail: assignee, ownerLine: assignee === null ? "Unclaimed" : assignee });
  };

  it("a lost race's notice ages live and clears when the winner releases", async () => {
    const { controller, api, snapshot } = setup({ computeView });
    await controller.open();
    api.claim.mockRejectedValueOnce(
      new ApiError("already_claimed", "Already claimed.", 409, { owner: ana, since: now - 2000 }),
    );
    api.get.mockResolvedValueOnce({
      ...envelope(viewFixture(), 2),
      conversation: { assignee: ana, updatedAt: 2 },
    });
    await controller.run({ type: "claim" });
    const notice = readyNotice(controller);
    if (notice === null) throw new Error("expected a notice");
    expect(noticeText(notice, now)).toBe("Ana claimed this 2 s ago.");
    expect(noticeText(notice, now + 120_000)).toBe("Ana claimed this 2 min ago.");
    snapshot.push?.({ updatedAt: 3, assignee: null });
    expect(readyNotice(controller)).toBeNull();
  });

  it("tells the loser even when the winner's snapshot arrives before the 409", async () => {
    const { controller, api, snapshot } = setup({ computeView });
    await controller.open();
    let reject: (error: unknown) => void = () => undefined;
    api.claim.mockReturnValueOnce(new Promise((_resolve, fail) => (reject = fail)));
    const running = controller.run({ type: "claim" });
    snapshot.push?.({ updatedAt: 2, assignee: ana, assignedAt: now - 1000 });
    expect(noticeText(readyNotice(controller)!, now)).toBe("Ana claimed this 1 s ago.");
    api.get.mockRejectedValueOnce(new Error("offline"));
    reject(new ApiError("already_claimed", "Already claimed.", 409, { owner: ana, since: now - 1000 }));
    await running;
    expect(noticeText(readyNotice(controller)!, now)).toBe("Ana claimed this 1 s ago.");
  });

  it("tells the owner once when a teammate changes their thread", async () => {
    const { controller, snapshot } = setup({
      computeView,
      identity: {
        email: ana,
        role: "agent",
        org: "demo",
        members: [
          { email: ana, name: "Ana" },
          { email: ben, name: "Ben" },
        ],
        mailboxes: ["support@demo.baton.test"],
      },
    });
    await controller.open();
    const doc = { assignee: ana, status: "open", priority: "normal", tags: [], notes: [] };
    snapshot.push?.({ ...doc, updatedAt: 2, changedBy: ana });
    expect(readyNotice(controller)).toBeNull();
    snapshot.push?.({ ...doc, status: "pending", updatedAt: 3, changedBy: ben });
    expect(readyNotice(controller)?.text).toBe("Ben changed the status to Waiting on customer.");
    controller.dismissNotice();
    // A later snapshot (a heartbeat, a clock) is not the same news again.
    snapshot.push?.({ ...doc, status: "pending", updatedAt: 4, changedBy: ben });
    expect(readyNotice(controller)).toBeNull();
  });

  it("leaves presence at once when the item changes", async () => {
    const leavePresence = jest.fn().mockResolvedValue({ presence: [] });
    const { controller, api } = setup();
    (api as unknown as { leavePresence: jest.Mock }).leavePresence = leavePresence;
    await controller.open();
    await controller.open();
    expect(leavePresence).toHaveBeenCalledTimes(1);
    expect(leavePresence).toHaveBeenCalledWith(viewFixture().key);
  });

  it("keeps the refused field's error with no Retry when a retry cannot succeed", async () => {
    const { controller, api } = setup();
    (api as unknown as { addNote: jest.Mock }).addNote = jest
      .fn()
      .mockRejectedValue(
        new ApiError("invalid_request", "body: must have at most 10000 characters.", 400, { path: "body" }),
      );
    await controller.open();
    expect(await controller.run({ type: "addNote", body: "x".repeat(10_250) })).toBe(false);
    const notice = readyNotice(controller);
    expect(notice).toMatchObject({ kind: "error", field: "body" });
    expect(notice?.retry).toBeUndefined();
    expect(notice?.text).not.toMatch(/^body:/);
  });

  it("lists my work once, assigned and mentioned, by deadline", async () => {
    const row = (key: string, nextDeadline: number | null) => ({ key, nextDeadline });
    const queue = jest.fn(({ assignee }: { assignee?: string }) =>
      Promise.resolve({
        items: assignee === "me" ? [row("b", 300), row("c", null)] : [row("a", 100), row("b", 300)],
        nextCursor: null,
      }),
    );
    const { controller, api } = setup();
    (api as unknown as { queue: typeof queue }).queue = queue;
    expect((await controller.myWork()).map((item) => item.key)).toEqual(["a", "b", "c"]);
    expect(queue).toHaveBeenCalledWith({ mentions: "me" });
  });

  it("marks a mention read when it is opened from My work, and only a mention (issue 17)", async () => {
    const row = (key: string) => ({ key, nextDeadline: null });
    const queue = jest.fn(({ assignee }: { assignee?: string }) =>
      Promise.resolve({ items: assignee === "me" ? [row("mine")] : [row("mentioned")], nextCursor: null }),
    );
    const markMentionsRead = jest
      .fn()
      .mockRejectedValueOnce(new ApiError("unavailable", "Baton's server could not be reached.", 503))
      .mockResolvedValue({ key: "mentioned", readAt: 1 });
    const { controller, api } = setup();
    Object.assign(api as object, { queue, markMentionsRead });
    await controller.myWork();
    await controller.openedFromMyWork("mine");
    expect(markMentionsRead).not.toHaveBeenCalled();
    // A failed mark leaves it unread; the next open tries again, then never twice.
    await controller.openedFromMyWork("mentioned");
    await controller.openedFromMyWork("mentioned");
    await controller.openedFromMyWork("mentioned");
    expect(markMentionsRead.mock.calls).toEqual([["mentioned"], ["mentioned"]]);
  });

  it("sets and clears 'away until' through PUT /me/availability, and says a refusal", async () => {
    const { controller, api } = setup();
    const setAway = jest.fn((awayUntil: string | null) =>
      Promise.resolve({
        email: "ben@demo.baton.test",
        awayUntil: awayUntil === null ? null : Date.parse(awayUntil),
        skills: [],
      }),
    );
    (api as unknown as { setAway: typeof setAway }).setAway = setAway;
    const until = Date.UTC(2026, 2, 10, 9, 0);
    expect(await controller.setAway(until)).toEqual({ awayUntil: until });
    expect(setAway).toHaveBeenLastCalledWith("2026-03-10T09:00:00.000Z");
    expect(controller.awayUntil).toBe(until);
    expect(await controller.setAway(null)).toEqual({ awayUntil: null });
    expect(setAway).toHaveBeenLastCalledWith(null);
    expect(controller.awayUntil).toBeNull();

    setAway.mockRejectedValueOnce(new ApiError("invalid_request", "awayUntil: must be in the future", 400));
    const refused = await controller.setAway(until);
    expect("error" in refused && refused.error).toContain("awayUntil");
    expect(controller.awayUntil).toBeNull();
  });
});

describe("PaneController, follow-ups and snooze (issue 17)", () => {
  const key = viewFixture().key;

  it("sends each to its route and shows the answer's view, the follow-up line with it", async () => {
    const { controller, api } = setup();
    const answer = (followUp: string | null) =>
      jest.fn().mockResolvedValue(envelope(viewFixture({ followUp }), 2));
    const calls = api as unknown as Record<"setFollowUp" | "clearFollowUp" | "snooze", jest.Mock>;
    calls.setFollowUp = answer("Reminder Tue 09:00 if no reply");
    calls.clearFollowUp = answer(null);
    calls.snooze = answer(null);
    await controller.open();

    expect(await controller.run({ type: "followUp", dueAt: "next_business_morning" })).toBe(true);
    expect(calls.setFollowUp).toHaveBeenCalledWith(key, "next_business_morning");
    expect(controller.getState()).toMatchObject({ view: { followUp: "Reminder Tue 09:00 if no reply" } });

    expect(await controller.run({ type: "clearFollowUp" })).toBe(true);
    expect(calls.clearFollowUp).toHaveBeenCalledWith(key);
    expect(controller.getState()).toMatchObject({ view: { followUp: null }, notice: null });

    expect(await controller.run({ type: "snooze", until: "next_business_morning" })).toBe(true);
    expect(calls.snooze).toHaveBeenCalledWith(key, "next_business_morning");
  });

  it("puts a refused time beside its field (dueAt, until) with the backend's sentence", async () => {
    const { controller, api } = setup();
    const refusal = (path: string) =>
      jest
        .fn()
        .mockRejectedValue(new ApiError("invalid_request", `${path}: must be in the future.`, 400, { path }));
    const calls = api as unknown as Record<"setFollowUp" | "snooze", jest.Mock>;
    calls.setFollowUp = refusal("dueAt");
    calls.snooze = refusal("until");
    await controller.open();
    const past = "2026-03-09T09:00:00.000Z";
    expect(await controller.run({ type: "followUp", dueAt: past })).toBe(false);
    expect(controller.getState()).toMatchObject({ notice: { kind: "error", field: "dueAt" } });
    expect(await controller.run({ type: "snooze", until: past })).toBe(false);
    expect(controller.getState()).toMatchObject({ notice: { kind: "error", field: "until" } });
  });
});
