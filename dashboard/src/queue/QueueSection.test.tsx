import type { QueueItem } from "@baton/shared";
import { translatorFor } from "@baton/shared/i18n/all";
import type { VNode } from "preact";
import { render as renderHtml } from "preact-render-to-string";
import { inEnglish, inLanguage } from "../test-support/i18n";
import { breachText } from "./breach-text";
import { deadlineText, QueueSection } from "./QueueView";

const render = (node: VNode) => renderHtml(inEnglish(node));

const en = translatorFor(["en"]);

const item: QueueItem = {
  key: "c_0123456789",
  mailbox: "support@demo.test",
  subject: "Refund <please>",
  status: "open",
  priority: "high",
  assignee: null,
  tags: [],
  messageCount: 2,
  lastInboundAt: 0,
  updatedAt: 0,
  nextDeadline: 10 * 60_000,
  nextDeadlineClock: "first_response",
  tone: "warning",
};

describe("queue rows", () => {
  it("tell how long until the next deadline, in the one duration style", () => {
    expect(deadlineText(item, 0, en, "UTC")).toBe("Reply by 00:10 — 10 min left");
    expect(deadlineText({ ...item, nextDeadline: null, status: "pending" }, 0, en, "UTC")).toBe(
      "pending, no deadline running",
    );
  });

  it("say what is overdue and by how much in the Breached section, not the next deadline", () => {
    const H = 3_600_000;
    const breached: QueueItem = {
      ...item,
      tone: "breached",
      // A late first reply already sent, the resolution still overdue; the next reply due later.
      breaches: [
        { clock: "first_response", at: 0, stoppedAt: 45 * 60_000 },
        { clock: "resolution", at: H, stoppedAt: null },
      ],
      nextDeadline: 5 * H,
      nextDeadlineClock: "next_response",
    };
    const now = 3 * H + 10 * 60_000;
    expect(deadlineText(breached, now, en, "UTC")).toBe(
      "Resolution overdue by 2 h 10 min; First reply was 45 min late",
    );
    // Before: "no deadline" or the next (unbreached) deadline.
    expect(deadlineText({ ...breached, nextDeadline: null }, now, en, "UTC")).not.toMatch(/no deadline/i);
    expect(
      breachText({ breaches: [{ clock: "first_response", at: 0, stoppedAt: null }] }, 130 * 60_000, en),
    ).toBe("First reply overdue by 2 h 10 min");
  });

  it("are buttons (keyboard reachable) with the subject escaped", () => {
    const html = render(
      <QueueSection title="Breaching soon" tone="warning" items={[item]} now={0} onOpen={() => undefined} />,
    );
    expect(html).toContain('<button type="button" class="row tone-warning">');
    expect(html).toContain("Refund &lt;please>");
    expect(html).toContain('aria-label="Breaching soon"');
  });

  it("say None for an empty section", () => {
    expect(
      render(<QueueSection title="Breached" tone="breached" items={[]} now={0} onOpen={() => undefined} />),
    ).toContain("None");
  });
});

describe("queue rows in Dutch", () => {
  const nl = translatorFor(["nl"]);
  it("say the deadline, the breach, the priority and the section in Dutch", () => {
    expect(deadlineText(item, 0, nl, "UTC")).toMatch(/^Reactie verwacht vóór 00:10/);
    expect(deadlineText({ ...item, nextDeadline: null, status: "pending" }, 0, nl, "UTC")).toBe(
      "wacht op klant, er loopt geen termijn",
    );
    expect(
      breachText({ breaches: [{ clock: "first_response", at: 0, stoppedAt: null }] }, 130 * 60_000, nl),
    ).toBe("Eerste reactie 2 u 10 min over tijd");
    const html = renderHtml(
      inLanguage(
        "nl",
        <QueueSection
          title="Bijna over tijd"
          tone="warning"
          items={[item]}
          now={0}
          onOpen={() => undefined}
        />,
      ),
    );
    expect(html).toContain("hoog · niet toegewezen · Reactie verwacht vóór");
    expect(
      renderHtml(
        inLanguage(
          "nl",
          <QueueSection title="Over tijd" tone="breached" items={[]} now={0} onOpen={() => undefined} />,
        ),
      ),
    ).toContain(">Geen<");
  });
});
