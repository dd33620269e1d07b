import { runConnector } from "./run-connector";
import { newConnectorState } from "./state";
import { FakeGmail } from "../../test/connectors/fake-gmail";
import { gmailApiFor, recordingRetry } from "../../test/connectors/gmail-harness";
import { memoryRuntime, type MemoryRuntime } from "../../test/connectors/memory-runtime";
import { customerMail, MAILBOX } from "../../test/connectors/scenario";

const NOW = Date.parse("2026-03-10T12:00:00Z");
let gmail: FakeGmail;
let rt: MemoryRuntime;

beforeEach(async () => {
  gmail = new FakeGmail(MAILBOX);
  await gmail.start();
  rt = memoryRuntime({ gmail: () => gmailApiFor(gmail, recordingRetry([], 1), () => rt.clock.now) }, NOW);
  await rt.store.put(newConnectorState("demo", "support", MAILBOX, "google", {}, NOW - 3_600_000));
});

afterEach(() => gmail.stop());

test("a run records lag for live mail, not for the backfill", async () => {
  gmail.deliver(customerMail(1, NOW - 5 * 3_600_000).headers); // before connecting
  await runConnector(rt, "demo", "support");
  expect((await rt.store.get("demo", "support"))?.lagMs).toBeNull();

  gmail.deliver(customerMail(2, NOW + 10_000).headers);
  rt.clock.now = NOW + 45_000;
  await runConnector(rt, "demo", "support");
  const state = await rt.store.get("demo", "support");
  expect(state?.lagMs).toBe(35_000);
  expect(state?.lastSyncAt).toBe(NOW + 45_000);
});

test("a failed run is recorded on the connector and cleared by the next good one", async () => {
  gmail.http.fail(/profile/, 5, { status: 503, body: { error: { code: 503, message: "backend down" } } });
  const failed = await runConnector(rt, "demo", "support");
  expect(failed).toMatchObject({ status: "failed", error: expect.stringContaining("Gmail") as unknown });
  let state = await rt.store.get("demo", "support");
  expect(state?.lastError?.at).toBe(NOW);
  expect(state?.counts.errors).toBe(1);
  expect(state?.leaseUntil).toBe(0);

  gmail.http.fail(/profile/, 0, { status: 200 });
  await runConnector(rt, "demo", "support"); // 3 more 503s queued: still failing
  expect((await rt.store.get("demo", "support"))?.counts.errors).toBe(2);
  gmail.deliver(customerMail(3, NOW).headers);
  expect(await runConnector(rt, "demo", "support")).toMatchObject({ status: "synced" });
  state = await rt.store.get("demo", "support");
  expect(state?.lastError).toBeNull();
  expect(rt.sink.recorded.size).toBe(1);
});

test("unknown and paused connectors do nothing", async () => {
  expect(await runConnector(rt, "demo", "nope")).toEqual({ status: "not_found" });
  await rt.store.patch("demo", "support", { paused: true });
  expect(await runConnector(rt, "demo", "support")).toEqual({ status: "paused" });
  expect(gmail.http.log).toHaveLength(0);
});
