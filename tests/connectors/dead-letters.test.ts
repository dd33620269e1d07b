/**
 * Dead letters on the emulators: a connector run through the real observe path and Firestore sets a
 * poison message aside in orgs/{org}/connectorDeadLetters, keeps syncing past it, records nothing
 * twice, and the poll's replay records it once it goes through; admins list, retry and dismiss
 * dead letters through the API, and no other role can.
 */
import {
  createFirestoreDeadLetterStore,
  deadLettersRef,
} from "../../backend/src/connectors/firestore-dead-letters";
import { firstFailure, retryDelayMs, type DeadLetter } from "../../backend/src/connectors/dead-letters";
import { createRuntime } from "../../backend/src/connectors/providers";
import { runConnector } from "../../backend/src/connectors/run-connector";
import type { MessageSink } from "../../backend/src/connectors/sink";
import { newConnectorState } from "../../backend/src/connectors/state";
import { FakeGmail } from "../../backend/test/connectors/fake-gmail";
import { gmailApiFor, recordingRetry } from "../../backend/test/connectors/gmail-harness";
import { customerMail, MAILBOX } from "../../backend/test/connectors/scenario";
import { createTestOrg, type TestOrg } from "../integration/support/fixtures";
import { call } from "../integration/support/stack";
import { createOrg, db, messageEvents, SUPPORT_ID } from "./fixtures";

const HOUR = 3_600_000;

describe("a Gmail connector with a poison message, on Firestore", () => {
  let gmail: FakeGmail;
  let now: number;
  /** Message-IDs the sink refuses with a plain Error, as a bug in the observe path would. */
  const poison = new Set<string>();

  beforeEach(async () => {
    gmail = new FakeGmail(MAILBOX);
    await gmail.start();
    now = Date.now();
    poison.clear();
  });

  afterEach(() => gmail.stop());

  async function connect(org: string) {
    const base = createRuntime(
      db(),
      () => {
        throw new Error("no real credentials in tests");
      },
      { gmailFor: () => gmailApiFor(gmail, recordingRetry([]), () => now), now: () => now },
    );
    const rt = {
      ...base,
      sinkFor: (state: Parameters<typeof base.sinkFor>[0]): MessageSink => {
        const real = base.sinkFor(state);
        return {
          ingest: (batch) =>
            batch.some((m) => poison.has(m.messageId))
              ? Promise.reject(new Error("observe path bug"))
              : real.ingest(batch),
        };
      },
    };
    await rt.store.put(newConnectorState(org, SUPPORT_ID, MAILBOX, "google", {}, now - 10 * HOUR));
    return rt;
  }

  const letters = async (org: string) =>
    (await deadLettersRef(db(), org).get()).docs.map((doc) => doc.data() as DeadLetter);

  test("sets it aside, syncs past it, then records it once on replay", async () => {
    const org = await createOrg();
    const rt = await connect(org);
    const mails = [1, 2, 3, 4].map((n) => customerMail(n, now - 5 * HOUR + n * 60_000));
    const ids = mails.map((m) => gmail.deliver(m.headers));
    const bad = mails[1]?.headers["Message-ID"] ?? "";
    poison.add(bad);

    expect(await runConnector(rt, org, SUPPORT_ID)).toMatchObject({ status: "synced" });
    expect(await letters(org)).toEqual([
      expect.objectContaining({
        mailboxId: SUPPORT_ID,
        providerId: ids[1],
        messageId: bad,
        errorCode: "error",
        error: "observe path bug",
        attempts: 1,
        status: "waiting",
      }),
    ]);
    expect((await messageEvents(org)).map((e) => e.messageId).sort()).toEqual(
      [0, 2, 3].map((i) => mails[i]?.headers["Message-ID"]?.slice(1, -1)).sort(),
    );

    // New mail still syncs, and the run that meets the poison again keeps one letter.
    const later = customerMail(5, now + 60_000);
    gmail.deliver(later.headers);
    now += 2 * 60_000;
    await rt.store.patch(org, SUPPORT_ID, { cursor: null }); // a resync reads the poison again
    expect(await runConnector(rt, org, SUPPORT_ID)).toMatchObject({ status: "synced" });
    expect(await letters(org)).toHaveLength(1);
    expect(await messageEvents(org)).toHaveLength(4);

    // The bug is fixed; the poll's replay records the message once and deletes its letter.
    poison.clear();
    now += retryDelayMs(1);
    expect(await runConnector(rt, org, SUPPORT_ID, { replay: true })).toMatchObject({
      replay: { resolved: 1, failedAgain: 0 },
    });
    expect(await letters(org)).toHaveLength(0);
    const events = await messageEvents(org);
    expect(events).toHaveLength(5);
    expect(new Set(events.map((e) => e.messageId)).size).toBe(5);
  });
});

describe("the dead letters API", () => {
  let team: TestOrg;
  let letter: DeadLetter;

  beforeAll(async () => {
    team = await createTestOrg("deadletters", { adam: "admin", lea: "lead", ana: "agent" });
    letter = firstFailure(
      { org: team.org, mailboxId: "support", provider: "google" },
      { providerId: "18c0ffee", messageId: "<m1@customer.test>", folder: null, error: new TypeError("boom") },
      Date.now(),
    );
    await createFirestoreDeadLetterStore(db()).add([letter]);
  });

  test("refuses leads and agents, before reading anything", async () => {
    for (const name of ["lea", "ana"]) {
      const list = await call(team.token(name), "GET", "/connectors/dead-letters");
      expect(list.status).toBe(403);
      const dismiss = await call(team.token(name), "DELETE", `/connectors/dead-letters/${letter.id}`);
      expect(dismiss.status).toBe(403);
    }
    expect(await createFirestoreDeadLetterStore(db()).get(team.org, letter.id)).not.toBeNull();
  });

  test("lets an admin list, retry and dismiss", async () => {
    const admin = team.token("adam");
    const list = await call<{ deadLetters: Array<Record<string, unknown>> }>(
      admin,
      "GET",
      "/connectors/dead-letters",
    );
    expect(list.status).toBe(200);
    expect(list.body.deadLetters).toEqual([
      expect.objectContaining({ id: letter.id, errorCode: "type_error", error: "boom", status: "waiting" }),
    ]);
    expect(list.body.deadLetters[0]).not.toHaveProperty("org");

    const before = Date.now();
    const retried = await call<{ deadLetter: DeadLetter }>(
      admin,
      "POST",
      `/connectors/dead-letters/${letter.id}/retry`,
      {},
    );
    expect(retried.status).toBe(200);
    expect(retried.body.deadLetter).toMatchObject({ attempts: 0, status: "waiting" });
    const stored = await createFirestoreDeadLetterStore(db()).get(team.org, letter.id);
    expect(stored?.retryAt).toBeGreaterThanOrEqual(before);

    expect((await call(admin, "DELETE", `/connectors/dead-letters/${letter.id}`)).status).toBe(200);
    const again = await call<{ error: { code: string } }>(
      admin,
      "DELETE",
      `/connectors/dead-letters/${letter.id}`,
    );
    expect(again.status).toBe(404);
    expect((await call(admin, "GET", "/connectors/dead-letters/not-an-id/retry")).status).toBe(405);
    expect((await call(admin, "POST", "/connectors/dead-letters/not-an-id/retry", {})).status).toBe(400);
  });
});
