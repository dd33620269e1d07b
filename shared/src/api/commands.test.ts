import {
  assignRequestSchema,
  claimRequestSchema,
  priorityRequestSchema,
  releaseRequestSchema,
  statusRequestSchema,
  tagsRequestSchema,
} from "./commands";
import { parsed, refusal } from "../../test/api/parse-helpers";

const requestId = "0b9f2c7e-8a41-4c55-9d0e-2f5d1e0c9a11";

describe("claim and release", () => {
  it("take exactly a request id", () => {
    expect(parsed(claimRequestSchema, { requestId })).toEqual({ requestId });
    expect(parsed(releaseRequestSchema, { requestId })).toEqual({ requestId });
    expect(refusal(claimRequestSchema, {})).toBe("requestId: is required");
    expect(refusal(claimRequestSchema, { requestId: "short" })).toBe(
      "requestId: expected a request id of 8 to 128 letters, digits or ._:-",
    );
    expect(refusal(releaseRequestSchema, { requestId, force: true })).toBe('Request: unknown field "force"');
  });

  it("refuse a body that is not an object", () => {
    expect(refusal(claimRequestSchema, null)).toBe("Request: expected an object, got null");
    expect(refusal(claimRequestSchema, [requestId])).toBe("Request: expected an object, got an array");
  });
});

describe("assign", () => {
  it("lower-cases the assignee", () => {
    expect(parsed(assignRequestSchema, { assignee: " Ana@Demo.Baton.Test", requestId }).assignee).toBe(
      "ana@demo.baton.test",
    );
  });

  it("refuses a missing or malformed assignee", () => {
    expect(refusal(assignRequestSchema, { requestId })).toBe("assignee: is required");
    expect(refusal(assignRequestSchema, { assignee: null, requestId })).toBe(
      "assignee: expected a string, got null",
    );
    expect(refusal(assignRequestSchema, { assignee: "ana", requestId })).toBe(
      "assignee: expected an email address",
    );
  });
});

describe("status", () => {
  it("accepts a plain status and a snooze with its end", () => {
    expect(parsed(statusRequestSchema, { status: "pending", requestId })).toEqual({
      status: "pending",
      requestId,
    });
    const snooze = parsed(statusRequestSchema, {
      status: "snoozed",
      snoozedUntil: "2025-03-11T08:00:00Z",
      requestId,
    });
    expect(snooze.snoozedUntil).toBe(Date.UTC(2025, 2, 11, 8));
  });

  it("ties snoozedUntil to snoozed both ways", () => {
    expect(refusal(statusRequestSchema, { status: "snoozed", requestId })).toBe(
      "snoozedUntil: is required when status is snoozed",
    );
    expect(
      refusal(statusRequestSchema, { status: "open", snoozedUntil: "2025-03-11T08:00:00Z", requestId }),
    ).toBe("snoozedUntil: is only allowed when status is snoozed");
  });

  it("lists the statuses when given an unknown one", () => {
    expect(refusal(statusRequestSchema, { status: "closed", requestId })).toBe(
      "status: expected one of open, pending, snoozed, resolved",
    );
  });
});

describe("priority", () => {
  it("accepts the four priorities only", () => {
    expect(parsed(priorityRequestSchema, { priority: "urgent", requestId }).priority).toBe("urgent");
    expect(refusal(priorityRequestSchema, { priority: "URGENT", requestId })).toBe(
      "priority: expected one of low, normal, high, urgent",
    );
  });
});

describe("tags", () => {
  it("normalises tags and defaults the missing list", () => {
    expect(parsed(tagsRequestSchema, { add: [" VIP ", "billing/eu"], requestId })).toEqual({
      add: ["vip", "billing/eu"],
      remove: [],
      requestId,
    });
    expect(parsed(tagsRequestSchema, { remove: ["späť"], requestId }).remove).toEqual(["späť"]);
  });

  it("refuses empty changes, contradictions and malformed tags", () => {
    expect(refusal(tagsRequestSchema, { requestId })).toBe("add: add or remove at least one tag");
    expect(refusal(tagsRequestSchema, { add: ["vip"], remove: ["VIP"], requestId })).toBe(
      'remove: cannot add and remove "vip"',
    );
    expect(refusal(tagsRequestSchema, { add: ["two words"], requestId })).toBe(
      "add[0]: expected a tag of letters, digits and _ . : / - (no spaces)",
    );
    expect(refusal(tagsRequestSchema, { add: [""], requestId })).toBe("add[0]: must not be empty");
    // The edge uses the domain's bound (MAX_TAG_LENGTH), so what passes here is never refused later.
    expect(tagsRequestSchema.safeParse({ add: ["x".repeat(32)], requestId }).success).toBe(true);
    expect(refusal(tagsRequestSchema, { add: ["x".repeat(33)], requestId })).toBe(
      "add[0]: must have at most 32 characters",
    );
    const many = Array.from({ length: 21 }, (_, i) => `t${i}`);
    expect(refusal(tagsRequestSchema, { add: many, requestId })).toBe("add: must have at most 20 items");
  });
});
