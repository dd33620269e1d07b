import { CHECK_BUDGET_MS, RECORD_BUDGET_MS, withinBudget } from "./budget";

beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.useRealTimers();
});

describe("withinBudget", () => {
  it("keeps the whole handler under Outlook's five-second alert", () => {
    // 3000 ms to check + 1000 ms to record why not = 4000 ms < 5000 ms.
    expect(CHECK_BUDGET_MS + RECORD_BUDGET_MS).toBeLessThan(5000);
  });

  it("gives the value of work that settles in time", async () => {
    await expect(withinBudget(Promise.resolve(7), 100)).resolves.toEqual({ done: true, value: 7 });
  });

  it("gives up when the budget runs out, without waiting for the work", async () => {
    const never = new Promise<number>(() => undefined);
    const result = withinBudget(never, 3000);
    jest.advanceTimersByTime(2999);
    await Promise.resolve();
    let settled = false;
    void result.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    jest.advanceTimersByTime(1);
    await expect(result).resolves.toEqual({ done: false });
  });

  it("passes a rejection on, and clears its timer", async () => {
    await expect(withinBudget(Promise.reject(new Error("down")), 100)).rejects.toThrow("down");
    expect(jest.getTimerCount()).toBe(0);
  });
});
