/**
 * GET /export.csv over the longest range with more conversations than one answer holds (issue 12):
 * the Firestore read is bounded at both ends (conversations after the range are not read), each
 * answer holds at most MAX_EXPORT_ROWS rows and names the next page in its Baton-Export-Next
 * header, and the pages together are every conversation active in the range exactly once. Bad
 * ranges and cursors answer 400 with a sentence.
 */
import {
  conversationFacts,
  DEFAULT_SLA_POLICY,
  EXPORT_NEXT_HEADER,
  MAX_METRICS_DAYS,
  type ConversationEvent,
} from "@baton/shared";
import { exportPage, MAX_EXPORT_ROWS } from "../../../backend/src/metrics/export-csv";
import { ALWAYS_OPEN } from "../../../backend/src/store/mailboxes";
import { createTestOrg, type TestOrg } from "../../integration/support/fixtures";
import { adminApp, apiBase } from "../../integration/support/stack";

const DAY = 86_400_000;
// The longest range: 366 days, 2025-01-01 .. 2026-01-01 inclusive.
const FROM = "2025-01-01";
const TO = "2026-01-01";
const START = Date.UTC(2025, 0, 1);
const IN_RANGE = MAX_EXPORT_ROWS + 600;
const BEFORE = 50;
const AFTER = 50;
const SPANNING = 20;

let org: TestOrg;
const expected = new Set<string>();

function factsAt(firstAt: number, lastAt: number) {
  const received: ConversationEvent = {
    id: "e1",
    at: firstAt,
    actor: "c@example.com",
    type: "message_received",
    messageId: "m1",
    from: "c@example.com",
    subject: "Hi",
    sentAt: firstAt,
  };
  const facts = conversationFacts([received], DEFAULT_SLA_POLICY, ALWAYS_OPEN);
  return { ...facts, firstAt, lastAt };
}

beforeAll(async () => {
  org = await createTestOrg("export-pages", { lee: "lead" });
  const { db } = adminApp();
  const writer = db.bulkWriter();
  const put = (key: string, firstAt: number, lastAt: number) => {
    void writer.set(db.doc(`orgs/${org.org}/metricFacts/${key}`), {
      key,
      mailboxId: "support",
      subject: `Order ${key}`,
      timeZone: "UTC",
      firstAt,
      lastAt,
      facts: factsAt(firstAt, lastAt),
    });
  };
  for (let i = 0; i < IN_RANGE; i += 1) {
    const firstAt = START + Math.floor((i * 365 * DAY) / IN_RANGE) + 3_600_000;
    put(`c_in_${i}`, firstAt, firstAt + 2 * 3_600_000);
    expected.add(`c_in_${i}`);
  }
  for (let i = 0; i < SPANNING; i += 1) {
    put(`c_span_${i}`, START - 30 * DAY, START + 400 * DAY);
    expected.add(`c_span_${i}`);
  }
  for (let i = 0; i < BEFORE; i += 1) put(`c_before_${i}`, START - 90 * DAY, START - 60 * DAY);
  for (let i = 0; i < AFTER; i += 1) put(`c_after_${i}`, START + 400 * DAY, START + 401 * DAY);
  await writer.close();
}, 300_000);

async function get(path: string): Promise<Response> {
  return fetch(`${await apiBase()}${path}`, { headers: { authorization: `Bearer ${org.token("lee")}` } });
}

describe("export pages", () => {
  it("reads at most one answer's documents, and none after the range", async () => {
    const seen = new Set<string>();
    let cursor: string | undefined;
    let pages = 0;
    let read = 0;
    do {
      const started = performance.now();
      const page = await exportPage(adminApp().db, org.org, { from: FROM, to: TO, cursor });
      // Bounded: one answer reads at most MAX_EXPORT_ROWS documents, in well under the 60 s a function has.
      expect(page.documentsRead).toBeLessThanOrEqual(MAX_EXPORT_ROWS);
      expect(page.rows.length).toBeLessThanOrEqual(MAX_EXPORT_ROWS);
      expect(performance.now() - started).toBeLessThan(30_000);
      for (const row of page.rows) {
        expect(seen.has(row.key)).toBe(false);
        seen.add(row.key);
      }
      read += page.documentsRead;
      pages += 1;
      cursor = page.next ?? undefined;
    } while (cursor !== undefined);
    expect(pages).toBe(2);
    expect(seen).toEqual(expected);
    // The conversations before and after the range were never read (today's query read every
    // conversation active since `from`, the 50 after it included).
    expect(read).toBe(IN_RANGE + SPANNING);
  });

  it("answers a page at a time over HTTP, naming the next page until the last", async () => {
    const first = await get(`/export.csv?from=${FROM}&to=${TO}`);
    expect(first.status).toBe(200);
    const next = first.headers.get(EXPORT_NEXT_HEADER);
    expect(next).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(first.headers.get("access-control-expose-headers")).toContain(EXPORT_NEXT_HEADER);
    const firstLines = (await first.text()).trim().split("\r\n");
    expect(firstLines[0]).toMatch(/^conversation,mailbox,subject/);
    expect(firstLines.length - 1).toBeLessThanOrEqual(MAX_EXPORT_ROWS);

    const second = await get(`/export.csv?from=${FROM}&to=${TO}&cursor=${next ?? ""}`);
    expect(second.status).toBe(200);
    expect(second.headers.get(EXPORT_NEXT_HEADER)).toBeNull();
    const secondLines = (await second.text()).trim().split("\r\n");
    expect(firstLines.length - 1 + secondLines.length - 1).toBe(expected.size);
  });
});

describe("bad ranges and cursors", () => {
  it.each([
    [`from=2026-03-01&to=2026-02-01`, /to.*must not be before from/],
    [`from=2025-01-01&to=2026-01-02`, new RegExp(`at most ${MAX_METRICS_DAYS} days`)],
    [`from=2026-02-30&to=2026-03-01`, /real calendar dates/],
    [`from=yesterday&to=2026-03-01`, /expected a date like/],
    [`from=2026-03-01`, /to/],
    [`from=2026-03-01&to=2026-03-02&cursor=not*a*cursor`, /cursor/],
    [`from=2026-03-01&to=2026-03-02&cursor=bm90LWEtY3Vyc29y`, /cursor: this is not a cursor the export gave/],
  ])("%s answers 400 with a sentence", async (query, sentence) => {
    const reply = await get(`/export.csv?${query}`);
    expect(reply.status).toBe(400);
    const body = (await reply.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.message).toMatch(sentence);
  });
});
