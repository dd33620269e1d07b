import {
  adam,
  ana,
  assign,
  ben,
  claim,
  fresh,
  given,
  lea,
  refusal,
  release,
  step,
  T0,
  vic,
} from "../../test/conversation/harness";

describe("claim", () => {
  it("gives an unowned conversation to the claimer", () => {
    const { state, events } = step(fresh(), claim(), ana);
    expect(events).toMatchObject([{ type: "claimed", assignee: ana.email, actor: ana.email, at: T0 }]);
    expect(state.assignee).toBe(ana.email);
    expect(state.assignedAt).toBe(T0);
  });

  it("is a no-op when you already own it", () => {
    expect(step(given([claim(), ana]), claim(), ana).events).toEqual([]);
  });

  it("normalises the actor's email, so case differences are the same person", () => {
    const s = given([claim(), ana]);
    expect(step(s, claim(), { email: " ANA@Demo.Baton.Test ", role: "agent" }).events).toEqual([]);
  });

  it("refuses with already_claimed naming the owner and since when", () => {
    const error = refusal(given([claim(), ana]), claim(), ben);
    expect(error).toMatchObject({ code: "already_claimed", details: { owner: ana.email, since: T0 } });
    expect(error.message).toContain(ana.email);
  });

  it("refuses a viewer", () => {
    expect(refusal(fresh(), claim(), vic).code).toBe("forbidden");
  });
});

describe("release", () => {
  it("lets the owner release", () => {
    const { state, events } = step(given([claim(), ana]), release(), ana);
    expect(events).toMatchObject([{ type: "released", previous: ana.email }]);
    expect(state.assignee).toBeNull();
    expect(state.assignedAt).toBeNull();
  });

  it("refuses not_claimed when nobody owns it", () => {
    expect(refusal(fresh(), release(), ana).code).toBe("not_claimed");
  });

  it("refuses an agent releasing someone else's claim", () => {
    expect(refusal(given([claim(), ana]), release(), ben)).toMatchObject({
      code: "forbidden",
      details: { action: "release_others" },
    });
  });

  it("lets a lead or admin release someone else's claim", () => {
    expect(step(given([claim(), ana]), release(), lea).events).toMatchObject([
      { type: "released", previous: ana.email },
    ]);
    expect(step(given([claim(), ana]), release(), adam).state.assignee).toBeNull();
  });
});

describe("assign", () => {
  it("lets a lead assign anyone, taking it over from the current owner", () => {
    const { state, events } = step(given([claim(), ana]), assign(ben.email), lea);
    expect(events).toMatchObject([
      { type: "assigned", assignee: ben.email, previous: ana.email, actor: lea.email },
    ]);
    expect(state.assignee).toBe(ben.email);
  });

  it("lets an admin assign an unowned conversation (previous null) and normalises the email", () => {
    expect(step(fresh(), assign(" BEN@demo.baton.test"), adam).events).toMatchObject([
      { type: "assigned", assignee: ben.email, previous: null },
    ]);
  });

  it("is a no-op when the assignee already owns it", () => {
    expect(step(given([claim(), ana]), assign(ana.email), lea).events).toEqual([]);
  });

  it("treats an agent assigning themselves as a claim", () => {
    expect(step(fresh(), assign(ana.email), ana).events).toMatchObject([
      { type: "claimed", assignee: ana.email },
    ]);
    expect(refusal(given([claim(), ben]), assign(ana.email), ana).code).toBe("already_claimed");
  });

  it("refuses an agent assigning someone else", () => {
    expect(refusal(fresh(), assign(ben.email), ana)).toMatchObject({
      code: "forbidden",
      details: { action: "assign_others" },
    });
  });

  it("refuses a viewer assigning themselves", () => {
    expect(refusal(fresh(), assign(vic.email), vic).code).toBe("forbidden");
  });

  it("refuses something that is not an email", () => {
    expect(refusal(fresh(), assign("ben"), lea).code).toBe("invalid_request");
    expect(refusal(fresh(), assign(""), lea).code).toBe("invalid_request");
  });
});
