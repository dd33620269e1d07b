import { csatSecretFor, mergeEnvFile, readEnvValue } from "./env-file";

describe("the backend's env file", () => {
  it("keeps other lines, replaces the deploy's own and appends new ones", () => {
    const before = "# mine\nGMAIL_PUSH_TOPIC=custom\nBATON_API_BASE=old\n";
    expect(
      mergeEnvFile(before, {
        BATON_API_BASE: "new",
        BATON_SETUP_DOMAINS: "acme.com",
        BATON_GMAIL_DEPLOYMENT_ID: null,
      }),
    ).toBe("# mine\nGMAIL_PUSH_TOPIC=custom\nBATON_API_BASE=new\nBATON_SETUP_DOMAINS=acme.com\n");
  });
  it("removes a key set to null", () => {
    expect(mergeEnvFile("A=1\nB=2\n", { A: null })).toBe("B=2\n");
  });
  it("reads a value", () => {
    expect(readEnvValue("A=1\nB= 2 \n", "B")).toBe("2");
  });
  it("makes a CSAT link key of 32 random bytes when there is none, and keeps the deployed one", () => {
    const bytes = (size: number) => new Uint8Array(size).fill(7);
    const made = csatSecretFor("GMAIL_PUSH_TOPIC=x\n", bytes);
    expect(Buffer.from(made, "base64url")).toEqual(Buffer.alloc(32, 7));
    expect(made).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // A re-deploy must not void the links already in customers' inboxes.
    expect(csatSecretFor(`BATON_CSAT_SECRET=${made}\n`, () => new Uint8Array(32))).toBe(made);
    // An emptied line counts as none: survey links are never signed with an empty key.
    expect(csatSecretFor("BATON_CSAT_SECRET=\n", bytes)).toBe(made);
  });
});
