import { nameLookup } from "./member-names";
import { ownerLine } from "./owner-line";
import { MON, ZONE, ams, members } from "../../test/view/fixtures";

const nameOf = nameLookup(members);
const now = ams(MON, 12);

describe("ownerLine", () => {
  it("says Unclaimed with no owner", () => {
    expect(ownerLine({ assignee: null, assignedAt: null }, "ana@demo.baton.test", nameOf, now, ZONE)).toBe(
      "Unclaimed",
    );
  });

  it("says You for my own conversation, whatever the case of the address", () => {
    const mine = { assignee: "ana@demo.baton.test", assignedAt: ams(MON, 10, 42) };
    expect(ownerLine(mine, "Ana@Demo.Baton.Test", nameOf, now, ZONE)).toBe("You, since 10:42");
  });

  it("names a teammate, with the weekday when not today", () => {
    const bens = { assignee: "ben@demo.baton.test", assignedAt: ams(MON, 10, 42) };
    expect(ownerLine(bens, "ana@demo.baton.test", nameOf, now, ZONE)).toBe("Ben, since 10:42");
    expect(ownerLine({ ...bens, assignedAt: ams(7, 16, 5) }, "ana@demo.baton.test", nameOf, now, ZONE)).toBe(
      "Ben, since Fri 16:05",
    );
  });

  it("falls back to the address for someone who is not a member, and omits an unknown time", () => {
    const stranger = { assignee: "old@demo.baton.test", assignedAt: null };
    expect(ownerLine(stranger, "ana@demo.baton.test", nameOf, now, ZONE)).toBe("old@demo.baton.test");
  });
});
