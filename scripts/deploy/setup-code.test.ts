import { createHash } from "node:crypto";
import { chooseSetupCode, setupCodeBox, setupCodeHash } from "./setup-code";

const bytes = (size: number) => new Uint8Array(size).fill(7);

describe("the deployment's setup code", () => {
  it("makes a code on the first deploy and deploys the SHA-256 of its normalised form", () => {
    const { code, hash } = chooseSetupCode(null, false, bytes);
    expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    expect(hash).toBe(createHash("sha256").update(code!.replaceAll("-", "")).digest("hex"));
    expect(setupCodeHash(code!.toLowerCase())).toBe(hash);
  });
  it("keeps the deployed hash on a re-deploy", () => {
    const existing = "a".repeat(64);
    expect(chooseSetupCode(existing, false, bytes)).toEqual({ hash: existing, code: null });
  });
  it("makes a new one with --new-setup-code", () => {
    expect(chooseSetupCode("a".repeat(64), true, bytes).code).not.toBeNull();
  });
  it("prints it in a box with the dashboard's address", () => {
    const box = setupCodeBox("ABCDE-FGHJK-MNPQR-STVWX", "https://x.web.app/dashboard/", false).split("\n");
    expect(box[0]).toMatch(/^\+-+\+$/);
    expect(box.join("\n")).toContain("https://x.web.app/dashboard/");
    expect(new Set(box.map((line) => line.length)).size).toBe(1);
  });
});
