import {
  addRemembered,
  MAX_REMEMBERED,
  parseRemembered,
  recallConversation,
  REMEMBERED_KEY,
  rememberConversation,
} from "./remembered";
import { memoryStore } from "./shared-store";

const entry = (n: number) => ({ thread: `AAQk${n}`, key: `c_${n}`, lastMessageId: `<m${n}@customer.test>` });

describe("the remembered threads", () => {
  it("keeps the newest first, one entry per thread", () => {
    const list = addRemembered(addRemembered([entry(1), entry(2)], entry(3)), { ...entry(1), key: "c_new" });
    expect(list.map((e) => e.key)).toEqual(["c_new", "c_3", "c_2"]);
  });

  it(`stays bounded at ${MAX_REMEMBERED} entries, well inside roaming settings' 32 KB`, () => {
    let list = [entry(0)];
    for (let n = 1; n < 100; n += 1) list = addRemembered(list, entry(n));
    expect(list).toHaveLength(MAX_REMEMBERED);
    expect(list[0]?.thread).toBe("AAQk99");
    // Exchange conversation ids run to ~150 characters: 20 entries of ~350 stay near 7 KB.
    const long = {
      thread: "A".repeat(150),
      key: "c_".padEnd(40, "x"),
      lastMessageId: `<${"m".repeat(100)}>`,
    };
    const full = Array.from({ length: MAX_REMEMBERED }, (_, n) => ({
      ...long,
      thread: `${n}${long.thread}`,
    }));
    expect(JSON.stringify(full).length).toBeLessThan(8_000);
  });

  it("round-trips through a store, and ignores what is not a list of entries", async () => {
    const values = new Map<string, string>();
    const store = memoryStore("roaming", values);
    await rememberConversation(store, entry(1));
    await rememberConversation(store, entry(2));
    await expect(recallConversation(store, "AAQk1")).resolves.toEqual({
      key: "c_1",
      lastMessageId: "<m1@customer.test>",
    });
    await expect(recallConversation(store, "AAQk9")).resolves.toBeNull();
    values.set(REMEMBERED_KEY, "{}");
    await expect(recallConversation(store, "AAQk1")).resolves.toBeNull();
    expect(parseRemembered('[{"thread":1},null]')).toEqual([]);
  });
});
