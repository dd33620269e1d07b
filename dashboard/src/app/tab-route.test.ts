import { hashOfTab, tabOfHash } from "./tab-route";

describe("tab routes", () => {
  it("reads the tab a reload's URL names, and falls back to Queue", () => {
    expect(tabOfHash("#/settings")).toBe("settings");
    expect(tabOfHash("#metrics")).toBe("metrics");
    expect(tabOfHash("#/jobs/anything")).toBe("jobs");
    expect(tabOfHash("")).toBe("queue");
    expect(tabOfHash("#/nope")).toBe("queue");
    expect(tabOfHash("#/install")).toBe("install");
    expect(tabOfHash("#/setup")).toBe("setup");
    expect(tabOfHash("#/templates")).toBe("templates");
  });

  it("writes a hash that reads back as the same tab", () => {
    for (const tab of ["queue", "metrics", "jobs", "connectors", "settings", "install", "setup"] as const)
      expect(tabOfHash(hashOfTab(tab))).toBe(tab);
  });
});
