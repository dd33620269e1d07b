import { parseRequest, pathFor, routes, type RouteSpec } from "@baton/shared";
import { createRouter } from "./router";

const match = createRouter<RouteSpec>(routes);
const found = (method: string, path: string) => {
  const result = match(method, path);
  return result.kind === "found" ? result : null;
};

describe("the router over shared's route table", () => {
  it("prefers the literal observe path over a key parameter", () => {
    expect(found("POST", "/conversations/observe")?.name).toBe("observe");
    expect(found("GET", "/conversations/observe")?.name).toBe("getConversation");
  });

  it("extracts and decodes parameters", () => {
    expect(found("patch", "/conversations/c_abcdefghij/notes/n1/")).toMatchObject({
      name: "editNote",
      params: { key: "c_abcdefghij", id: "n1" },
    });
    expect(found("PUT", "/members/ana%40demo.baton.test")?.params).toEqual({
      email: "ana@demo.baton.test",
    });
  });

  it("tells unknown paths, wrong methods and broken escapes apart", () => {
    expect(match("GET", "/conversations/c_abcdefghij/claim")).toEqual({
      kind: "method_not_allowed",
      allow: ["POST"],
    });
    expect(match("GET", "/nope")).toEqual({ kind: "not_found" });
    expect(match("PUT", "/members/%E0%A4%A")).toEqual({ kind: "bad_path" });
  });

  it("leaves parameter validation to the route's schema", () => {
    const route = found("GET", "/conversations/observe")!;
    const params = parseRequest(route.route.params!, route.params);
    expect(params.ok).toBe(false);
    if (!params.ok) {
      expect(params.error.message).toBe(
        "key: expected a conversation key (c_ followed by 10 to 64 letters or digits)",
      );
    }
  });

  it("round-trips shared's pathFor", () => {
    const path = pathFor("putMember", { email: "ana+x@demo.baton.test" });
    expect(found("PUT", path)?.params).toEqual({ email: "ana+x@demo.baton.test" });
  });
});
