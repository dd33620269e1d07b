import type { z } from "zod";
import type { Conversation, Note } from "../conversation/types";
import type { ClockState, SlaPolicy, SlaState } from "../sla/types";
import type { ClockView, SidebarView } from "../view/types";
import type { Role } from "../permissions";
import type { BusinessCalendar } from "../time";
import type { businessCalendarSchema, roleSchema, slaPolicySchema } from "./admin";
import type {
  clockStateSchema,
  clockViewSchema,
  conversationSchema,
  noteSchema,
  sidebarViewSchema,
  slaStateSchema,
} from "./domain-schemas";
import type { PresenceState } from "./presence";

/** True only when A and B are the same type (mutual assignability is not enough for optionals). */
// The lone type parameters are the point of this well-known identity check: they defer the comparison.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Each line fails to compile (tsc -p shared runs on tests) if a schema drifts from its domain type.
const matches = {
  note: true satisfies Equals<z.output<typeof noteSchema>, Note>,
  conversation: true satisfies Equals<z.output<typeof conversationSchema>, Conversation>,
  clockState: true satisfies Equals<z.output<typeof clockStateSchema>, ClockState>,
  slaState: true satisfies Equals<z.output<typeof slaStateSchema>, SlaState>,
  clockView: true satisfies Equals<z.output<typeof clockViewSchema>, ClockView>,
  sidebarView: true satisfies Equals<z.output<typeof sidebarViewSchema>, SidebarView>,
  slaPolicy: true satisfies Equals<z.output<typeof slaPolicySchema>, SlaPolicy>,
  calendar: true satisfies Equals<z.output<typeof businessCalendarSchema>, BusinessCalendar>,
  role: true satisfies Equals<z.output<typeof roleSchema>, Role>,
  presence: true satisfies Equals<PresenceState, SidebarView["presence"][number]["state"]>,
};

describe("schemas mirror the domain types", () => {
  it("compiles only while every schema's output equals its type", () => {
    expect(Object.values(matches).every(Boolean)).toBe(true);
  });
});
