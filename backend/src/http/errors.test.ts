import { renderError } from "./errors";

const quiet = () => undefined;

describe("renderError", () => {
  it("answers Firestore's size refusal with 413 and a sentence, not 500", () => {
    // What the admin SDK throws when a document passes 1 MiB (gRPC INVALID_ARGUMENT is code 3).
    const thrown = Object.assign(
      new Error(
        "3 INVALID_ARGUMENT: Document 'projects/p/databases/(default)/documents/orgs/o/conversations/c' cannot be written because its size (1,048,621 bytes) exceeds the maximum allowed size of 1,048,576 bytes.",
      ),
      { code: 3 },
    );
    const reply = renderError(thrown, quiet);
    expect(reply.status).toBe(413);
    expect(reply.body).toEqual({
      error: {
        code: "payload_too_large",
        message: "This change would make the conversation larger than Baton can store, so nothing was saved.",
        key: "errors.tooLargeToStore",
      },
    });
  });

  it("keeps other INVALID_ARGUMENT errors and everything else a logged 500 without internals", () => {
    const logged: string[] = [];
    const other = Object.assign(
      new Error("3 INVALID_ARGUMENT: Cannot convert an array value in an array value"),
      {
        code: 3,
      },
    );
    const reply = renderError(other, (message) => logged.push(message));
    expect(reply.status).toBe(500);
    expect(JSON.stringify(reply.body)).not.toContain("array value");
    expect(logged).toEqual(["unhandled error in API handler"]);
  });
});
