// The routing engine on the emulator (issue 16): rules and the strategy run in the transaction that
// records a new conversation, each action an event naming its rule; a person's choice wins; moves
// between mailboxes are bounded; waiting conversations are assigned when someone returns; a
// rebalance sends one notice per receiving member.
import { decide, type ConversationEvent } from "@baton/shared";
import { changeConversation } from "../../../backend/src/handlers/append";
import { assignWaiting, rebalanceMember, routingPaths } from "../../../backend/src/routing";
import { createIdGenerator } from "../../../backend/src/store/ids";
import { paths } from "../../../backend/src/store/paths";
import { adminApp } from "../support/stack";
import { arrive, createRoutingOrg, forgetCaches } from "./routing-support";

const db = () => adminApp().db;

async function eventsOf(org: string, key: string): Promise<ConversationEvent[]> {
  const snap = await paths.events(db(), org, key).get();
  return snap.docs
    .map((d) => d.data() as ConversationEvent)
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
}

const invoices = {
  id: "invoices",
  name: "Invoices",
  enabled: true,
  runOn: "every_customer_message",
  when: [{ field: "subject", op: "contains", value: "invoice" }],
  then: [
    { type: "add_tags", tags: ["billing"] },
    { type: "set_priority", priority: "high" },
  ],
  stop: false,
};

test("a rule fires once per new conversation, each action an event naming it, then round-robin assigns; a person's reassign wins afterwards", async () => {
  const o = await createRoutingOrg(
    db(),
    "rt-rules",
    [
      {
        id: "support",
        agents: ["ana", "ben"],
        routing: { strategy: "round_robin", anyHour: true, rules: [invoices] },
      },
    ],
    [
      { name: "ana", role: "agent" },
      { name: "ben", role: "agent" },
      { name: "lead", role: "lead" },
    ],
  );
  const first = await arrive(db(), o, "support", { subject: "Invoice 12 is wrong" });
  const key = first.conversation.key;
  expect(first.conversation).toMatchObject({ tags: ["billing"], priority: "high", assignee: o.email("ana") });
  const events = await eventsOf(o.org, key);
  const routed = events.filter((e) => "routedBy" in e && e.routedBy !== undefined);
  expect(routed.map((e) => e.type)).toEqual(["tag_added", "priority_changed", "assigned"]);
  expect(routed.slice(0, 2).every((e) => "routedBy" in e && e.routedBy?.rule?.id === "invoices")).toBe(true);
  expect(routed[2]).toMatchObject({ actor: "system", routedBy: { strategy: "round_robin" } });

  // A person reassigns to Ben: routing is locked; the customer's next message does not reassign.
  const now = Date.now();
  const out = await changeConversation(db(), o.org, key, now, (loaded) =>
    decide(
      loaded.conversation,
      { type: "assign", assignee: o.email("ben"), requestId: "req-reassign" },
      { email: o.email("lead"), role: "lead" },
      now,
      createIdGenerator(now),
    ),
  );
  expect("conversation" in out && out.conversation.routingLocked).toBe(true);
  const again = await arrive(db(), o, "support", {
    subject: "Re: Invoice 12 is wrong",
    inReplyTo: first.messageId,
  });
  expect(again.conversation.key).toBe(key);
  expect(again.conversation.assignee).toBe(o.email("ben"));
  const after = await eventsOf(o.org, key);
  expect(after.filter((e) => e.type === "assigned")).toHaveLength(2);
  expect(after.filter((e) => e.type === "tag_added")).toHaveLength(1);

  // Loads follow: Ana's went back to 0 when Ben got it.
  const loads = await Promise.all(
    ["ana", "ben"].map((n) => routingPaths.memberLoad(db(), o.org, o.email(n)).get()),
  );
  expect(loads.map((l) => l.get("high") as number)).toEqual([0, 1]);
});

