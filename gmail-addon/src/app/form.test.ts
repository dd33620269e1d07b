import { gmailEvent } from "../test-support/apps-script-standin";
import { formValue, parameter, parseTagEdits, readerTimeZone } from "./form";

describe("reading a card callback's event", () => {
  it("reads parameters and trimmed form values, treating blanks as absent", () => {
    const event = gmailEvent({
      parameters: { key: "c_1", empty: "" },
      formInputs: { note: "  hi  ", blank: "   " },
    });
    expect(parameter(event, "key")).toBe("c_1");
    expect(parameter(event, "empty")).toBeUndefined();
    expect(formValue(event, "note")).toBe("hi");
    expect(formValue(event, "blank")).toBeUndefined();
    expect(formValue(event, "missing")).toBeUndefined();
  });

  it("takes the reader's zone from Gmail, UTC when Gmail sends none", () => {
    expect(readerTimeZone(gmailEvent({ timeZone: "Asia/Kathmandu" }))).toBe("Asia/Kathmandu");
    const event = gmailEvent({});
    delete (event.commonEventObject as { timeZone?: unknown }).timeZone;
    expect(readerTimeZone(event)).toBe("UTC");
  });
});

describe("parseTagEdits", () => {
  it("splits on commas and spaces; a minus removes, a plus or nothing adds", () => {
    expect(parseTagEdits("billing, VIP -spam +refund")).toEqual({
      add: ["billing", "vip", "refund"],
      remove: ["spam"],
    });
  });

  it("drops duplicates and never both adds and removes a tag", () => {
    expect(parseTagEdits("vip vip -vip ,, -")).toEqual({ add: [], remove: ["vip"] });
  });
});
