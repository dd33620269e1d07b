/**
 * Finds words the Gmail add-on writes itself instead of reading them from the catalogue: the
 * CardService-builder equivalent of shared/src/i18n/literal-check.ts (which reads JSX). Reported:
 * - string literals and template text with a letter given to a CardService text setter (setText,
 *   setTitle, setHeader...) or to a card-model text field (text, title, label, hint, notification...),
 *   through any conditional, concatenation or helper call (fitText("...")) on the way;
 * - anywhere else, a literal that reads as prose (two words, or a capitalised sentence).
 * Catalogue keys ("gmail.claim") and what is passed to `t`/`maybe` are lookups, not words. A line can
 * opt out with `i18n-exempt` in a comment on it (a brand or a sample value).
 */
import ts from "typescript";

/** CardService setters whose argument a reader sees (setFieldName and setFunctionName are ids). */
export const TEXT_SETTERS = new Set([
  "setText",
  "setTitle",
  "setSubtitle",
  "setHeader",
  "setLabel",
  "setTopLabel",
  "setBottomLabel",
  "setHint",
  "setContent",
  "addItem",
]);

/** Card-model fields (cards/model.ts) and handler results whose value a reader sees. */
export const TEXT_FIELDS = new Set([
  "text",
  "title",
  "subtitle",
  "header",
  "label",
  "topLabel",
  "bottomLabel",
  "hint",
  "notification",
  "notice",
  "message",
  "invalid",
]);

const LETTER = /\p{L}/u;
const PROSE = /\p{L}\s+\p{L}|^\p{Lu}.*\p{L}[.!?]$/u;
const KEY = /^(gmail|view|errors)\.[A-Za-z0-9_.]+$/;
/** Markup and style sheets (the card renderers' own HTML and CSS), not words. */
const MARKUP = /^\s*[<.[]/;

export interface CardWord {
  line: number;
  text: string;
}

function isLookup(call: ts.CallExpression): boolean {
  const callee = call.expression;
  return ts.isPropertyAccessExpression(callee) && ["t", "maybe"].includes(callee.name.text);
}

/** The literal words an expression would show, following conditionals, `+`, `??` and helper calls. */
function wordsIn(expression: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression))
    return LETTER.test(expression.text) && !KEY.test(expression.text) ? [expression] : [];
  if (ts.isTemplateExpression(expression)) {
    const parts = [expression.head.text, ...expression.templateSpans.map((span) => span.literal.text)];
    const own = parts.some((part) => LETTER.test(part)) ? [expression] : [];
    return [...own, ...expression.templateSpans.flatMap((span) => wordsIn(span.expression))];
  }
  if (ts.isConditionalExpression(expression))
    return [...wordsIn(expression.whenTrue), ...wordsIn(expression.whenFalse)];
  if (ts.isBinaryExpression(expression)) return [...wordsIn(expression.left), ...wordsIn(expression.right)];
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression))
    return wordsIn(expression.expression);
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.flatMap((e) => wordsIn(e));
  if (ts.isCallExpression(expression) && !isLookup(expression))
    return expression.arguments.flatMap((argument) => wordsIn(argument));
  return [];
}

function insideLookupOrImport(node: ts.Node): boolean {
  const found = ts.findAncestor(
    node.parent,
    (parent) =>
      (ts.isCallExpression(parent) && isLookup(parent)) ||
      ts.isImportDeclaration(parent) ||
      ts.isExportDeclaration(parent),
  );
  return found !== undefined;
}

export function cardWords(fileName: string, source: string): CardWord[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = source.split("\n");
  const seen = new Set<ts.Node>();
  const found: CardWord[] = [];
  const report = (node: ts.Node) => {
    if (seen.has(node)) return;
    seen.add(node);
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
    if (lines[line]?.includes("i18n-exempt") === true) return;
    found.push({ line: line + 1, text: node.getText(file) });
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      if (TEXT_SETTERS.has(node.expression.name.text))
        node.arguments
          .slice(0, 1)
          .flatMap((argument) => wordsIn(argument))
          .forEach(report);
    }
    if (ts.isPropertyAssignment(node) && TEXT_FIELDS.has(node.name.getText(file)))
      wordsIn(node.initializer).forEach(report);
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      PROSE.test(node.text) &&
      !KEY.test(node.text) &&
      !MARKUP.test(node.text) &&
      !insideLookupOrImport(node)
    )
      report(node);
    if (ts.isTemplateExpression(node) && !insideLookupOrImport(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      if (!MARKUP.test(node.head.text) && parts.some((part) => PROSE.test(part))) report(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found.sort((a, b) => a.line - b.line);
}
