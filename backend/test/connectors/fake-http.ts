import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type FakeRoute = (req: {
  method: string;
  url: URL;
  body: unknown;
  headers: IncomingMessage["headers"];
}) => FakeReply | null | Promise<FakeReply | null>;

interface Fault {
  pattern: RegExp;
  times: number;
  reply: FakeReply;
}

/**
 * A loopback HTTP server for provider fakes: routes answer JSON, and scripted faults (throttling,
 * outages) answer the next N matching requests before the route does. Every request is logged.
 */
export class FakeHttpServer {
  readonly log: string[] = [];
  private server: Server | null = null;
  private readonly faults: Fault[] = [];
  private port = 0;

  constructor(private readonly route: FakeRoute) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The next `times` requests whose "METHOD path?query" matches answer `reply` instead. */
  fail(pattern: RegExp, times: number, reply: FakeReply): void {
    this.faults.push({ pattern, times, reply });
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => {
      this.server?.listen(0, "127.0.0.1", resolve);
    });
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server === null) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", this.origin);
    const method = req.method ?? "GET";
    const line = `${method} ${url.pathname}${url.search}`;
    this.log.push(line);
    let reply: FakeReply | null = null;
    const fault = this.faults.find((f) => f.times > 0 && f.pattern.test(line));
    if (fault !== undefined) {
      fault.times--;
      reply = fault.reply;
    } else if (!/^Bearer \S+/.test(req.headers.authorization ?? "")) {
      reply = {
        status: 401,
        body: { error: { code: 401, message: "no bearer token", status: "UNAUTHENTICATED" } },
      };
    } else {
      let body: unknown = undefined;
      try {
        body = text === "" ? undefined : (JSON.parse(text) as unknown);
      } catch {
        body = text;
      }
      reply = (await this.route({ method, url, body, headers: req.headers })) ?? {
        status: 404,
        body: { error: { code: 404, message: `no route ${line}` } },
      };
    }
    const headers = { "content-type": "application/json; charset=utf-8", ...reply.headers };
    res.writeHead(reply.status, headers);
    res.end(
      reply.body === undefined
        ? ""
        : typeof reply.body === "string"
          ? reply.body
          : JSON.stringify(reply.body),
    );
  }
}
