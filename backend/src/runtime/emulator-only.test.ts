import { deployedOnly, emulatorOnly, inEmulator } from "./emulator-only";

const EMULATOR = { FUNCTIONS_EMULATOR: "true" };
const DEPLOYED = {};

describe("emulator-only triggers", () => {
  it("exist under the emulator and are not even defined in a deploy's discovery", () => {
    const define = jest.fn(() => "trigger");
    expect(emulatorOnly(define, EMULATOR)).toBe("trigger");
    expect(emulatorOnly(define, DEPLOYED)).toBeUndefined();
    expect(define).toHaveBeenCalledTimes(1);
  });

  it("have deployed-only counterparts that the emulator never registers", () => {
    const define = jest.fn(() => "trigger");
    expect(deployedOnly(define, DEPLOYED)).toBe("trigger");
    expect(deployedOnly(define, EMULATOR)).toBeUndefined();
    expect(define).toHaveBeenCalledTimes(1);
  });

  it("count only the exact value the emulator sets", () => {
    expect(inEmulator(EMULATOR)).toBe(true);
    expect(inEmulator({ FUNCTIONS_EMULATOR: "1" })).toBe(false);
    expect(inEmulator({ FUNCTIONS_EMULATOR: "false" })).toBe(false);
    expect(inEmulator(DEPLOYED)).toBe(false);
  });
});
