import http from "node:http";
import type { LookupAddress } from "node:dns";
import { guardedLookup, RefusedTargetError, safePost, type Resolve } from "./safe-post";
import { startReceiver } from "../../test/notify/receiver";

const STRICT = { allowLoopback: false };
const EMULATOR = { allowLoopback: true };

/** A resolver answering from a table, counting how often it was asked. */
function fakeResolver(table: Record<string, string[]>): Resolve & { asked: string[] } {
  const asked: string[] = [];
  const resolve = ((hostname, _options, callback) => {
    asked.push(hostname);
    const found: LookupAddress[] = (table[hostname] ?? []).map((address) => ({
      address,
      family: address.includes(":") ? 6 : 4,
    }));
    callback(null, found);
  }) as Resolve & { asked: string[] };
  resolve.asked = asked;
  return resolve;
}

function lookupOnce(
  lookup: ReturnType<typeof guardedLookup>,
  hostname: string,
  all: boolean,
): Promise<{ error: Error | null; address: unknown }> {
  return new Promise((resolve) => {
    lookup(hostname, { all }, (error: Error | null, address: unknown) => {
      resolve({ error, address });
    });
  });
}

describe("guardedLookup", () => {
  const resolver = fakeResolver({
    "public.example": ["93.184.216.34", "2606:2800:220:1::1"],
    "mixed.example": ["93.184.216.34", "10.0.0.7"],
    "metadata.example": ["169.254.169.254"],
    "mapped.example": ["::ffff:127.0.0.1"],
    "loop.example": ["127.0.0.1"],
  });

  it("passes a host whose every address is public, with the addresses it checked", async () => {
    const lookup = guardedLookup(STRICT, resolver);
    expect(await lookupOnce(lookup, "public.example", true)).toEqual({
      error: null,
      address: [
        { address: "93.184.216.34", family: 4 },
        { address: "2606:2800:220:1::1", family: 6 },
      ],
    });
    expect((await lookupOnce(lookup, "public.example", false)).address).toBe("93.184.216.34");
  });

  it.each([
    ["mixed.example", /10\.0\.0\.7, a private address/],
    ["metadata.example", /169\.254\.169\.254, a link-local address/],
    ["mapped.example", /::ffff:127\.0\.0\.1, a loopback address/],
    ["loop.example", /127\.0\.0\.1, a loopback address/],
    ["nowhere.example", /resolves to no address/],
  ])("refuses %s when any address is off limits", async (host, sentence) => {
    const { error } = await lookupOnce(guardedLookup(STRICT, resolver), host, true);
    expect(error).toBeInstanceOf(RefusedTargetError);
    expect(error?.message).toMatch(sentence);
  });

  it("allows loopback, and only loopback, on the emulator", async () => {
    const lookup = guardedLookup(EMULATOR, resolver);
    expect((await lookupOnce(lookup, "loop.example", false)).error).toBeNull();
    expect((await lookupOnce(lookup, "mixed.example", false)).error).toBeInstanceOf(RefusedTargetError);
  });

  it("connects to the address it checked, not to a second resolution", async () => {
    // "rebind.example" answers 127.0.0.1 once; the socket must use that answer (a rebinding server
    // would answer a public address to the check and a private one to the connection).
    const hook = await startReceiver([200]);
    try {
      const port = new URL(hook.url).port;
      const resolver = fakeResolver({ "rebind.example": ["127.0.0.1"] });
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request(
          `http://rebind.example:${port}/hook`,
          { method: "POST", lookup: guardedLookup(EMULATOR, resolver), agent: false },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on("error", reject);
        req.end("{}");
      });
      expect(status).toBe(200);
      expect(resolver.asked).toEqual(["rebind.example"]);
      expect(hook.received).toHaveLength(1);
    } finally {
      await hook.close();
    }
  });
});

describe("safePost", () => {
  it("refuses literal private and loopback targets before connecting", async () => {
    const hook = await startReceiver([200]);
    try {
      await expect(safePost(hook.url, "{}", {}, STRICT)).rejects.toBeInstanceOf(RefusedTargetError);
      await expect(safePost("https://10.0.0.1/", "{}", {}, STRICT)).rejects.toThrow(/private address/);
      await expect(safePost("https://[::ffff:a9fe:a9fe]/", "{}", {}, STRICT)).rejects.toThrow(/link-local/);
      await expect(safePost("https://0x7f.1/", "{}", {}, STRICT)).rejects.toThrow(/loopback/);
      expect(hook.received).toEqual([]);
      expect(await safePost(hook.url, "{}", {}, EMULATOR)).toBe(200);
    } finally {
      await hook.close();
    }
  });
});
