import { mayHold, maySee, membershipRefusal, type Holder } from "./mailbox-membership";

const billing = { name: "Billing", agents: ["Ben@demo.baton.test"] };
const ana: Holder = { email: "ana@demo.baton.test", role: "agent", name: "Ana" };
const ben: Holder = { email: "ben@demo.baton.test", role: "agent", name: "Ben" };

describe("mailbox membership", () => {
  it("keeps a mailbox that lists agents to those agents (case-insensitive)", () => {
    expect(mayHold(billing, ben)).toBe(true);
    expect(mayHold(billing, ana)).toBe(false);
  });

  it("lets everyone hold a mailbox that lists no agents", () => {
    expect(mayHold({ name: "Support", agents: [] }, ana)).toBe(true);
  });

  it("lets leads and admins hold any mailbox's conversations", () => {
    expect(mayHold(billing, { ...ana, role: "lead" })).toBe(true);
    expect(mayHold(billing, { ...ana, role: "admin" })).toBe(true);
  });

  it("refuses a claim by an unlisted agent with what to do, addressed to her", () => {
    expect(membershipRefusal(billing, ana, ana.email)).toEqual({
      code: "forbidden",
      message: "You are not an agent of Billing; an admin can add you in Settings → Mailboxes.",
      key: "errors.notAgentSelf",
      params: { mailbox: "Billing" },
      details: { mailbox: "Billing", member: ana.email },
    });
  });

  it("refuses an assignment to an unlisted agent naming her to the lead", () => {
    expect(membershipRefusal(billing, ana, "lee@demo.baton.test")?.message).toBe(
      "Ana is not an agent of Billing; an admin can add them in Settings → Mailboxes.",
    );
    expect(membershipRefusal(billing, ben, "lee@demo.baton.test")).toBeNull();
  });
});

describe("mailbox visibility", () => {
  const viewer = { email: "vic@demo.baton.test", role: "viewer" as const };

  it("shows every mailbox to every member with the default, all", () => {
    expect(maySee(ana, billing, "all")).toBe(true);
    expect(maySee(viewer, billing, "all")).toBe(true);
  });

  it("with members, hides a mailbox that lists agents from unlisted agents and viewers", () => {
    expect(maySee(ana, billing, "members")).toBe(false);
    expect(maySee(viewer, billing, "members")).toBe(false);
    expect(maySee(ben, billing, "members")).toBe(true);
  });

  it("with members, shows it to leads and admins, and shows a mailbox listing no agents to all", () => {
    expect(maySee({ ...ana, role: "lead" }, billing, "members")).toBe(true);
    expect(maySee({ ...ana, role: "admin" }, billing, "members")).toBe(true);
    expect(maySee(viewer, { agents: [] }, "members")).toBe(true);
  });
});
