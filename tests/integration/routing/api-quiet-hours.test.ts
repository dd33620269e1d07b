/**
 * Quiet hours hold a notice instead of dropping it (issue 16), against the Firestore emulator with
 * the sweeper's clock driven by hand (as tests/sla does): Ana works 13:00–17:00 UTC on weekdays; her
 * conversation's first-response warning comes at 11:00, so the warning is recorded then and her email
 * waits in the outbox (held, notBefore 13:00) until a sweep at or after 13:00 delivers it.
 */
import { slaActionEventId } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { slaPaths } from "../../../backend/src/sla/paths";
import { heldNoticeId } from "../../../backend/src/sla/outbox";
import { recordingScheduler } from "../../../backend/src/sla/scheduler";
import type { SlaRunDeps } from "../../../backend/src/sla/step";
import { runSlaSweep } from "../../../backend/src/sla/sweep";
import { calendarToStore } from "../../../backend/src/store/calendar-codec";
import { paths } from "../../../backend/src/store/paths";
import {
  ANA,
  HOUR,
  MINUTE,
  claimedBy,
  connect,
  conversationKey,
  newOrg,
  notifyDeps,
  received,
  seedConversation,
  seedOrg,
} from "../../sla/support/world";

const T0 = Date.UTC(2026, 5, 1, 8, 0); // Mon 2026-06-01 08:00 UTC
const WARN = T0 + 3 * HOUR + 1; // 11:00, Ana off
const OPENS = Date.UTC(2026, 5, 1, 13, 0); // her hours start

const AFTERNOONS = {
  timeZone: "UTC",
  weekly: Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [["13:00", "17:00"]]])),
};

let db: Firestore;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = connect());
});
afterAll(() => close());

const deps = (now: number): SlaRunDeps => ({
  db,
  notify: notifyDeps(db, () => now),
  scheduler: recordingScheduler(),
});

it("holds a warning for a member in quiet hours and delivers it when the clock passes notBefore", async () => {
  const org = newOrg("quiet");
  await seedOrg(db, org);
  await paths.member(db, org, ANA).set({ workingHours: calendarToStore(AFTERNOONS) }, { merge: true });
  const key = conversationKey(1);
  await seedConversation(db, org, key, [received(T0, 1), claimedBy(T0 + MINUTE, ANA)], T0);
  const warned = slaActionEventId(key, "first_response", 1, "warned");
  const held = heldNoticeId(warned, OPENS);
  const mail = (id: string) => db.collection("mail").doc(`${org}.${id}`).get();

  // 11:00: the warning is recorded; Ana's email is kept, not sent and not dropped.
  expect(await runSlaSweep(deps(WARN), WARN, { org })).toMatchObject({ actions: 1, held: 0, failures: 0 });
  const waiting = await slaPaths.outbox(db, org, held).get();
  expect(waiting.get("status")).toBe("held");
  expect(waiting.get("notBefore")).toBe(OPENS);
  expect(waiting.get("notice.recipients")).toEqual([ANA]);
  expect((await mail(warned)).exists).toBe(false);
  expect((await mail(held)).exists).toBe(false);

  // A minute before her hours: still waiting; the breach (due at 12:00) is recorded and held too.
  expect(await runSlaSweep(deps(OPENS - MINUTE), OPENS - MINUTE, { org })).toMatchObject({
    actions: 1,
    held: 0,
  });
  expect((await slaPaths.outbox(db, org, held).get()).get("status")).toBe("held");
  const breached = heldNoticeId(slaActionEventId(key, "first_response", 1, "breached"), OPENS);
  expect((await slaPaths.outbox(db, org, breached).get()).get("status")).toBe("held");
  expect((await mail(held)).exists).toBe(false);

  // Once the clock passes notBefore the sweeper delivers both, once each.
  expect(await runSlaSweep(deps(OPENS), OPENS, { org })).toMatchObject({ held: 2, failures: 0 });
  expect((await mail(breached)).get("to")).toEqual([ANA]);
  const sent = await slaPaths.outbox(db, org, held).get();
  expect(sent.get("status")).toBe("sent");
  expect(sent.get("sentAt")).toBe(OPENS);
  expect((await mail(held)).get("to")).toEqual([ANA]);
  expect((await mail(held)).get("message.subject")).toContain("First response SLA due soon");
  expect(await runSlaSweep(deps(OPENS + MINUTE), OPENS + MINUTE, { org })).toMatchObject({ held: 0 });
});
