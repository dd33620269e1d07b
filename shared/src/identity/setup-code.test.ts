import { formatSetupCode, normalizeSetupCode, SETUP_CODE_ALPHABET, SETUP_CODE_LENGTH } from "./setup-code";

describe("setup codes", () => {
  it("print 20 characters of the unambiguous alphabet in groups of five", () => {
    const code = formatSetupCode(Uint8Array.from({ length: 13 }, (_, i) => i * 37 + 11));
    expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    const bare = code.replaceAll("-", "");
    expect(bare).toHaveLength(SETUP_CODE_LENGTH);
    expect(bare).toMatch(new RegExp(`^[${SETUP_CODE_ALPHABET}]+$`));
  });

  it("use every bit: codes from different bytes differ", () => {
    const a = formatSetupCode(new Uint8Array(13));
    const b = formatSetupCode(Uint8Array.from({ length: 13 }, (_, i) => (i === 12 ? 0x80 : 0)));
    expect(a).toBe("00000-00000-00000-00000");
    expect(b).not.toBe(a);
  });

  it("refuse too few random bytes", () => {
    expect(() => formatSetupCode(new Uint8Array(12))).toThrow(/13 random bytes/);
  });

  it("read a typed code as printed, whatever the case, spaces, dashes and look-alike letters", () => {
    const printed = "7KQ2M-0AB1C-DEFGH-JKMNP";
    expect(normalizeSetupCode(" 7kq2m 0ab1c-defgh jkmnp ")).toBe(normalizeSetupCode(printed));
    expect(normalizeSetupCode("7KQ2M-OABIC-DEFGH-JKMNP")).toBe(normalizeSetupCode(printed));
    expect(normalizeSetupCode("7KQ2M-OABLC-DEFGH-JKMNP")).toBe(normalizeSetupCode(printed));
    expect(normalizeSetupCode("7KQ2M-0AB1C-DEFGH-JKMNQ")).not.toBe(normalizeSetupCode(printed));
  });
});
