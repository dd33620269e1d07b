import { parseRequest } from "../api/parse-request";
import { tagsRequestSchema } from "../api/commands";
import { createNoteRequestSchema as noteRequestSchema } from "../api/notes";
import { canRetry, errorField, errorSentence, readError } from "./error-sentence";

/** The failure a client holds after the API refused `input` with `schema`, as ApiError carries it. */
function refused(schema: Parameters<typeof parseRequest>[0], input: unknown) {
  const parsed = parseRequest(schema, input);
  if (parsed.ok) throw new Error("expected a refusal");
  return {
    code: parsed.error.code,
    message: parsed.error.message,
    status: 400,
    details: parsed.error.details,
  };
}
const requestId = "req-errors-0001";

describe("errorSentence", () => {
  it("says what to do for the failures a reader can act on, whatever the API's wording", () => {
    expect(errorSentence({ code: "forbidden", message: "agent cannot reassign" })).toBe(
      "Your role does not allow this. Ask a team lead to do it or to change your role.",
    );
    expect(errorSentence({ code: "network", message: "Failed to fetch" })).toBe(
      errorSentence({ code: "unreachable" }),
    );
  });

  it("shows the API's own sentence when it is already the reader's", () => {
    expect(errorSentence({ code: "invalid_transition", message: "Already resolved." })).toBe(
      "Already resolved.",
    );
    expect(
      errorSentence({ code: "invalid_request", message: "A conversation can have at most 20 tags" }),
    ).toBe("A conversation can have at most 20 tags.");
  });

  it("never shows an empty sentence", () => {
    expect(errorSentence(null)).toMatch(/^Something went wrong in Baton\./);
    expect(errorSentence({ code: "whatever", message: " " })).toMatch(/^Something went wrong in Baton\./);
  });
});

describe("refused requests read as the reader's sentences, at their field", () => {
  it("says how long a note may be and how long this one is", () => {
    const input = { body: "x".repeat(10_250), requestId };
    const failure = refused(noteRequestSchema, input);
    expect(failure.message).toBe("body: must have at most 10000 characters");
    expect(readError(failure, { input })).toEqual({
      sentence: "A note can be at most 10,000 characters; this one has 10,250.",
      field: "body",
      canRetry: false,
    });
    expect(errorSentence(failure)).toBe("A note can be at most 10,000 characters.");
  });

  it("names the tag that is not one, in words a reader understands", () => {
    const input = { add: ["two words"], requestId };
    const failure = refused(tagsRequestSchema, input);
    expect(readError(failure, { input })).toEqual({
      sentence:
        '"two words" cannot be a tag: use letters and digits (in any language) and _ . : / -, with no spaces.',
      field: "add",
      canRetry: false,
    });
    const long = { add: ["x".repeat(40)], requestId };
    expect(errorSentence(refused(tagsRequestSchema, long), { input: long })).toBe(
      `A tag can be at most 32 characters; "${"x".repeat(40)}" has 40.`,
    );
    const many = { add: Array.from({ length: 21 }, (_, i) => `t${i}`), requestId };
    expect(errorSentence(refused(tagsRequestSchema, many))).toBe("You can change at most 20 tags at once.");
  });

  it("asks for something to write in an empty note", () => {
    expect(errorSentence(refused(noteRequestSchema, { body: "   ", requestId }))).toBe(
      "Write something in the note first.",
    );
  });

  it("keeps the API's wording for fields a reader does not type", () => {
    const failure = refused(noteRequestSchema, { body: "hi", requestId: "x" });
    expect(errorField(failure)).toBe("requestId");
    expect(errorSentence(failure)).toBe(`${failure.message}.`);
  });
});

describe("canRetry", () => {
  it.each([
    [{ code: "network" }, true],
    [{ code: "unreachable" }, true],
    [{ code: "unavailable" }, true],
    [{ code: "rate_limited", status: 429 }, true],
    [{ code: "internal", status: 500 }, true],
    [{ code: "conflict", status: 409 }, true],
    [{ code: "something_new", status: 503 }, true],
    [{ code: "invalid_request", status: 400 }, false],
    [{ code: "forbidden", status: 403 }, false],
    [{ code: "not_member", status: 403 }, false],
    [{ code: "unauthenticated", status: 401 }, false],
    [{ code: "not_found", status: 404 }, false],
    [{ code: "already_claimed", status: 409 }, false],
    [{ code: "not_claimed", status: 409 }, false],
    [{ code: "invalid_transition", status: 409 }, false],
    [{ code: "payload_too_large", status: 413 }, false],
  ])("%j: %s", (failure, expected) => {
    expect(canRetry(failure)).toBe(expected);
    expect(readError(failure).canRetry).toBe(expected);
  });
});
