import { customerFrom, mailboxesFingerprint, memoStillHolds, type ThreadMemo } from "./thread-memo-rules";

const ids = ["<a@x>", "<b@x>", "<c@x>"];
const memo: ThreadMemo = { count: 2, lastMessageId: "<b@x>", mailbox: "support@demo.baton.test" };

describe("memoStillHolds", () => {
  it("holds while the remembered message is still at its place (new messages only appended)", () => {
    const read: number[] = [];
    expect(memoStillHolds(memo, 3, (i) => (read.push(i), ids[i] ?? ""))).toBe(true);
    expect(read).toEqual([1]); // one header read, of message number `count`
  });

  it("fails on a miss, a shorter thread, or a deleted message that shifted positions", () => {
    expect(memoStillHolds(null, 3, () => "")).toBe(false);
    expect(memoStillHolds({ ...memo, count: 4 }, 3, (i) => ids[i] ?? "")).toBe(false);
    expect(memoStillHolds(memo, 2, (i) => ["<a@x>", "<c@x>"][i] ?? "")).toBe(false);
    expect(memoStillHolds({ ...memo, count: 0 }, 3, () => "")).toBe(false);
  });
});

describe("mailboxesFingerprint", () => {
  it("ignores order and changes when a mailbox is added", () => {
    const one = mailboxesFingerprint(["support@x.test", "sales@x.test"]);
    expect(mailboxesFingerprint(["sales@x.test", "support@x.test"])).toBe(one);
    expect(mailboxesFingerprint(["sales@x.test", "support@x.test", "billing@x.test"])).not.toBe(one);
  });
});

describe("customerFrom", () => {
  it("is the first sender who is not the mailbox, as the message names them", () => {
    const messages = [
      { from: "Support <support@demo.baton.test>" },
      { from: "Carla Customer <carla@customer.test>" },
    ];
    expect(customerFrom(messages, "support@demo.baton.test")).toBe("Carla Customer <carla@customer.test>");
    expect(customerFrom([messages[0]!], "SUPPORT@demo.baton.test")).toBeUndefined();
  });
});
