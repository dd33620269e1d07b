import { renderGmailCardHtml } from "../workbench";
import { sampleView } from "../test-support/provisional-views";
import { sanitizeCardText } from "./to-html";

describe("card HTML for the workbench", () => {
  it("escapes markup in user text, so a note cannot inject elements into the page", () => {
    const html = renderGmailCardHtml(
      sampleView({
        subject: `<img src=x onerror="alert(1)">`,
        notes: [
          {
            id: "n1",
            author: "ana@demo.baton.test",
            authorName: "Ana",
            body: "<script>alert(1)</script> & co",
            mentions: [],
            mentionNames: [],
            createdAt: 0,
            editedAt: null,
            when: "just now",
            editable: true,
            deletable: true,
          },
        ],
      }),
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
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
    const html = renderGmailCardHtml(sampleView());
    expect(html).toContain(
      'data-function="onClaim" data-parameters="{&quot;key&quot;:&quot;c_0123456789abcdef&quot;}"',
    );
  });

  it("shows a notification above the card when given one", () => {
    const html = renderGmailCardHtml(sampleView(), {
      notification: "Ana claimed this 2 s ago",
    });
    expect(html).toContain('<div class="gc-notification" role="status">Ana claimed this 2 s ago</div>');
  });
});
