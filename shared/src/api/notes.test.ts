import { createNoteRequestSchema, deleteNoteQuerySchema, editNoteRequestSchema } from "./notes";
import { parsed, refusal } from "../../test/api/parse-helpers";

const requestId = "req-00000001";

describe("note requests", () => {
  it("trim the body and keep @mentions as written", () => {
    const value = parsed(createNoteRequestSchema, {
      body: "  Checked with @ben@demo.baton.test \n",
      requestId,
    });
    expect(value.body).toBe("Checked with @ben@demo.baton.test");
    expect(parsed(editNoteRequestSchema, { body: "fixed", requestId }).body).toBe("fixed");
  });

  it("refuse blank, oversized and extra-field notes", () => {
    expect(refusal(createNoteRequestSchema, { body: "   ", requestId })).toBe("body: must not be empty");
    expect(refusal(createNoteRequestSchema, { body: "x".repeat(10_001), requestId })).toBe(
      "body: must have at most 10000 characters",
    );
    expect(refusal(editNoteRequestSchema, { body: "x", requestId, mentions: [] })).toBe(
      'Request: unknown field "mentions"',
    );
    expect(refusal(editNoteRequestSchema, { body: 5, requestId })).toBe(
      "body: expected a string, got a number",
    );
  });

  it("take the delete's request id from the query", () => {
    expect(parsed(deleteNoteQuerySchema, { requestId })).toEqual({ requestId });
    expect(refusal(deleteNoteQuerySchema, {})).toBe("requestId: is required");
  });
});
