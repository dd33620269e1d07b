import { mergeEnvFile, readEnvValue } from "./env-file";

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
});
