import { isFileBody } from "./handlers";

// Who may read metrics, export and rebuild is declared in the route table and checked by the API's
// middleware: backend/src/http/authorize.test.ts covers the refusals.
describe("metrics handlers", () => {
  it("recognise a file body", () => {
    expect(isFileBody({ contentType: "text/csv", filename: "a.csv", text: "a\r\n" })).toBe(true);
    expect(isFileBody({ summary: {} })).toBe(false);
  });
});
