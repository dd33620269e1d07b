import type { VerifiedIdentity } from "../auth/identity";
import { clientOf } from "./client-sign-ins";

const EMULATOR = { FUNCTIONS_EMULATOR: "true" };
const DEPLOYED = {};
const firebase: VerifiedIdentity = { kind: "firebase", email: "ana@demo.baton.test" };
const google: VerifiedIdentity = { kind: "google", email: "ana@demo.baton.test", hostedDomain: null };
const microsoft: VerifiedIdentity = { kind: "microsoft", tenant: "t", objectId: "o", claimedEmail: null };

describe("which sidebar a request counts as", () => {
  it("knows Outlook and Gmail by their tokens, whatever the header says", () => {
    expect(clientOf(microsoft, "gmail", DEPLOYED)).toBe("outlook");
    expect(clientOf(google, "outlook", DEPLOYED)).toBe("gmail");
    expect(clientOf(microsoft, undefined, EMULATOR)).toBe("outlook");
  });

  it("on the emulator, takes a Firebase token's X-Baton-Client as the local sidebar", () => {
    expect(clientOf(firebase, "outlook", EMULATOR)).toBe("outlook");
    expect(clientOf(firebase, " Gmail ", EMULATOR)).toBe("gmail");
    expect(clientOf(firebase, ["outlook", "gmail"], EMULATOR)).toBe("outlook");
  });

  it("on the emulator, counts no sidebar without the header or with one it does not know", () => {
    expect(clientOf(firebase, undefined, EMULATOR)).toBeNull();
    expect(clientOf(firebase, "dashboard", EMULATOR)).toBeNull();
    expect(clientOf(firebase, "", EMULATOR)).toBeNull();
  });

  it("ATTACK: deployed, a member's Firebase token with X-Baton-Client: outlook is no Outlook sign-in", () => {
    expect(clientOf(firebase, "outlook", DEPLOYED)).toBeNull();
    expect(clientOf(firebase, "gmail", { FUNCTIONS_EMULATOR: "false" })).toBeNull();
  });
});
