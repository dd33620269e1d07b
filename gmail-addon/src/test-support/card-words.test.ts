import { cardWords } from "./card-words";

const words = (source: string) => cardWords("x.ts", source).map((w) => w.text);

describe("cardWords", () => {
  it("finds text given to a CardService setter or a card-model field, through helpers and branches", () => {
    expect(
      words(`
        cs.newTextButton().setText("Claim");
        header.setTitle(\`Note by \${name}\`);
        const w = { kind: "textParagraph", text: fitText(busy ? "Busy" : tr.t("gmail.free"), 10) };
        const u = { notification: "Saved" };
      `),
    ).toEqual(['"Claim"', "`Note by ${name}`", '"Busy"', '"Saved"']);
  });

  it("finds prose anywhere, e.g. a table of toasts", () => {
    expect(words(`const DONE = { claim: "Claimed. It's yours.", release: "Released." };`)).toEqual([
      `"Claimed. It's yours."`,
      '"Released."',
    ]);
  });

  it("lets catalogue lookups, keys, ids, imports and exempt lines through", () => {
    expect(
      words(`
        import { x } from "@baton/shared/view";
        const a = { text: tr.t("gmail.claim", { name: "Ana Smith" }), kind: "decoratedText" };
        const b = { invalid: "gmail.pickStatus", functionName: "onClaim", tone: "muted" };
        input.setFieldName("assignee").setTitle(label);
        const c = { title: "Baton" }; // i18n-exempt: the product's name
        const d = \`\${a} · \${b}\`;
      `),
    ).toEqual([]);
  });
});
