import { randomBytes } from "node:crypto";
import { createTestOrg, observe, type MessageSpec, type TestOrg } from "./support/fixtures";
import { adminApp } from "./support/stack";

/** Entries a stored facts list keeps (shared/src/metrics/facts-compact.ts MAX_FACT_ENTRIES). */
const MAX_FACT_ENTRIES = 50;
/** Messages per observe (shared/src/api/observe.ts MAX_OBSERVED_MESSAGES). */
const BATCH = 200;
/**
 * Customer messages on one thread: at ~75 bytes per entry, listed in the facts and again in their
 * fold, the metricFacts document passed 1 MiB at about 7,000 and recording the next message failed.
 */
const MESSAGES = 14_000;

describe("the metricFacts document of a long thread", () => {
  let org: TestOrg;

  beforeAll(async () => {
    org = await createTestOrg("factsbound", { ana: "agent" });
  });

  it(`stays bounded over ${MESSAGES.toLocaleString("en")} customer messages, every observe answered 200`, async () => {
    const tag = randomBytes(4).toString("hex");
    const root = `<${tag}.0@mail.${org.domain}>`;
    const start = Date.now() - 30 * 60_000;
    const message = (i: number): MessageSpec => ({
      messageId: i === 0 ? root : `<${tag}.${i}@mail.${org.domain}>`,
      ...(i === 0 ? {} : { inReplyTo: root, references: root }),
      from: `carla@customer-${org.org}.test`,
      to: [`support@${org.domain}`],
      subject: "Order did not arrive",
      sentAt: new Date(start + i * 100).toISOString(),
    });
    let key = "";
    for (let from = 0; from < MESSAGES; from += BATCH) {
      const batch = Array.from({ length: BATCH }, (_, i) => message(from + i));
      // observe() throws on any status but 200: before the cap, a 413/500 about here.
      key = (await observe(org, "ana", batch)).conversation.key;
    }
    const facts = (await adminApp().db.doc(`orgs/${org.org}/metricFacts/${key}`).get()).get("facts") as {
      inbound: unknown[];
      earlier?: { inbound: number };
    };
    expect(facts.inbound.length).toBe(MAX_FACT_ENTRIES);
    // Every message still counted (the export's customer_messages).
    expect((facts.earlier?.inbound ?? 0) + facts.inbound.length).toBe(MESSAGES);
  }, 900_000);
});
