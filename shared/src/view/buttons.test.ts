import type { Role } from "../permissions";
import { sidebarButtons } from "./buttons";
import { conversation, members } from "../../test/view/fixtures";

const as = (role: Role, email = "ana@demo.baton.test") => ({ email, role });
const unclaimed = conversation();
const anas = conversation({ assignee: "ana@demo.baton.test" });
const bens = conversation({ assignee: "ben@demo.baton.test" });

describe("sidebarButtons", () => {
  it("offers Claim only on an unclaimed conversation to a role that may claim", () => {
    expect(sidebarButtons(unclaimed, as("agent"), members).claim).toBe(true);
    expect(sidebarButtons(anas, as("agent"), members).claim).toBe(false);
    expect(sidebarButtons(bens, as("lead", "lead@demo.baton.test"), members).claim).toBe(false);
    expect(sidebarButtons(unclaimed, as("viewer"), members).claim).toBe(false);
  });

  it("offers Release to the owner, and to others only with release_others", () => {
    expect(sidebarButtons(anas, as("agent"), members).release).toBe(true);
    expect(sidebarButtons(bens, as("agent"), members).release).toBe(false);
    expect(sidebarButtons(bens, as("lead", "lead@demo.baton.test"), members).release).toBe(true);
    expect(sidebarButtons(unclaimed, as("admin", "admin@demo.baton.test"), members).release).toBe(false);
  });

  it("lets leads assign to members who can hold a conversation, minus the owner", () => {
    const lead = sidebarButtons(bens, as("lead", "lead@demo.baton.test"), members);
    expect(lead.assign).toBe(true);
    // Viewers cannot claim, so they are not offered; Ben owns it already.
    expect(lead.assignees.map((option) => option.name)).toEqual(["Ada", "Ana", "Lee"]);
    const agent = sidebarButtons(bens, as("agent"), members);
    expect(agent.assign).toBe(false);
    expect(agent.assignees).toEqual([]);
  });

  it("lists status and priority options with the current one marked", () => {
    const buttons = sidebarButtons(
      conversation({ status: "pending", priority: "high" }),
      as("agent"),
      members,
    );
    expect(buttons.status.filter((option) => option.current).map((option) => option.value)).toEqual([
      "pending",
    ]);
    expect(buttons.status.find((option) => option.value === "snoozed")).toEqual({
      value: "snoozed",
      label: "Snoozed",
      current: false,
      needsUntil: true,
    });
    expect(buttons.priority.map((option) => `${option.label}${option.current ? "*" : ""}`)).toEqual([
      "Low",
      "Normal",
      "High*",
      "Urgent",
    ]);
  });

  it("gives a viewer nothing to press", () => {
    expect(sidebarButtons(anas, as("viewer"), members)).toEqual({
      claim: false,
      release: false,
      assign: false,
      assignees: [],
      status: [],
      priority: [],
      tag: false,
      note: false,
    });
  });
});
