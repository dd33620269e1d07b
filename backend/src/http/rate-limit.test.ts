import { createRateLimiter, DEFAULT_RATE_LIMIT, rateLimitFromEnv } from "./rate-limit";

const T0 = 1_741_600_000_000;

describe("createRateLimiter", () => {
  it("allows the burst at once, then perMinute spread over the minute", () => {
    const limiter = createRateLimiter({ perMinute: 60, burst: 10 });
    for (let i = 0; i < 10; i++) expect(limiter.take("a", T0)).toEqual({ ok: true });
    expect(limiter.take("a", T0)).toEqual({ ok: false, retryAfterSeconds: 1 });
    // 60 a minute is one a second: after 1 s exactly one more.
    expect(limiter.take("a", T0 + 1_000)).toEqual({ ok: true });
    expect(limiter.take("a", T0 + 1_000).ok).toBe(false);
    // A full minute later the bucket is full again, never fuller than the burst.
    let allowed = 0;
    for (let i = 0; i < 20; i++) if (limiter.take("a", T0 + 61_000).ok) allowed++;
    expect(allowed).toBe(10);
  });

  it("says how long until a request is possible, rounded up to whole seconds", () => {
    const limiter = createRateLimiter({ perMinute: 6, burst: 1 });
    expect(limiter.take("a", T0).ok).toBe(true);
    // 6 a minute is one every 10 s.
    expect(limiter.take("a", T0)).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(limiter.take("a", T0 + 2_500)).toEqual({ ok: false, retryAfterSeconds: 8 });
  });

  it("keeps members apart and forgets the least recently seen beyond its size", () => {
    const limiter = createRateLimiter({ perMinute: 60, burst: 1 }, 2);
    expect(limiter.take("a", T0).ok).toBe(true);
    expect(limiter.take("b", T0).ok).toBe(true);
    expect(limiter.take("a", T0).ok).toBe(false);
    expect(limiter.take("c", T0).ok).toBe(true); // evicts b, the stalest
    expect(limiter.take("b", T0).ok).toBe(true); // b starts full again (and evicts a)
    expect(limiter.take("c", T0).ok).toBe(false);
  });
});

describe("rateLimitFromEnv", () => {
  it("reads positive whole numbers and falls back to the default otherwise", () => {
    expect(rateLimitFromEnv({})).toEqual(DEFAULT_RATE_LIMIT);
    expect(rateLimitFromEnv({ API_RATE_LIMIT_PER_MINUTE: "6000", API_RATE_LIMIT_BURST: "3000" })).toEqual({
      perMinute: 6000,
      burst: 3000,
    });
    expect(rateLimitFromEnv({ API_RATE_LIMIT_PER_MINUTE: "-1", API_RATE_LIMIT_BURST: "lots" })).toEqual(
      DEFAULT_RATE_LIMIT,
    );
  });
});
