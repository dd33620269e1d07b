import { ACTIONS } from "./actions";
import { allowedActions, can } from "./can";
import { ROLES, isRole, type Role } from "./roles";

describe("can", () => {
  it("lets every role read", () => {
    for (const role of ROLES) expect(can(role, "read")).toBe(true);
  });

  it("lets admins do everything", () => {
    for (const action of ACTIONS) expect(can("admin", action)).toBe(true);
  });

  it("lets viewers do nothing but read", () => {
    expect(ACTIONS.filter((a) => can("viewer", a))).toEqual(["read"]);
  });

  it("lets agents work their own queue but not steer others' work", () => {
    for (const a of [
      "record",
      "claim",
      "release_own",
      "note",
      "edit_own_note",
      "delete_own_note",
      "tag",
    ] as const) {
      expect(can("agent", a)).toBe(true);
    }
    expect(can("agent", "set_status")).toBe(true);
    expect(can("agent", "set_priority")).toBe(true);
    for (const a of [
      "release_others",
      "assign_others",
      "delete_any_note",
      "edit_policies",
      "export",
    ] as const) {
      expect(can("agent", a)).toBe(false);
    }
  });

  it("lets agents and up record what their sidebar reports, never a viewer", () => {
    expect(ROLES.filter((role) => can(role, "record"))).toEqual(["admin", "lead", "agent"]);
  });

  it("lets leads reassign, release others, edit policies and export", () => {
    for (const a of [
      "release_others",
      "assign_others",
      "delete_any_note",
      "edit_policies",
      "export",
    ] as const) {
      expect(can("lead", a)).toBe(true);
    }
  });

  it("keeps membership, mailboxes and deletion to admins", () => {
    for (const role of ["lead", "agent", "viewer"] as const) {
      expect(can(role, "manage_members")).toBe(false);
      expect(can(role, "manage_mailboxes")).toBe(false);
      expect(can(role, "delete_conversation")).toBe(false);
    }
  });

  it("is monotone: each role may do everything the role below it may", () => {
    for (let i = 1; i < ROLES.length; i++) {
      const stronger = ROLES[i - 1]!;
      const weaker = ROLES[i]!;
      for (const action of ACTIONS) if (can(weaker, action)) expect(can(stronger, action)).toBe(true);
    }
  });

  it("refuses an unknown role instead of throwing", () => {
    expect(can("owner" as Role, "read")).toBe(false);
    expect(allowedActions("owner" as Role)).toEqual([]);
    expect(isRole("owner")).toBe(false);
    expect(isRole("lead")).toBe(true);
  });

  it("lists allowed actions in table order", () => {
    expect(allowedActions("viewer")).toEqual(["read"]);
    expect(allowedActions("admin")).toHaveLength(ACTIONS.length);
  });
});
