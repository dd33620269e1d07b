/**
 * Finds error sites that write a sentence instead of naming an errors-catalogue key: calls of
 * domainError(code, …) and fail(code, …) whose second argument is a string or template literal other
 * than "errors.<key>". Used by error-sites.test.ts over backend/src and shared/src, so a new error
 * cannot bring back an English-only sentence (the type allows only keys; this catches casts and
 * helpers that pass sentences through).
 */
import ts from "typescript";

export interface ErrorSite {
  line: number;
  callee: string;
  text: string;
}

const CALLEES = new Set(["domainError", "fail"]);
const KEY = /^errors\.[A-Za-z0-9_]+$/;

function calleeName(expression: ts.Expression): string | null {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return null;
}

export function unkeyedErrorSites(fileName: string, source: string): ErrorSite[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: ErrorSite[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = calleeName(node.expression);
      const said = node.arguments[1];
      if (callee !== null && CALLEES.has(callee) && said !== undefined) {
        const literal =
          ts.isStringLiteral(said) || ts.isNoSubstitutionTemplateLiteral(said)
            ? !KEY.test(said.text)
            : ts.isTemplateExpression(said) || ts.isBinaryExpression(said);
        if (literal) {
          const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
          found.push({ line, callee, text: said.getText(file) });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
