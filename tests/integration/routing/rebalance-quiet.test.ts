// A rebalance notice to a member outside their working hours waits for them (issue 16), through the
// same held outbox entry as an SLA notice in quiet hours: nothing in `mail` at night, the mail when
// the sweep's deliverHeld passes their next working instant.
import { firestoreNotifyDeps } from "../../../backend/src/notify/dispatch";
import { NO_TARGETS } from "../../../backend/src/notify/types";
import { rebalanceMember } from "../../../backend/src/routing";
import { deliverHeld } from "../../../backend/src/sla/outbox";
import { slaPaths } from "../../../backend/src/sla/paths";
import { adminApp } from "../support/stack";
import { arrive, createRoutingOrg, forgetCaches } from "./routing-support";

const db = () => adminApp().db;
const DAY = 86_400_000;
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

test("Ben, off until his hours two days from now, gets the rebalance notice when they start", async () => {
  const o = await createRoutingOrg(
    db(),
    "rt-quiet",
    [{ id: "support", agents: ["ana", "ben"], routing: { strategy: "round_robin", anyHour: true } }],
    [
      { name: "ana", role: "agent" },
      { name: "ben", role: "agent" },
    ],
  );
  const first = await arrive(db(), o, "support", { subject: "Where is my order" });
  expect(first.conversation.assignee).toBe(o.email("ana"));

  // Ben works 09:00-10:00 UTC on one weekday only, two days from now: now is outside his hours.
  const now = Date.now();
  const day = new Date(now + 2 * DAY);
  const hoursStart = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 9);
  await db()
    .doc(`orgs/${o.org}/members/${o.email("ben")}`)
    .update({
      awayUntil: null,
      workingHours: {
        timeZone: "UTC",
        weekly: { [WEEKDAYS[day.getUTCDay()]!]: [{ from: "09:00", to: "10:00" }] },
      },
    });
  await db()
    .doc(`orgs/${o.org}/members/${o.email("ana")}`)
    .update({ awayUntil: now + 3_600_000 });
  forgetCaches();

  const report = await rebalanceMember(db(), o.org, o.email("ana"), "away", now);
  expect(report).toMatchObject({ reassigned: 1, notices: 1, done: true });
  const outbox = await db().collection(`orgs/${o.org}/outbox`).where("status", "==", "held").get();
  expect(outbox.docs.map((d): unknown[] => [d.get("notBefore"), d.get("mail.to")])).toEqual([
    [hoursStart, [o.email("ben")]],
  ]);
  const mailOf = async () =>
    (await db().collection("mail").where("to", "array-contains", o.email("ben")).get()).docs.filter((d) =>
      d.id.startsWith(`${o.org}.rebalance.`),
    );
  expect(await mailOf()).toHaveLength(0);

  // The sweep before his hours sends nothing; at their start it queues the one mail.
  // The sweeper's clock stands at the instants (its claim reads deps.now(), as the sweep's does).
  const at = (t: number) => ({ ...firestoreNotifyDeps(db()), now: () => t });
  const targets = () => Promise.resolve(NO_TARGETS);
  expect(await deliverHeld(db(), at(hoursStart - 60_000), hoursStart - 60_000, targets, { org: o.org })).toBe(
    0,
  );
  expect(await deliverHeld(db(), at(hoursStart), hoursStart, targets, { org: o.org })).toBe(1);
  const sent = await mailOf();
  expect(sent).toHaveLength(1);
  expect(sent[0]?.get("message.subject")).toBe(`Conversations passed to you from ${o.email("ana")}`);
  const id = outbox.docs[0]!.id;
  expect((await slaPaths.outbox(db(), o.org, id).get()).get("status")).toBe("sent");
});
