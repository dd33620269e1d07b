import { queueQuerySchema, queueResponseSchema } from "./queue";
import { parsed, refusal } from "../../test/api/parse-helpers";

describe("queue query", () => {
  it("reads query-string values into typed filters", () => {
    expect(
      parsed(queueQuerySchema, {
        mailbox: "Support@demo.baton.test",
        assignee: "me",
        status: "open,pending",
        limit: "20",
      }),
    ).toEqual({
      mailbox: "support@demo.baton.test",
      assignee: "me",
      status: ["open", "pending"],
      limit: 20,
    });
    expect(parsed(queueQuerySchema, {})).toEqual({ limit: 50 });
    expect(parsed(queueQuerySchema, { assignee: "unassigned" }).assignee).toBe("unassigned");
    expect(parsed(queueQuerySchema, { assignee: "Ben@demo.baton.test" }).assignee).toBe(
      "ben@demo.baton.test",
    );
    expect(parsed(queueQuerySchema, { status: "open,open" }).status).toEqual(["open"]);
  });

  it("refuses unknown filters and values", () => {
    expect(refusal(queueQuerySchema, { assignee: "nobody" })).toBe(
      "assignee: expected me, unassigned or an email address",
    );
    expect(refusal(queueQuerySchema, { status: "open,closed" })).toBe(
      "status: expected statuses from open, pending, snoozed, resolved",
    );
    expect(refusal(queueQuerySchema, { limit: "0" })).toBe("limit: must be at least 1");
    expect(refusal(queueQuerySchema, { limit: "500" })).toBe("limit: must be at most 200");
    expect(refusal(queueQuerySchema, { limit: "ten" })).toBe("limit: expected a number");
    expect(refusal(queueQuerySchema, { sort: "asc" })).toBe('Request: unknown field "sort"');
  });
});

describe("queue response", () => {
  it("describes a row with its deadline and tone", () => {
    const item = {
      key: "c_abcdefghij0123",
      mailbox: "support@demo.baton.test",
      subject: "Refund",
      status: "open",
      priority: "high",
      assignee: null,
      tags: [],
      messageCount: 2,
      lastInboundAt: 1,
      updatedAt: 2,
      nextDeadline: 3,
      nextDeadlineClock: "first_response",
      tone: "warning",
    };
    expect(queueResponseSchema.parse({ items: [item], nextCursor: null }).items[0]).toEqual(item);
    expect(
      queueResponseSchema.safeParse({ items: [{ ...item, tone: "amber" }], nextCursor: null }).success,
    ).toBe(false);
  });
});
