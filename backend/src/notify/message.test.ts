import { emailMessage, formatInstant } from "./message";
import { notice } from "../../test/notify/notice";

describe("emailMessage", () => {
  it("says what happened with the deadline in the mailbox's zone, HTML escaped", () => {
    const m = emailMessage(notice());
    // 10:00 UTC on 2026-03-30 is 12:00 CEST (after the spring-forward change).
    expect(m.subject).toBe(
      '[Baton] First response SLA breached at Mon 2026-03-30 12:00 (Europe/Amsterdam): "Invoice <42> & refund"',
    );
    expect(m.text).toContain("Notified: ana@team.example, lena@team.example");
    expect(m.html).toContain("Invoice &#60;42&#62; &#38; refund");
    expect(m.html).not.toContain("<42>");
  });

  it("formats instants in winter time before the change", () => {
    expect(formatInstant(Date.UTC(2026, 2, 27, 15, 0), "Europe/Amsterdam")).toBe(
      "Fri 2026-03-27 16:00 (Europe/Amsterdam)",
    );
  });
});
