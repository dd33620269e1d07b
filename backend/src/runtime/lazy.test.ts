import { lazy } from "./lazy";

describe("lazy", () => {
  it("loads nothing until called, then once for every later call", async () => {
    const load = jest.fn(() => Promise.resolve({ value: 42 }));
    const get = lazy(load);
    expect(load).not.toHaveBeenCalled();
    const [a, b] = await Promise.all([get(), get()]);
    expect(await get()).toBe(a);
    expect(b).toBe(a);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("tries again after a failed load instead of keeping the failure", async () => {
    const load = jest
      .fn<Promise<string>, []>()
      .mockRejectedValueOnce(new Error("cannot load"))
      .mockResolvedValue("loaded");
    const get = lazy(load);
    await expect(get()).rejects.toThrow("cannot load");
    expect(await get()).toBe("loaded");
    expect(load).toHaveBeenCalledTimes(2);
  });
});
