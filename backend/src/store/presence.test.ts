import { PRESENCE_TTL_MS } from "@baton/shared";
import { presenceExpiry } from "./presence";

describe("presenceExpiry", () => {
  it("is the expiry the server stamped", () => {
    expect(presenceExpiry({ at: 1_000, expiresAt: 16_000 })).toBe(16_000);
  });

  it("is the heartbeat's time plus the window for a heartbeat a pane wrote directly", () => {
    // A pane's own write may carry email, state and at only (firestore.rules): at + 15 s.
    expect(presenceExpiry({ at: 1_000 })).toBe(1_000 + PRESENCE_TTL_MS);
    expect(PRESENCE_TTL_MS).toBe(15_000);
  });

  it("has expired for a document without a time", () => {
    expect(presenceExpiry({})).toBe(0);
  });
});
