import { renderToString } from "preact-render-to-string";
import { AwayControl } from "./AwayControl";

// Monday 23 Nov 2026, 15:30 in Amsterdam.
const now = Date.UTC(2026, 10, 23, 14, 30);
const render = (initial: number | null) =>
  renderToString(
    <AwayControl
      initial={initial}
      timeZone="Europe/Amsterdam"
      now={() => now}
      onSet={() => Promise.resolve({ awayUntil: null })}
    />,
  );
const buttons = (html: string) => [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]);

describe("AwayControl", () => {
  it("says until when the member is away, on their clock, with Clear", () => {
    const html = render(Date.UTC(2026, 10, 24, 8, 0));
    expect(html).toMatch(/<p[^>]*role="status"[^>]*>You are away until Tue 09:00<button/);
    expect(buttons(html)).toEqual(["Clear"]);
    expect(html).not.toContain("Set yourself away");
  });

  it("offers a labelled date-time picker and 'Until tomorrow morning' when not away", () => {
    for (const html of [render(null), render(now - 1)]) {
      expect(html).toContain("<summary>Set yourself away</summary>");
      expect(html).toMatch(/<label>Away until<input type="datetime-local" min="2026-11-23T15:30"/);
      expect(buttons(html)).toEqual(["Set away", "Until tomorrow morning"]);
      expect(html).not.toContain("You are away");
    }
  });
});
