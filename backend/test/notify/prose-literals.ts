/**
 * Finds sentences written straight into notification code, which the notify catalogue should have
 * supplied (issue 18): string and template literals that read as prose once HTML tags and entities
 * are taken out: two words with a space between them, or a capitalised word ("Send", "Owner:").
 * Code tokens (field names, paths, content types, "sent") are single lower-case words and pass, as do
 * module specifiers and what goes to the log (operators read it, not recipients). A line can opt out
 * with `i18n-exempt` in a comment on it (CSS, brand names).
 */
import ts from "typescript";

export interface ProseLiteral {
  line: number;
  text: string;
}

const PROSE = [/\p{L}+[^\S\n]+\p{L}+/u, /^[^\p{L}]*\p{Lu}\p{Ll}+/u];

function readsAsProse(raw: string): boolean {
  // Markup is not prose: whole tags, a tag cut off by an interpolation at either end, entities,
  // and HTTP header names ("Content-Type").
  const text = raw
    .replace(/<[^>]*>/g, " ")
    .replace(/<[^>]*$/, " ")
    .replace(/^[^<>]*"\s*\/?>/, " ")
    .replace(/&[#\w]+;/g, " ")
    .replace(/^[A-Z][a-z]+(-[A-Z][a-z]+)+$/, " ");
  return PROSE.some((pattern) => pattern.test(text));
}

function isLogCall(node: ts.Node): boolean {
  for (let at: ts.Node = node.parent; !ts.isSourceFile(at); at = at.parent) {
    if (ts.isCallExpression(at) && /\b(logger|log|console)\b/.test(at.expression.getText())) return true;
    if (ts.isStatement(at)) return false;
  }
  return false;
}

export function proseLiterals(fileName: string, source: string): ProseLiteral[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = source.split("\n");
  const found: ProseLiteral[] = [];
  const check = (node: ts.Node, text: string) => {
    if (!readsAsProse(text) || isLogCall(node)) return;
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
    if (lines[line]?.includes("i18n-exempt") === true) return;
    found.push({ line: line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) check(node, node.text);
    if (ts.isTemplateExpression(node)) {
      for (const part of [node.head, ...node.templateSpans.map((span) => span.literal)])
        check(part, part.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
