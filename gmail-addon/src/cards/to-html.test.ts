import { EN } from "../test-support/readers";
import type { SidebarView } from "./sidebar-view";
import { buildContextualCard } from "./contextual-card";
import { renderCardJsonHtml, type CardHtmlOptions } from "./to-html";
import { toCardJson } from "./to-json";
import { largestConversationView } from "../test-support/largest-conversation";
import { SCENARIOS } from "../test-support/scenarios";
import { GMAIL_CARD_CSS, sanitizeCardText } from "./to-html";

const renderGmailCardHtml = (view: SidebarView, options: CardHtmlOptions = {}) =>
  renderCardJsonHtml(
    toCardJson(buildContextualCard(view, { timeZone: "Europe/Amsterdam", tr: EN })),
    options,
  );

describe("card HTML for the workbench", () => {
  it("escapes markup in user text, so a subject or note cannot inject elements into the page", () => {
    const view = SCENARIOS.mine();
    const html = renderGmailCardHtml({ ...view, subject: `<img src=x onerror="alert(1)">` });
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<see");
    expect(html).toContain("Order paid twice &lt;see Stripe&gt; &amp; refund due.");
  });

  it("keeps only Gmail's formatting tags, turning font colours into spans", () => {
    expect(sanitizeCardText('<font color="#d93025"><b>Breached</b></font>')).toBe(
      '<span style="color:#d93025"><b>Breached</b></span>',
    );
    expect(sanitizeCardText('<font color="red" onclick="x()">a</font><a href="javascript:x()">b</a>')).toBe(
      "&lt;font color=&quot;red&quot; onclick=&quot;x()&quot;&gt;a</span>&lt;a href=&quot;javascript:x()&quot;&gt;b&lt;/a&gt;",
    );
  });

  it("carries each button's callback and parameters, so the page can replay a click", () => {
    const html = renderGmailCardHtml(SCENARIOS.unclaimed());
    expect(html).toContain(
      'data-function="onClaim" data-parameters="{&quot;key&quot;:&quot;c_0123456789abcdef&quot;}"',
    );
  });

  it("shows a notification above the card when given one", () => {
    const html = renderGmailCardHtml(SCENARIOS.unclaimed(), {
      notification: "Ana claimed this 2 s ago",
    });
    expect(html).toContain('<div class="gc-notification" role="status">Ana claimed this 2 s ago</div>');
  });

  it("previews the largest conversation's card with its note field, Add note and All notes", () => {
    const html = renderGmailCardHtml(largestConversationView({ notes: 300, reader: "lead", claimed: true }));
    expect(html).toContain('<textarea name="note"');
    expect(html).toContain('data-function="onAddNote"');
    expect(html).toContain('data-function="onShowNotes"');
    expect(html).toContain("295 more notes");
    expect(html.length).toBeLessThan(64 * 1024);
  });

  it("renders the Snooze until picker as a date-and-time field the page reads", () => {
    expect(renderGmailCardHtml(SCENARIOS.unclaimed())).toContain(
      '<input type="datetime-local" name="snoozeUntil" data-date-time="1">',
    );
  });

  it("darkens under a dark theme, as Gmail's dark side panel", () => {
    expect(GMAIL_CARD_CSS).toMatch(/\[data-theme="dark"\] \.gmail-card\{[^}]*background:#1f1f1f/);
  });
});
