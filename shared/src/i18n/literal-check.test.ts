import { hardCodedLiterals } from "./literal-check";

describe("hardCodedLiterals", () => {
  it("finds JSX text and the attributes a reader hears", () => {
    const source = [
      "export const A = () => (",
      '  <p title="Hello there" class="x" data-testid="y">',
      "    Hello world {t('pane.claim')}",
      "    <input aria-label={'Search'} placeholder={`Type`} />",
      "  </p>",
      ");",
    ].join("\n");
    expect(hardCodedLiterals("a.tsx", source)).toEqual([
      { line: 2, text: "Hello there" },
      { line: 3, text: "Hello world" },
      { line: 4, text: "Search" },
      { line: 4, text: "Type" },
    ]);
  });

  it("lets punctuation, numbers and exempted lines through", () => {
    const source = [
      "export const B = () => (",
      "  <p>",
      "    {a} · {b} — 42",
      "    <span>Baton</span> {/* i18n-exempt: the product's name */}",
      "  </p>",
      ");",
    ].join("\n");
    expect(hardCodedLiterals("b.tsx", source)).toEqual([]);
  });
});
