import { renderToString } from "preact-render-to-string";
import { viewFixture } from "../../test-support/view-fixture";
import type { SidebarView } from "../view";
import { FollowUpControl } from "./FollowUpControl";
import { Pane } from "./Pane";

const now = Date.UTC(2026, 2, 9, 10, 0, 0);
const render = (view: SidebarView, error: string | null = null) =>
  renderToString(
    <FollowUpControl
      view={view}
      disabled={false}
      nowMs={now}
      error={error === null ? null : { kind: "error", text: error, field: "dueAt" }}
      onCommand={() => undefined}
    />,
  );
const buttons = (html: string) => [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]);
const readOnly = (view: SidebarView) => ({ ...view, buttons: { ...view.buttons, status: [] } });

describe("FollowUpControl", () => {
  it("offers 'Remind me if no reply by' on the mailbox's clock, and the next business morning", () => {
    const html = render(viewFixture());
    expect(html).toMatch(
      /<label>Remind me if no reply by \(Amsterdam time\)<input type="datetime-local" min="2026-03-09T11:00"/,
    );
    expect(buttons(html)).toEqual(["Remind me", "Next business morning"]);
    expect(html).toContain('aria-label="Remind me if no reply by next business morning"');
    expect(html).not.toContain('data-testid="followup"');
  });

  it("shows the view's sentence as it came, with Clear, in a status region", () => {
    for (const line of ["Reminder Tue 09:00 if no reply", "Follow-up due", "Snooze ended"]) {
      const html = render(viewFixture({ followUp: line }));
      expect(html).toMatch(
        new RegExp(`<p class="row caption" role="status" data-testid="followup">${line}<button`),
      );
      expect(buttons(html)).toEqual(["Clear", "Remind me", "Next business morning"]);
    }
  });

  it("shows a refusal beside the field, read out, and ties the field to it", () => {
    const html = render(viewFixture(), "The follow-up must be within 365 days.");
    expect(html).toContain('aria-invalid="true" aria-describedby="followup-error"');
    expect(html).toMatch(
      /<p id="followup-error" class="field-error" role="alert"[^>]*>The follow-up must be within 365 days\./,
    );
  });

  it("to a member who may not change the status: the sentence alone, or nothing", () => {
    const html = render(readOnly(viewFixture({ followUp: "Follow-up due" })));
    expect(html).toContain("Follow-up due");
    expect(buttons(html)).toEqual([]);
    expect(html).not.toContain("<input");
    expect(render(readOnly(viewFixture()))).toBe("");
  });

  it("sits in the pane beside the status controls", () => {
    const html = renderToString(
      <Pane
        view={viewFixture({ followUp: "Follow-up due" })}
        members={[]}
        nowMs={now}
        tickText={() => ""}
        busy={true}
        notice={{ kind: "error", text: "Pick a later time.", field: "dueAt" }}
        onCommand={() => undefined}
      />,
    );
    expect(html).toMatch(/aria-label="Status, priority and tags">.*data-testid="followup">Follow-up due/);
    // A refused reminder time stands beside its field, not in the pane's notice area.
    expect(html.match(/Pick a later time\./g)).toHaveLength(1);
    expect(html).toContain('id="followup-error"');
    expect(html).toMatch(/<button type="submit" disabled>Remind me<\/button>/);
  });
});
