import { clockFixture } from "../../test-support/view-fixture";
import { slaAnnouncement, tonesOf } from "./sla-announcement";

const reply = (tone: "ok" | "warning" | "breached", text: string) =>
  clockFixture({ kind: "first_response", label: "First reply", tone, text });

describe("slaAnnouncement", () => {
  it("says a clock that has just turned warning, with its sentence", () => {
    const before = tonesOf([reply("ok", "Reply by 14:30 — 42 min left")]);
    expect(slaAnnouncement(before, [reply("warning", "Reply by 14:30 — 12 min left")])).toBe(
      "First reply: Reply by 14:30 — 12 min left",
    );
  });

  it("says it once: the next views, ticking down, say nothing until the clock breaches", () => {
    const views = [
      [reply("ok", "Reply by 14:30 — 31 min left")],
      [reply("warning", "Reply by 14:30 — 29 min left")],
      [reply("warning", "Reply by 14:30 — 28 min left")],
      [reply("warning", "Reply by 14:30 — 27 min left")],
      [reply("breached", "Breached just now")],
      [reply("breached", "Breached 1 min ago")],
    ];
    const said: (string | null)[] = [];
    let before = null as ReturnType<typeof tonesOf> | null;
    for (const clocks of views) {
      said.push(slaAnnouncement(before, clocks));
      before = tonesOf(clocks);
    }
    expect(said).toEqual([
      null,
      "First reply: Reply by 14:30 — 29 min left",
      null,
      null,
      "First reply: Breached just now",
      null,
    ]);
  });

  it("says nothing on the first view of a thread, nor for a fine, paused or met clock", () => {
    expect(slaAnnouncement(null, [reply("breached", "Breached")])).toBeNull();
    const before = tonesOf([reply("warning", "x")]);
    expect(slaAnnouncement(before, [reply("ok", "Reply by 14:30 — 42 min left")])).toBeNull();
  });
});
