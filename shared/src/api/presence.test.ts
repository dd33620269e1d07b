import { presenceRequestSchema, presenceResponseSchema } from "./presence";
import { parsed, refusal } from "../../test/api/parse-helpers";

describe("presence", () => {
  it("accepts viewing and replying heartbeats only", () => {
    expect(parsed(presenceRequestSchema, { state: "replying" })).toEqual({ state: "replying" });
    expect(refusal(presenceRequestSchema, { state: "typing" })).toBe(
      "state: expected one of viewing, replying",
    );
    expect(refusal(presenceRequestSchema, { state: "viewing", at: 5 })).toBe('Request: unknown field "at"');
  });

  it("describes the entries it returns", () => {
    const response = {
      presence: [{ email: "ana@demo.baton.test", state: "viewing", at: 1_700_000_000_000 }],
    };
    expect(presenceResponseSchema.parse(response)).toEqual(response);
    expect(
      presenceResponseSchema.safeParse({ presence: [{ email: "ana@demo.baton.test", state: "viewing" }] })
        .success,
    ).toBe(false);
  });
});
