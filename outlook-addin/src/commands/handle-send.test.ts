import { handleSend, type HandleSendPorts } from "./handle-send";
import { memoryStore, type SharedStore } from "./shared-store";
import { NoTokenError, UNCHECKED_SEND_KEY } from "./unchecked-send";

const outgoing = {
  conversationId: "AAQk1",
  subject: "Re: Refund",
  from: "support@demo.baton.test",
  to: ["jo@customer.test"],
  cc: [],
  mailbox: "support@demo.baton.test",
  agent: "ben@demo.baton.test",
};

function ports(store: SharedStore, overrides: Partial<HandleSendPorts> = {}) {
  const events: string[] = [];
  const values: HandleSendPorts = {
    readOutgoing: () => Promise.resolve(outgoing),
    getToken: () => Promise.reject(new NoTokenError(13001)),
    apiWith: () => {
      throw new Error("no API without a token");
    },
    recall: () => Promise.resolve(null),
    now: () => 1_000,
    newSendId: () => "id",
    warn: (message) => events.push(`warn ${message}`),
    store,
    complete: (decision) => events.push(`complete ${JSON.stringify(decision)}`),
    ...overrides,
  };
  return { values, events };
}

afterEach(() => {
  jest.useRealTimers();
});

describe("handleSend", () => {
  it("records why the send was not checked before it completes the event", async () => {
    const stored = new Map<string, string>();
    const store = memoryStore("roaming", stored);
    const { values, events } = ports(store, {
      complete: (decision) => {
        // Outlook may stop the runtime at completed: the record must already be there.
        events.push(
          `complete ${JSON.stringify(decision)} with record ${String(stored.has(UNCHECKED_SEND_KEY))}`,
        );
      },
    });
    await handleSend(values);
    expect(events).toEqual([
      "warn Baton let a send go unchecked: Outlook could not sign you in to Baton silently (Office error 13001).",
      'complete {"allow":true} with record true',
    ]);
    expect(JSON.parse(stored.get(UNCHECKED_SEND_KEY)!)).toEqual({
      at: 1_000,
      subject: "Re: Refund",
      reason: { code: "no_token", officeCode: 13001 },
    });
  });

  it("still lets the send go when storage hangs, after the record's 1 s budget", async () => {
    jest.useFakeTimers();
    const hanging: SharedStore = { ...memoryStore("stuck"), set: () => new Promise(() => undefined) };
    const { values, events } = ports(hanging);
    const done = handleSend(values);
    await jest.advanceTimersByTimeAsync(999);
    expect(events.some((event) => event.startsWith("complete"))).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await done;
    expect(events.at(-1)).toBe('complete {"allow":true}');
  });

  it("counts a failed report as unchecked only when no remembered thread made a check possible", async () => {
    const api = {
      get: () =>
        Promise.resolve({ conversation: { assignee: null, lastReplyBy: null, lastOutboundAt: null } }),
      me: () => Promise.resolve({ email: "", role: "", org: "", members: [] }),
      observe: () => Promise.reject(new Error("down")),
    } as unknown as ReturnType<HandleSendPorts["apiWith"]>;
    const stored = new Map<string, string>();
    const checked = ports(memoryStore("roaming", stored), {
      getToken: () => Promise.resolve("t"),
      apiWith: () => api,
      recall: () => Promise.resolve({ key: "c_1", lastMessageId: "<m1@x>" }),
    });
    await handleSend(checked.values);
    expect(stored.has(UNCHECKED_SEND_KEY)).toBe(false);
    expect(checked.events[0]).toMatch(/^warn Baton could not report the sent reply/);

    const unchecked = ports(memoryStore("roaming", stored), {
      getToken: () => Promise.resolve("t"),
      apiWith: () => api,
    });
    await handleSend(unchecked.values);
    expect(JSON.parse(stored.get(UNCHECKED_SEND_KEY)!)).toMatchObject({ reason: { code: "failed" } });
  });
});
