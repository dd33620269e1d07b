import { createHash } from "node:crypto";
import { formatSetupCode } from "@baton/shared";
import { setupCodeMatches, setupCodeSha256 } from "./code";

const CODE = formatSetupCode(new Uint8Array(13).map((_, i) => i * 19 + 7));
const SHA = createHash("sha256").update(CODE.replace(/-/g, "")).digest("hex");

describe("the setup code check", () => {
  it("hashes the normalised code, as the deploy does", () => {
    expect(setupCodeSha256(CODE)).toBe(SHA);
  });

  it("accepts the code as typed: case, spaces and dashes do not matter", () => {
    expect(setupCodeMatches(CODE, SHA)).toBe(true);
    expect(setupCodeMatches(` ${CODE.toLowerCase().replace(/-/g, " ")} `, SHA)).toBe(true);
  });

  it("refuses any other code, and a configured value that is not a digest", () => {
    expect(setupCodeMatches(`${CODE}0`, SHA)).toBe(false);
    expect(setupCodeMatches(CODE.slice(1), SHA)).toBe(false);
    expect(setupCodeMatches("", SHA)).toBe(false);
    expect(setupCodeMatches(CODE, SHA.slice(2))).toBe(false);
  });
});
