/** A webhook receiver on loopback (node:http) that records requests and answers scripted statuses. */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** Epoch ms when the request was complete (benchmarks measure delivery delay with it). */
  at: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  close: () => Promise<void>;
}

/** Answers `statuses[i]` to the i-th request, then the last one for every later request. */
export async function startReceiver(statuses: number[]): Promise<Receiver> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() });
      const status = statuses[Math.min(received.length, statuses.length) - 1] ?? 200;
      res.writeHead(status, { "Content-Type": "text/plain", Connection: "close" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
