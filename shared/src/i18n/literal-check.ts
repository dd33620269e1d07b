/**
 * Finds words written straight into components, which the catalogues should have supplied: JSX text
 * with a letter in it, and the string attributes a reader hears or sees (aria-label, title,
 * placeholder, alt, label). Used by hard-coded.test.ts over every surface that has moved to the
 * catalogues; a line can opt out with `i18n-exempt` in a comment on it (brand names, sample values).
 */
import ts from "typescript";

export const READ_ATTRIBUTES = new Set([
  "aria-label",
  "title",
  "placeholder",
  "alt",
  "label",
  "aria-description",
]);

export interface Literal {
  line: number;
  text: string;
}

const LETTER = /\p{L}/u;

export function hardCodedLiterals(fileName: string, source: string): Literal[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const lines = source.split("\n");
  const found: Literal[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
    if (lines[line]?.includes("i18n-exempt") === true) return;
    found.push({ line: line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file))) {
      const value = node.initializer;
      if (value !== undefined && ts.isStringLiteral(value) && LETTER.test(value.text))
        report(node, value.text);
      if (
        value !== undefined &&
        ts.isJsxExpression(value) &&
        value.expression !== undefined &&
        (ts.isStringLiteral(value.expression) || ts.isNoSubstitutionTemplateLiteral(value.expression)) &&
        LETTER.test(value.expression.text)
      ) {
        report(node, value.expression.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
