/**
 * Members pasted as CSV in the dashboard's setup (issue 15): `email,name,role` per line, a header
 * line optional, fields quoted as RFC 4180 has them ("Lima, Ana"), blank lines ignored. Pure: the
 * dashboard previews what this returns and sends only `rows`; every refused line is a sentence that
 * names its line number, so the admin fixes the paste rather than guessing. Each row is checked with
 * the API's own schema (memberImportRowSchema), so nothing refused here would pass there, and back.
 */
import { describeIssue } from "../api/describe-issue";
import { memberImportRowSchema } from "../api/setup";
import { SETUP_LIMITS } from "../limits/setup";
import type { Role } from "../permissions";

export interface MemberCsvRow {
  /** 1-based line of the paste the row came from. */
  line: number;
  email: string;
  name: string;
  role: Role;
}

export interface MemberCsvProblem {
  line: number;
  message: string;
}

export interface MemberCsvResult {
  rows: MemberCsvRow[];
  problems: MemberCsvProblem[];
  /** A problem with the paste as a whole (too many rows): no row is offered then. */
  refusal: string | null;
}

/** The CSV as records of fields, each with the line it starts on. Quotes may hold commas and newlines. */
export function splitCsv(text: string): Array<{ line: number; fields: string[] }> {
  const records: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let touched = false;
  const end = () => {
    fields.push(field);
    if (touched || fields.length > 1 || field.trim() !== "") records.push({ line: start, fields });
    fields = [];
    field = "";
    touched = false;
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line += 1;
        field += c;
      }
      continue;
    }
    if (c === '"' && field.trim() === "") {
      field = "";
      quoted = true;
      touched = true;
    } else if (c === ",") {
      fields.push(field);
      field = "";
      touched = true;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i += 1;
      end();
      line += 1;
      start = line;
    } else field += c;
  }
  end();
  return records;
}

const HEADER = ["email", "name", "role"];

function isHeader(fields: readonly string[]): boolean {
  return fields.length === 3 && fields.every((f, i) => f.trim().toLowerCase() === HEADER[i]);
}

/** Too many rows: the sentence the dashboard shows (SETUP_LIMITS.memberCsvRows). */
export function tooManyRowsSentence(limit: number = SETUP_LIMITS.memberCsvRows.value): string {
  return `This CSV has more than ${limit} rows; split it, or check it is the right file.`;
}

/**
 * The rows to import and a sentence per refused line. A duplicate address (any case) keeps its first
 * line and refuses the later ones, naming the first.
 */
export function parseMemberCsv(
  text: string,
  limit: number = SETUP_LIMITS.memberCsvRows.value,
): MemberCsvResult {
  const records = splitCsv(text.replace(/^\uFEFF/, ""));
  const body = records[0] !== undefined && isHeader(records[0].fields) ? records.slice(1) : records;
  if (body.length > limit) return { rows: [], problems: [], refusal: tooManyRowsSentence(limit) };
  const rows: MemberCsvRow[] = [];
  const problems: MemberCsvProblem[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, fields } of body) {
    if (fields.length !== 3) {
      problems.push({
        line,
        message: `Line ${line}: expected 3 fields (email, name, role), found ${fields.length}.`,
      });
      continue;
    }
    const [email = "", name = "", role = ""] = fields;
    const parsed = memberImportRowSchema.safeParse(
      { email, name, role: role.trim().toLowerCase() },
      { error: describeIssue },
    );
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? "row");
      const detail =
        field === "role"
          ? `"${role.trim()}" is not a role (admin, lead, agent or viewer)`
          : field === "email"
            ? `"${email.trim()}" is not an email address`
            : `name ${issue?.message ?? "is invalid"}`;
      problems.push({ line, message: `Line ${line}: ${detail}.` });
      continue;
    }
    const seen = firstLine.get(parsed.data.email);
    if (seen !== undefined) {
      problems.push({
        line,
        message: `Line ${line}: ${parsed.data.email} is already on line ${seen}; only that line is imported.`,
      });
      continue;
    }
    firstLine.set(parsed.data.email, line);
    rows.push({ line, ...parsed.data });
  }
  return { rows, problems, refusal: null };
}

/** Rows in requests of at most `size` (SETUP_LIMITS.memberImportBatch), in order. */
export function batchesOf<T>(rows: readonly T[], size: number = SETUP_LIMITS.memberImportBatch.value): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
