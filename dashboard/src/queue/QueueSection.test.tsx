import type { QueueItem } from "@baton/shared";
import { render } from "preact-render-to-string";
import { deadlineText, QueueSection } from "./QueueView";

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
  it("tell how long until, or since, the next deadline", () => {
    expect(deadlineText(item, 0)).toBe("first response due in 10m");
    expect(deadlineText(item, 25 * 60_000)).toBe("first response overdue by 15m");
    expect(deadlineText({ ...item, nextDeadline: null, status: "pending" }, 0)).toBe("pending");
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
