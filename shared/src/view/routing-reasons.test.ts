import { sidebarViewSchema } from "../api/domain-schemas";
import type { RoutedReason } from "../conversation/routed";
import { ams, clock, conversation, members, MON, ZONE } from "../../test/view/fixtures";
import { routingReasons } from "./routing-reasons";
import { sidebarView } from "./sidebar-view";

const at = ams(MON, 10, 2);
const invoices = { rule: { id: "invoices", name: "Invoices" } };
const routed: RoutedReason[] = [
  {
    type: "assigned",
    assignee: "ana@demo.baton.test",
    previous: null,
    at,
    routedBy: {
      strategy: "round_robin",
      skipped: [
        { member: "ben@demo.baton.test", reason: "away" },
        { member: "chen@demo.baton.test", reason: "at_capacity" },
      ],
    },
  },
  { type: "tag_added", tag: "billing", at, routedBy: invoices },
  {
    type: "mailbox_moved",
    from: "support@demo.baton.test",
    to: "billing@demo.baton.test",
    at,
    routedBy: invoices,
  },
];
const names = new Map([
  ["ana@demo.baton.test", "Ana"],
  ["ben@demo.baton.test", "Ben"],
]);

describe("routingReasons", () => {
  it("says why, in the order routing decided, with names where the team has them", () => {
    expect(routingReasons({ routed }, names)).toEqual([
      "Assigned to Ana by round-robin (Ben away, chen@demo.baton.test at capacity)",
      "Tagged billing by rule 'Invoices'",
      "Moved to billing@ by rule 'Invoices'",
    ]);
  });

  it("says who routing passed over while a conversation waits, and 'no agents' when there were none", () => {
    const waiting = (skipped: { member: string; reason: "off_shift" | "away" }[]): RoutedReason[] => [
      { type: "routing_waited", at, routedBy: { strategy: "round_robin", skipped } },
    ];
    expect(
      routingReasons(
        {
          routed: waiting([
            { member: "ana@demo.baton.test", reason: "off_shift" },
            { member: "ben@demo.baton.test", reason: "away" },
          ]),
        },
        names,
      ),
    ).toEqual(["Waiting: nobody available (Ana off shift, Ben away)"]);
    expect(routingReasons({ routed: waiting([]) }, names)).toEqual(["Waiting: no agents to assign it to"]);
  });

  it("says nothing when routing decided nothing", () => {
    expect(routingReasons({}, names)).toEqual([]);
  });
});

describe("sidebarView's reasons", () => {
  const view = (routedReasons?: RoutedReason[]) =>
    sidebarView({
      conversation: conversation({
        assignee: "ana@demo.baton.test",
        assignedAt: at,
        ...(routedReasons === undefined ? {} : { routed: routedReasons }),
      }),
      sla: { priority: "normal", clocks: [clock()], nextCheckAt: null },
      me: { email: "ben@demo.baton.test", role: "agent" },
      nowMs: ams(MON, 10, 5),
      members,
      presence: [],
      timeZone: ZONE,
    });

  it("names members by their team names, and the API's schema reads it back", () => {
    const v = view(routed.slice(0, 2));
    expect(v.reasons).toEqual([
      "Assigned to Ana by round-robin (Ben away, chen@demo.baton.test at capacity)",
      "Tagged billing by rule 'Invoices'",
    ]);
    expect(sidebarViewSchema.parse(v).reasons).toEqual(v.reasons);
  });

  it("is an empty list for a conversation routing never touched", () => {
    expect(view().reasons).toEqual([]);
  });
});
