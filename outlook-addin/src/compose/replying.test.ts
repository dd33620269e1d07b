import { REPLYING_HEARTBEAT_MS, ReplyingPresence, type ReplyingUpdate } from "./replying";

const ben = { email: "ben@demo.baton.test", state: "replying" as const, at: 1 };

function fakeApi(options: { fail?: boolean } = {}) {
  const calls: string[] = [];
  return {
    calls,
    api: {
      replying: jest.fn((key: string) => {
        calls.push(`POST ${key}`);
        return options.fail === true ? Promise.reject(new Error("down")) : Promise.resolve([ben]);
      }),
      leave: jest.fn((key: string) => {
        calls.push(`DELETE ${key}`);
        return Promise.resolve({ presence: [] });
      }),
      conversation: jest.fn((key: string) => {
        calls.push(`GET ${key}`);
        return options.fail === true
          ? Promise.reject(new Error("down"))
          : Promise.resolve({
              reply: { lastReplyBy: null, lastOutboundAt: null },
              presence: [],
              mailbox: "support@demo.baton.test",
            });
      }),
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("ReplyingPresence", () => {
  it("says 'replying' at once and every heartbeat, reports who else is, and leaves on stop", async () => {
    const { api, calls } = fakeApi();
    const updates: ReplyingUpdate[] = [];
    let tick = () => {};
    let every = 0;
    const presence = new ReplyingPresence({
      api,
      onUpdate: (update) => updates.push(update),
      setTimer: (run, ms) => {
        tick = run;
        every = ms;
        return 7;
      },
      clearTimer: jest.fn(),
    });
    presence.start("c_1");
    await flush();
    expect(every).toBe(REPLYING_HEARTBEAT_MS);
    expect(REPLYING_HEARTBEAT_MS).toBe(5000);
    expect(updates[0]?.presence).toEqual([ben]);
    expect(updates[0]?.conversation?.mailbox).toBe("support@demo.baton.test");
    tick();
    await flush();
    presence.stop();
    presence.stop();
    expect(calls).toEqual(["POST c_1", "GET c_1", "POST c_1", "GET c_1", "DELETE c_1"]);
  });

  it("keeps going when Baton is down: a failed beat still reports (nothing), never throws", async () => {
    const { api } = fakeApi({ fail: true });
    const updates: ReplyingUpdate[] = [];
    const presence = new ReplyingPresence({
      api,
      onUpdate: (u) => updates.push(u),
      setTimer: () => 1,
      clearTimer: () => {},
    });
    presence.start("c_1");
    await flush();
    expect(updates).toEqual([{ presence: [], conversation: null }]);
    presence.stop();
  });

  it("drops a late answer for a conversation it already left", async () => {
    const { api } = fakeApi();
    const updates: ReplyingUpdate[] = [];
    const presence = new ReplyingPresence({
      api,
      onUpdate: (u) => updates.push(u),
      setTimer: () => 1,
      clearTimer: () => {},
    });
    presence.start("c_1");
    presence.stop();
    await flush();
    expect(updates).toEqual([]);
  });
});
