/**
 * Finds words the view writes outside the catalogue (issue 18): every string literal and template
 * text in a view file that has a letter in it, less what a reader never sees. Not read: import
 * paths, literal types, the operands of a comparison or a `case` (ids such as "snoozed"), quoted
 * property names and element-access keys, catalogue keys ("view.justNow"), snake_case ids, and lines that say
 * `i18n-exempt` in a comment. `allowed`: the few other non-reader strings (Intl options, tone ids).
 */
import ts from "typescript";

export interface ViewLiteral {
  line: number;
  text: string;
}

const LETTER = /\p{L}/u;
/** "view.justNow", "errors.notFound": a key handed to a translator, not a sentence. */
const KEY = /^[a-z]+\.[A-Za-z0-9]+$/;
/** "release_own", "due_after_close": snake_case is an id (a permission, a state), never prose. */
const SNAKE_ID = /^[a-z0-9]+(?:_[a-z0-9]+)+$/;
const COMPARISON = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.InKeyword,
]);

function notRead(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
  if (ts.isImportTypeNode(parent.parent) || ts.isLiteralTypeNode(parent)) return true;
  if (ts.isBinaryExpression(parent) && COMPARISON.has(parent.operatorToken.kind)) return true;
  if (ts.isCaseClause(parent)) return true;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return true;
  return false;
}

export function viewLiterals(fileName: string, source: string, allowed: ReadonlySet<string>): ViewLiteral[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = source.split("\n");
  const found: ViewLiteral[] = [];
  const check = (node: ts.Node, text: string) => {
    if (!LETTER.test(text) || KEY.test(text) || SNAKE_ID.test(text) || allowed.has(text) || notRead(node))
      return;
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
    if (lines[line]?.includes("i18n-exempt") === true) return;
    found.push({ line: line + 1, text });
  };
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) check(node, node.text);
    if (ts.isTemplateExpression(node)) {
      check(node, node.head.text);
      for (const span of node.templateSpans) check(node, span.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
