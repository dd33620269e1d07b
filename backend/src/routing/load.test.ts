import { emptyConversation, type Conversation } from "@baton/shared";
import { loadDelta } from "./load";

const base: Conversation = emptyConversation("c_k", "support@x.test", "Hi", 0);
const owned = (assignee: string | null, extra: Partial<Conversation> = {}): Conversation => ({
  ...base,
  assignee,
  ...extra,
});

describe("loadDelta", () => {
  it("adds the new owner's count and takes the previous owner's", () => {
    expect(loadDelta(owned(null), owned("ana@x"))).toEqual([{ email: "ana@x", priority: "normal", by: 1 }]);
    expect(loadDelta(owned("ana@x"), owned("ben@x"))).toEqual([
      { email: "ana@x", priority: "normal", by: -1 },
      { email: "ben@x", priority: "normal", by: 1 },
    ]);
    expect(loadDelta(owned("ana@x"), owned(null))).toEqual([{ email: "ana@x", priority: "normal", by: -1 }]);
  });

  it("moves the count between priorities, and resolving takes it off", () => {
    expect(loadDelta(owned("ana@x"), owned("ana@x", { priority: "urgent" }))).toEqual([
      { email: "ana@x", priority: "normal", by: -1 },
      { email: "ana@x", priority: "urgent", by: 1 },
    ]);
    expect(loadDelta(owned("ana@x"), owned("ana@x", { status: "resolved" }))).toEqual([
      { email: "ana@x", priority: "normal", by: -1 },
    ]);
    expect(loadDelta(owned("ana@x", { status: "resolved" }), owned("ana@x", { status: "open" }))).toEqual([
      { email: "ana@x", priority: "normal", by: 1 },
    ]);
  });

  it("changes nothing when owner, priority and openness stay (a note, a tag, pending)", () => {
    expect(loadDelta(owned("ana@x"), owned("ana@x", { tags: ["x"], status: "pending" }))).toEqual([]);
    expect(loadDelta(null, owned(null))).toEqual([]);
  });
});
