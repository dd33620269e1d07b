import { isFileBody } from "../metrics/handlers";
import type { ApiReply } from "./types";

/** The slice of express' response the API writes. */
export interface ResponseLike {
  set(name: string, value: string): this;
  status(code: number): this;
  type(contentType: string): this;
  json(body: unknown): unknown;
  send(body: string): unknown;
}

/**
 * Writes a reply: its status, its headers (Retry-After on a 429, exposed so a browser client on
 * another origin can read it), and its body, JSON or a file.
 */
export function sendReply(res: ResponseLike, reply: ApiReply): void {
  const exposed: string[] = [];
  for (const [name, value] of Object.entries(reply.headers ?? {})) {
    res.set(name, value);
    exposed.push(name);
  }
  // The CSV export is a file, not JSON (issue 7); the dashboard reads its name across origins.
  if (reply.status === 200 && isFileBody(reply.body)) {
    for (const [name, value] of Object.entries(reply.body.headers ?? {})) {
      res.set(name, value);
      exposed.push(name);
    }
    res.type(reply.body.contentType);
    res.set("Content-Disposition", `attachment; filename="${reply.body.filename}"`);
    res.set("Access-Control-Expose-Headers", [...exposed, "Content-Disposition"].join(", "));
    res.send(reply.body.text);
    return;
  }
  if (exposed.length > 0) res.set("Access-Control-Expose-Headers", exposed.join(", "));
  res.status(reply.status).json(reply.body);
}
