/**
 * The dashboard's HTTP client: the one client built from the route table (@baton/shared/api's
 * fetch transport), so every call is named by its route and typed by the table, with a bearer token
 * on each and failures as the one ApiError whose message is the sentence to show. The CSV export
 * reads the raw answer (`send`) to hand the browser a file.
 */
import {
  createFetchClient,
  EXPORT_NEXT_HEADER,
  type FetchClient,
  type FetchLike,
  type RouteQuery,
} from "@baton/shared/api";

export { ApiError } from "@baton/shared/api";

export interface ApiClient extends FetchClient {
  /** GET /export.csv as a file to save, named as the API names it. */
  download(query: RouteQuery<"exportCsv">): Promise<{ filename: string; blob: Blob }>;
}

const DEFAULT_FILENAME = "baton-export.csv";

export function createApiClient(
  base: string,
  token: () => Promise<string | null>,
  fetchImpl?: FetchLike,
): ApiClient {
  const client = createFetchClient({ baseUrl: base, getToken: token, fetchImpl });
  return {
    ...client,
    async download(query) {
      const response = await client.send("exportCsv", { query });
      const type = response.headers.get("Content-Type") ?? "";
      const disposition = /filename="?([^";]+)"?/.exec(
        response.headers.get("Content-Disposition") ?? "",
      )?.[1];
      // The API may send the file itself, or (before its adapter learns files) JSON carrying it.
      if (!type.includes("application/json")) {
        // The export answers a page at a time: follow its cursor and join the pages under one
        // header line, so the file holds every row of the range.
        const parts: string[] = [await response.text()];
        let next = response.headers.get(EXPORT_NEXT_HEADER);
        while (next !== null && next !== "") {
          const page = await client.send("exportCsv", { query: { ...query, cursor: next } });
          const text = await page.text();
          parts.push(text.slice(text.indexOf("\r\n") + 2));
          next = page.headers.get(EXPORT_NEXT_HEADER);
        }
        const blob = new Blob(parts, { type: type === "" ? "text/csv" : type });
        return { filename: disposition ?? DEFAULT_FILENAME, blob };
      }
      const json = (await response.json()) as { filename?: string; text?: string; contentType?: string };
      return {
        filename: json.filename ?? DEFAULT_FILENAME,
        blob: new Blob([json.text ?? ""], { type: json.contentType ?? "text/csv" }),
      };
    },
  };
}
