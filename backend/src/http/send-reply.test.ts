import { sendReply, type ResponseLike } from "./send-reply";

function fakeResponse() {
  const written = { status: 0, headers: {} as Record<string, string>, json: undefined as unknown };
  const res: ResponseLike = {
    set(name, value) {
      written.headers[name] = value;
      return this;
    },
    status(code) {
      written.status = code;
      return this;
    },
    type() {
      return this;
    },
    json(body) {
      written.json = body;
      return undefined;
    },
    send() {
      return undefined;
    },
  };
  return { res, written };
}

describe("sendReply", () => {
  it("writes a 429's Retry-After and exposes it to cross-origin clients", () => {
    const { res, written } = fakeResponse();
    const body = { error: { code: "rate_limited", message: "Slow down." } };
    sendReply(res, { status: 429, body, headers: { "Retry-After": "3" } });
    expect(written).toEqual({
      status: 429,
      headers: { "Retry-After": "3", "Access-Control-Expose-Headers": "Retry-After" },
      json: body,
    });
  });

  it("writes a plain reply without extra headers", () => {
    const { res, written } = fakeResponse();
    sendReply(res, { status: 200, body: { ok: true } });
    expect(written).toEqual({ status: 200, headers: {}, json: { ok: true } });
  });
});
