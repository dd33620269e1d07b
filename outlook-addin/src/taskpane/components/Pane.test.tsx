import { renderToString } from "preact-render-to-string";
import { clockFixture, viewFixture } from "../../test-support/view-fixture";
import type { ClockView } from "../view";
import { ClockRow } from "./ClockRow";
import { Pane, type PaneProps } from "./Pane";

const tick = (clock: ClockView, nowMs: number) => `${clock.kind}@${nowMs}`;

function renderPane(overrides: Partial<PaneProps> = {}): string {
  return renderToString(
    <Pane
      view={viewFixture()}
      members={[{ email: "ana@demo.baton.test", name: "Ana" }]}
      nowMs={1000}
      tickText={tick}
      busy={false}
      notice={null}
      onCommand={() => undefined}
      {...overrides}
    />,
  );
}

const buttons = (html: string) => [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]);

describe("Pane", () => {
  it("says why routing gave the owner and tags, under the owner line, and nothing when it did not", () => {
    const html = renderPane({
      view: viewFixture({
        ownerLine: "Ana, since 10:02",
        reasons: [
          "Assigned to Ana by round-robin (Ben away, Chen at capacity)",
          "Tagged billing by rule 'Invoices'",
        ],
      }),
    });
    expect(html).toMatch(
      /Ana, since 10:02<\/p><ul class="reasons" aria-label="Why" data-testid="reasons"><li>Assigned to Ana by round-robin \(Ben away, Chen at capacity\)<\/li><li>Tagged billing by rule 'Invoices'<\/li><\/ul>/,
    );
    expect(renderPane({ view: viewFixture({ reasons: [] }) })).not.toContain("reasons");
    expect(renderPane()).not.toContain("reasons");
  });

  it("shows the owner line in a live region and Claim only when the view allows it", () => {
    const html = renderPane();
    expect(html).toMatch(/<p class="owner" aria-live="polite"[^>]*>Unclaimed<\/p>/);
    expect(buttons(html)).toContain("Claim");
    expect(buttons(html)).not.toContain("Release");

    const mine = renderPane({
      view: viewFixture({
        ownerLine: "You, since 10:42",
        ownedByMe: true,
        buttons: { ...viewFixture().buttons, claim: false, release: true },
      }),
    });
    expect(mine).toContain("You, since 10:42");
    expect(buttons(mine)).toEqual(expect.arrayContaining(["Release"]));
    expect(buttons(mine)).not.toContain("Claim");
  });

  it("renders each clock with its tone, the ticking text, and the view's text for screen readers", () => {
    const html = renderPane({
      view: viewFixture({
        clocks: [
          clockFixture({ tone: "warning" }),
          clockFixture({
            kind: "resolution",
            label: "Resolution",
            tone: "breached",
            text: "Breached 1 h 5 min ago",
          }),
        ],
      }),
      nowMs: 5000,
    });
    expect(html).toContain('data-tone="warning" data-kind="first_response"');
    expect(html).toContain('data-tone="breached" data-kind="resolution"');
    expect(html).toContain("first_response@5000");
    // The text equivalent, not live: the SLA announcer says a warning or breach once.
    expect(html).toContain('<span class="sr-only">Resolution: Breached 1 h 5 min ago</span>');
    expect(html).toContain('<p class="sr-only" aria-live="polite" data-testid="sla-announcement"></p>');
  });

  it("offers the view's status and priority options with the current one selected", () => {
    const html = renderPane();
    expect(html).toMatch(/<option selected value="open">Open<\/option>/);
    expect(html).toMatch(/<option selected value="normal">Normal<\/option>/);
    expect(html).toContain("Waiting on customer");
  });

  it("shows read-only labels when the member may not change status or priority", () => {
    const html = renderPane({
      view: viewFixture({ buttons: { ...viewFixture().buttons, status: [], priority: [] } }),
    });
    expect(html).toContain("Status: Open");
    expect(html).not.toContain("<select");
  });

  it("highlights @mentions in notes and offers Edit/Delete only where the view says so", () => {
    const view = viewFixture({
      notes: [
        {
          id: "n1",
          author: "ana@demo.baton.test",
          authorName: "Ana",
          body: "Ask @ben@demo.baton.test about it",
          mentions: ["ben@demo.baton.test"],
          mentionNames: ["Ben"],
          createdAt: 0,
          editedAt: null,
          when: "5 min ago",
          editable: false,
          deletable: false,
        },
        {
          id: "n2",
          author: "me@demo.baton.test",
          authorName: "You",
          body: "Done",
          mentions: [],
          mentionNames: [],
          createdAt: 0,
          editedAt: 1,
          when: "just now",
          editable: true,
          deletable: true,
        },
      ],
    });
    const html = renderPane({ view });
    expect(html).toContain('<span class="mention">@ben@demo.baton.test</span>');
    expect(html.match(/>Edit</g)).toHaveLength(1);
    expect(html.match(/>Delete</g)).toHaveLength(1);
    expect(html).toContain("edited");
  });

  it("shows presence and hides the controls the view does not allow", () => {
    const html = renderPane({
      view: viewFixture({
        presenceLine: "Ana is viewing",
        buttons: { ...viewFixture().buttons, claim: false, assign: false, tag: false, note: false },
      }),
    });
    expect(html).toContain('data-testid="presence">Ana is viewing</p>');
    expect(html).not.toContain("Assign to");
    expect(html).not.toContain("Add tag");
    expect(html).not.toContain("Add note");
    expect(html).not.toContain("Remove tag");
  });

  it("shows an error as a sentence with Retry in an alert", () => {
    const html = renderPane({
      notice: { kind: "error", text: "Baton's server could not be reached.", retry: () => undefined },
    });
    expect(html).toContain('role="alert"');
    expect(html).toContain("Baton's server could not be reached.");
    expect(buttons(html)).toContain("Retry");
  });

  it("disables every action while a command runs", () => {
    const html = renderPane({ busy: true });
    expect(html).toContain('aria-busy="true"');
    expect(html).toMatch(/<button type="button" class="primary" disabled>Claim<\/button>/);
  });
});

describe("ClockRow", () => {
  it("asks for the ticking text every render", () => {
    const calls: number[] = [];
    const html = renderToString(
      <ClockRow
        clock={clockFixture()}
        nowMs={42}
        tickText={(_clock, now) => {
          calls.push(now);
          return "41:59";
        }}
      />,
    );
    expect(calls).toEqual([42]);
    expect(html).toContain('aria-hidden="true" data-testid="clock-first_response">41:59</span>');
  });
});
