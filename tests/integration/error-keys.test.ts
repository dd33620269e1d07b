import { parseReply, type ApiError } from "@baton/shared";
import { translatorFor } from "@baton/shared/i18n/all";
import { errorText } from "@baton/shared/view";
import { createTestOrg, makeThread, observe, requestId, type TestOrg } from "./support/fixtures";
import { call } from "./support/stack";

/**
 * Issue 18: the API's refusals carry an errors-catalogue key and params beside the English message,
 * so a client says them in its reader's language. Through the real stack: the reply is read as the
 * clients read it (parseReply's ApiError) and said in Dutch by the shared errorText.
 */
function refusal(name: "claim", status: number, text: string): ApiError {
  try {
    parseReply(name, status, text);
  } catch (error) {
    return error as ApiError;
  }
  throw new Error(`expected ${name} to be refused, got ${status}`);
}

describe("API errors in the reader's language", () => {
  let org: TestOrg;
  let key: string;
  const nl = translatorFor(["nl"]);
  const en = translatorFor(["en"]);

  beforeAll(async () => {
    org = await createTestOrg("errkeys", { ana: "agent", ben: "agent", lead: "lead" });
    const { messages } = makeThread(org.domain, `dan@customer-${org.org}.test`, 1, Date.now() - 2_000);
    key = (await observe(org, "lead", messages)).conversation.key;
  });

  it("answers a lost claim with its key and the owner as a param, which errorText says in Dutch", async () => {
    const won = await call(org.token("ana"), "POST", `/conversations/${key}/claim`, {
      requestId: requestId(),
    });
    expect(won.status).toBe(200);
    const lost = await call(org.token("ben"), "POST", `/conversations/${key}/claim`, {
      requestId: requestId(),
    });
    expect(lost.status).toBe(409);
    const ana = org.email("ana");
    expect(lost.body).toMatchObject({
      error: {
        code: "already_claimed",
        message: `${ana} already owns this conversation.`,
        key: "errors.alreadyClaimed",
        params: { owner: ana },
      },
    });
    const error = refusal("claim", lost.status, lost.text);
    expect(error.key).toBe("errors.alreadyClaimed");
    expect(errorText(error, nl)).toBe(`${ana} heeft dit gesprek al opgepakt.`);
    expect(errorText(error, en)).toBe(`${ana} already owns this conversation.`);
  });

  it("answers a bad request with the issue's kind and the field path, said in Dutch", async () => {
    const bad = await call(org.token("ana"), "POST", `/conversations/${key}/claim`, {});
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: {
        code: "invalid_request",
        message: "requestId: is required",
        key: "errors.vField",
        params: { path: "requestId", problemKey: "errors.vRequired", more: 0 },
        details: { path: "requestId" },
      },
    });
    expect(errorText(refusal("claim", bad.status, bad.text), nl)).toBe("requestId: is verplicht.");
  });

  it("says the message itself in Dutch for a request whose Accept-Language prefers it", async () => {
    const bad = await call(
      org.token("ana"),
      "POST",
      `/conversations/${key}/claim`,
      {},
      {
        headers: { "accept-language": "nl-NL,nl;q=0.9,en;q=0.5" },
      },
    );
    expect(bad.body).toMatchObject({
      error: { code: "invalid_request", message: "requestId: is verplicht", key: "errors.vField" },
    });
  });
});
