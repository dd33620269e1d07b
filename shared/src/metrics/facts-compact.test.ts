import type { ConversationEvent } from "../conversation/types";
import { DEFAULT_SLA_POLICY as POLICY } from "../sla/policy";
import { AMS, HOUR, MINUTE, ams, inbound, outbound, status } from "../../test/sla/fixtures";
import { csvRow } from "./csv";
import { conversationFacts } from "./facts";
import {
  compactFacts,
  MAX_FACT_ENTRIES,
  MAX_STORED_FACTS_FOLD_BYTES,
  storedFactsFoldJson,
  utf8Length,
} from "./facts-compact";
import { factsFoldOf, factsOfFold, type FactsFold } from "./facts-fold";

/** `rounds` x (a customer message, a reply an hour later, resolved, and reopened by the next message). */
function longThread(rounds: number): ConversationEvent[] {
  const log: ConversationEvent[] = [];
  let t = ams("2026-03-02 09:00");
  for (let i = 0; i < rounds; i++) {
    log.push(inbound(t), outbound(t + HOUR));
    if (i % 10 === 9) log.push(status(t + 2 * HOUR, "open", "resolved"));
    t += 4 * HOUR;
  }
  return log;
}

const row = { key: "c", mailboxId: "m", subject: "s" };

describe("stored facts", () => {
  it("list at most MAX_FACT_ENTRIES a list, and export exactly what the whole facts do", () => {
    const log = longThread(3_000);
    const facts = conversationFacts(log, POLICY, AMS);
    // Without the cap: 3,000 inbound, 3,000 replies, 2,999 next-response outcomes...
    expect(facts.inbound.length).toBe(3_000);
    const stored = JSON.parse(JSON.stringify(compactFacts(facts))) as typeof facts;
    for (const list of [
      stored.inbound,
      stored.replies,
      stored.reopens,
      stored.resolutions,
      stored.clockOutcomes,
    ])
      expect(list.length).toBeLessThanOrEqual(MAX_FACT_ENTRIES);
    expect(stored.earlier?.inbound).toBe(3_000 - MAX_FACT_ENTRIES);
    expect(csvRow({ ...row, facts: stored })).toBe(csvRow({ ...row, facts }));
    // 761,553 characters of JSON before, stored twice (the facts and their fold): past 1 MiB. Now a
    // few tens of KB.
    expect(JSON.stringify(facts).length).toBeGreaterThan(700_000);
    expect(JSON.stringify(stored).length).toBeLessThan(40_000);
  });

  it("keep a compacted fold that reads back to the same export", () => {
    const log = longThread(3_000);
    const json = storedFactsFoldJson(factsFoldOf(log, POLICY, AMS));
    expect(json).not.toBeNull();
    expect(utf8Length(json!)).toBeLessThan(40_000);
    const fold = JSON.parse(json!) as FactsFold;
    const facts = compactFacts(factsOfFold(fold, POLICY, AMS));
    expect(csvRow({ ...row, facts })).toBe(csvRow({ ...row, facts: conversationFacts(log, POLICY, AMS) }));
  });

  it("store no fold when one running clock reads more than MAX_STORED_FACTS_FOLD_BYTES of status changes", () => {
    const start = ams("2026-03-02 09:00");
    const toggles = Array.from({ length: 20_000 }, (_, i) =>
      i % 2 === 0
        ? status(start + (i + 2) * MINUTE, "open", "pending")
        : status(start + (i + 2) * MINUTE, "pending", "open"),
    );
    const fold = factsFoldOf([inbound(start), outbound(start + MINUTE), ...toggles], POLICY, AMS);
    expect(utf8Length(JSON.stringify(fold))).toBeGreaterThan(MAX_STORED_FACTS_FOLD_BYTES);
    expect(storedFactsFoldJson(fold)).toBeNull();
  });

  it("measure UTF-8 as Firestore does", () => {
    expect(utf8Length("a")).toBe(1);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("あ")).toBe(3);
    expect(utf8Length("😀")).toBe(4);
  });
});