test("a chain of moves between mailboxes stops after routingMovesPerArrival moves", async () => {
  const move = (to: string) => ({
    id: `to-${to}`,
    name: `To ${to}`,
    enabled: true,
    runOn: "new_conversation",
    when: [],
    then: [{ type: "move_to_mailbox", mailbox: to }],
    stop: false,
  });
  // Two admins saving at once could form this loop; the bound ends it anyway.
  const o = await createRoutingOrg(
    db(),
    "rt-moves",
    [
      { id: "a", routing: { rules: [move("b")] } },
      { id: "b", routing: { rules: [move("a")] } },
    ],
    [{ name: "ana", role: "agent" }],
  );
  const { conversation } = await arrive(db(), o, "a", { subject: "Ping pong" });
  const moves = (await eventsOf(o.org, conversation.key)).filter((e) => e.type === "mailbox_moved");
  expect(moves).toHaveLength(5);
  expect(conversation.mailbox).toBe(o.address("b"));
  const doc = await paths.conversation(db(), o.org, conversation.key).get();
  expect(doc.get("mailboxId")).toBe("b");
});

test("a conversation waits while nobody is available and is assigned when Ana returns", async () => {
  const away = Date.now() + 3_600_000;
  const o = await createRoutingOrg(
    db(),
    "rt-wait",
    [{ id: "support", agents: ["ana"], routing: { strategy: "round_robin", anyHour: true } }],
    [{ name: "ana", role: "agent", awayUntil: away }],
  );
  const { conversation } = await arrive(db(), o, "support", { subject: "Anyone there?" });
  expect(conversation.assignee).toBeNull();
  expect(await assignWaiting(db(), o.org)).toMatchObject({ waiting: 1, assigned: 0 });

  await db()
    .doc(`orgs/${o.org}/members/${o.email("ana")}`)
    .update({ awayUntil: null });
  forgetCaches();
  expect(await assignWaiting(db(), o.org)).toMatchObject({ waiting: 1, assigned: 1 });
  const doc = await paths.conversation(db(), o.org, conversation.key).get();
  expect(doc.get("assignee")).toBe(o.email("ana"));
  const assigned = (await eventsOf(o.org, conversation.key)).find((e) => e.type === "assigned");
  expect(assigned).toMatchObject({ actor: "system", routedBy: { strategy: "round_robin" } });
});

test("a rebalance moves a departed member's open conversations and sends one notice per receiver", async () => {
  const o = await createRoutingOrg(
    db(),
    "rt-rebalance",
    [{ id: "support", agents: ["ana", "ben", "chen"], routing: { strategy: "round_robin", anyHour: true } }],
    [
      { name: "ana", role: "agent" },
      { name: "ben", role: "agent" },
      { name: "chen", role: "agent" },
    ],
  );
  const keys: string[] = [];
  for (let i = 0; i < 6; i++)
    keys.push((await arrive(db(), o, "support", { subject: `Question ${i}` })).conversation.key);
  const owned = async (n: string) =>
    (await paths.conversations(db(), o.org).where("assignee", "==", o.email(n)).get()).size;
  expect([await owned("ana"), await owned("ben"), await owned("chen")]).toEqual([2, 2, 2]);

  await db()
    .doc(`orgs/${o.org}/members/${o.email("ana")}`)
    .update({ awayUntil: Date.now() + 3_600_000 });
  forgetCaches();
  const report = await rebalanceMember(db(), o.org, o.email("ana"), "away");
  expect(report).toMatchObject({ reassigned: 2, released: 0, done: true, notices: 2 });
  expect(await owned("ana")).toBe(0);
  expect((await owned("ben")) + (await owned("chen"))).toBe(6);
  const mail = await db()
    .collection("mail")
    .where("message.subject", "==", `Conversations passed to you from ${o.email("ana")}`)
    .get();
  const mine = mail.docs.filter((d) => d.id.startsWith(`${o.org}.rebalance.`));
  expect(mine.map((d) => (d.get("to") as string[])[0]).sort()).toEqual([o.email("ben"), o.email("chen")]);

  // Again: nothing left to move, no new notice.
  expect(await rebalanceMember(db(), o.org, o.email("ana"), "away")).toMatchObject({
    reassigned: 0,
    notices: 0,
  });
});
