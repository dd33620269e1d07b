import { chainStores, memoryStore, type SharedStore } from "./shared-store";

const failing = (name: string): SharedStore => ({
  name,
  get: () => Promise.reject(new Error(`${name} get`)),
  set: () => Promise.reject(new Error(`${name} set`)),
  remove: () => Promise.reject(new Error(`${name} remove`)),
});

describe("chainStores", () => {
  it("reads from the first channel that has the key, skipping failing and empty ones", async () => {
    const roaming = memoryStore("roaming", new Map([["k", "from roaming"]]));
    const local = memoryStore("local", new Map([["k", "from local"]]));
    const chain = chainStores([failing("runtime"), memoryStore("empty"), roaming, local]);
    await expect(chain.get("k")).resolves.toBe("from roaming");
    await expect(chain.get("missing")).resolves.toBeNull();
  });

  it("writes to every channel, so a reader in another runtime finds it in the one it has", async () => {
    const runtime = new Map<string, string>();
    const roaming = new Map<string, string>();
    await chainStores([memoryStore("runtime", runtime), memoryStore("roaming", roaming)]).set("k", "v");
    expect([runtime.get("k"), roaming.get("k")]).toEqual(["v", "v"]);
  });

  it("succeeds when one channel takes a write, and fails only when none does", async () => {
    const roaming = new Map<string, string>();
    await chainStores([failing("runtime"), memoryStore("roaming", roaming)]).set("k", "v");
    expect(roaming.get("k")).toBe("v");
    await expect(chainStores([failing("runtime"), failing("roaming")]).set("k", "v")).rejects.toThrow(
      "runtime set",
    );
    await expect(chainStores([]).set("k", "v")).rejects.toThrow("No storage channel");
  });

  it("removes from every channel, ignoring the ones that fail", async () => {
    const roaming = new Map([["k", "v"]]);
    const local = new Map([["k", "v"]]);
    const chain = chainStores([memoryStore("roaming", roaming), failing("x"), memoryStore("local", local)]);
    await chain.remove("k");
    await expect(chain.get("k")).resolves.toBeNull();
    expect(chain.name).toBe("roaming>x>local");
  });
});
