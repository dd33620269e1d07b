import { connectMailbox, describeConnector, parseOptions, setPaused } from "./admin";
import { MemoryStateStore } from "../../test/connectors/memory-state";

const NOW = Date.parse("2026-03-10T12:00:00Z");

test("connecting twice keeps the cursor and merges options; switching provider starts over", async () => {
  const store = new MemoryStateStore();
  const input = {
    org: "demo",
    mailboxId: "support",
    address: "Support@Demo.Baton.Test",
    provider: "google" as const,
    options: { initialDays: 3 },
  };
  expect((await connectMailbox(store, input, NOW)).created).toBe(true);
  await store.patch(
    "demo",
    "support",
    { cursor: { phase: "incremental", historyId: "42", pageToken: null } },
    { recorded: 5 },
  );

  const again = await connectMailbox(
    store,
    { ...input, options: { pubsubTopic: "projects/p/topics/t" } },
    NOW + 1,
  );
  expect(again.created).toBe(false);
  const kept = await store.get("demo", "support");
  expect(kept?.cursor).toEqual({ phase: "incremental", historyId: "42", pageToken: null });
  expect(kept?.options).toMatchObject({ initialDays: 3, pubsubTopic: "projects/p/topics/t" });
  expect(kept?.counts.recorded).toBe(5);
  expect(kept?.address).toBe("support@demo.baton.test");

  await connectMailbox(store, { ...input, provider: "microsoft" }, NOW + 2);
  expect((await store.get("demo", "support"))?.cursor).toBeNull();
});

test("pause and resume flip the flag and report unknown connectors", async () => {
  const store = new MemoryStateStore();
  await connectMailbox(
    store,
    { org: "demo", mailboxId: "support", address: "s@x.test", provider: "google", options: {} },
    NOW,
  );
  expect(await setPaused(store, "demo", "support", true)).toBe(true);
  expect((await store.get("demo", "support"))?.paused).toBe(true);
  expect(await setPaused(store, "demo", "nope", true)).toBe(false);
});

test("status shows health, lag, counts and the last error", async () => {
  const store = new MemoryStateStore();
  const { state } = await connectMailbox(
    store,
    { org: "demo", mailboxId: "support", address: "s@x.test", provider: "google", options: {} },
    NOW,
  );
  expect(describeConnector(state, NOW)).toContain("NEW");
  const failing = {
    ...state,
    lastSyncAt: NOW - 90_000,
    lagMs: 42_000,
    lastError: { message: "Gmail: quota", at: NOW - 30_000 },
  };
  const text = describeConnector(failing, NOW);
  expect(text).toContain("ERROR");
  expect(text).toContain("last sync 90s ago, lag 42s");
  expect(text).toContain("last error 30s ago: Gmail: quota");
});

test("CLI flags become options, and bad numbers are refused with a sentence", () => {
  expect(parseOptions({ days: "14", "auto-ack": true })).toMatchObject({
    initialDays: 14,
    autoAck: { enabled: true },
  });
  expect(() => parseOptions({ days: "-1" })).toThrow("--days must be a positive whole number");
});
