import { backoffDelay, PermanentError, withRetries } from "./retry";

const policy = { attempts: 4, baseDelayMs: 100, maxDelayMs: 500 };

function clock(random = () => 0.5) {
  const slept: number[] = [];
  return { slept, sleep: (ms: number) => (slept.push(ms), Promise.resolve()), random };
}

describe("withRetries", () => {
  it("backs off exponentially with full jitter, capped", () => {
    // Caps: 100, 200, 400, 500 (cap), 500; random 0.5 takes half of each.
    expect([0, 1, 2, 3, 4].map((n) => backoffDelay(policy, n, () => 0.5))).toEqual([50, 100, 200, 250, 250]);
    expect(backoffDelay(policy, 2, () => 0.999)).toBe(399);
    expect(backoffDelay(policy, 2, () => 0)).toBe(0);
  });

  it("stops at the first success and sleeps only between tries", async () => {
    const c = clock();
    let calls = 0;
    const outcome = await withRetries(
      () => {
        calls += 1;
        return calls < 3 ? Promise.reject(new Error("HTTP 503")) : Promise.resolve("done");
      },
      policy,
      c,
    );
    expect(outcome).toMatchObject({ ok: true, value: "done", attempts: 3 });
    expect(c.slept).toEqual([50, 100]);
  });

  it("gives up after the last try with the last error", async () => {
    const c = clock();
    const outcome = await withRetries(() => Promise.reject(new Error("HTTP 500")), policy, c);
    expect(outcome).toMatchObject({ ok: false, attempts: 4 });
    expect((outcome.error as Error).message).toBe("HTTP 500");
    expect(c.slept).toHaveLength(3);
  });

  it("does not retry a permanent error", async () => {
    const c = clock();
    const outcome = await withRetries(() => Promise.reject(new PermanentError("HTTP 404")), policy, c);
    expect(outcome).toMatchObject({ ok: false, attempts: 1 });
    expect(c.slept).toEqual([]);
  });
});
