import type { TemplateFacts } from "./facts";
import { renderTemplate, textToHtml, unknownVariablesIn } from "./render";

const FACTS: TemplateFacts = {
  customerName: "Lima, Ana",
  agentName: "Ben de Vries",
  mailboxName: "Support",
  conversationKey: "c_7k2q9xabcdefgh",
  firstResponseDue: Date.UTC(2026, 10, 24, 8, 0),
  resolutionDue: null,
  zone: "Europe/Amsterdam",
  now: Date.UTC(2026, 10, 23, 12, 0),
};

describe("renderTemplate", () => {
  it("fills every known variable, spaces inside the braces allowed", () => {
    const body =
      "Hi {{customer.firstName}},\n\nWe reply by {{ sla.firstResponseDue }}. Ref {{conversation.ref}}.\n{{agent.firstName}} ({{agent.name}}), {{mailbox.name}}";
    const out = renderTemplate(body, "en", FACTS);
    expect(out.missing).toEqual([]);
    expect(out.text).toBe(
      "Hi Ana,\n\nWe reply by Tuesday 24 November at 09:00. Ref C-7K2Q9XAB.\nBen (Ben de Vries), Support",
    );
    expect(out.html).toBe(
      "<p>Hi Ana,</p><p>We reply by Tuesday 24 November at 09:00. Ref C-7K2Q9XAB.<br>Ben (Ben de Vries), Support</p>",
    );
  });

  it("writes the date phrase in the template's language", () => {
    expect(renderTemplate("Uiterlijk {{sla.firstResponseDue}}.", "nl", FACTS).text).toBe(
      "Uiterlijk dinsdag 24 november om 09:00.",
    );
  });

  it("names unfillable and unknown variables in `missing` and never leaves braces behind", () => {
    const out = renderTemplate(
      "Hi {{customer.firstName}}, due {{sla.resolutionDue}} {{customer.frist}} {{sla.resolutionDue}}",
      "en",
      { ...FACTS, customerName: "ana@x.test" },
    );
    // An address is not a name; the resolution clock is not running; "frist" is a typo.
    expect(out.missing).toEqual(["customer.firstName", "sla.resolutionDue", "customer.frist"]);
    expect(out.text).not.toContain("{{");
    expect(out.html).not.toContain("{{");
  });

  it("does not treat inherited object keys as variables", () => {
    expect(renderTemplate("{{constructor}} {{toString}}", "en", FACTS).missing).toEqual([
      "constructor",
      "toString",
    ]);
  });

  it("escapes the body and every value, so a display name cannot become markup", () => {
    const out = renderTemplate("<b>Hi</b> {{customer.name}} & co", "en", {
      ...FACTS,
      customerName: `<img src=x onerror="alert(1)">`,
    });
    expect(out.html).toBe(
      "<p>&lt;b&gt;Hi&lt;/b&gt; &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co</p>",
    );
    expect(out.text).toContain("<img");
  });

  it("leaves brace pairs that are not variable names as typed", () => {
    expect(renderTemplate("{{ }} and {{a b}}", "en", FACTS)).toMatchObject({
      text: "{{ }} and {{a b}}",
      missing: [],
    });
  });

  it("reads CRLF bodies as plain line breaks", () => {
    expect(renderTemplate("a\r\nb\r\n\r\nc", "en", FACTS).html).toBe("<p>a<br>b</p><p>c</p>");
  });
});

describe("textToHtml", () => {
  it("splits paragraphs on blank lines, even with spaces on them", () => {
    expect(textToHtml("one\n  \n\ntwo")).toBe("<p>one</p><p>two</p>");
  });
});

describe("unknownVariablesIn", () => {
  it("lists the names no conversation could fill", () => {
    expect(unknownVariablesIn("{{customer.name}} {{agent.nmae}} {{agent.nmae}}")).toEqual(["agent.nmae"]);
  });
});
