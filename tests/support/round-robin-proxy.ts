// A small HTTP load balancer for tests, on loopback: each request goes to the next instance in
// turn; when an instance refuses the connection (stopped, or restarting), the request goes to
// the next one, as a load balancer does when nothing was sent yet. A connection that breaks
// after the request was sent is answered 502: the request may or may not have been handled.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type RoundRobinProxy = { url: string; close: () => Promise<void> };

export async function startRoundRobinProxy(backends: string[]): Promise<RoundRobinProxy> {
  let next = 0;
  const forward = (body: Buffer, req: http.IncomingMessage, res: http.ServerResponse, tries: number) => {
    const backend = new URL(backends[next++ % backends.length]);
    const upstream = http.request(
      { host: backend.hostname, port: backend.port, method: req.method, path: req.url, headers: req.headers, agent: false },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on("error", () => res.destroy());
      },
    );
    upstream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ECONNREFUSED" && tries < backends.length * 20) {
        setTimeout(() => forward(body, req, res, tries + 1), tries < backends.length ? 0 : 100);
        return;
      }
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" }).end(`proxy: ${error.code ?? error.message}`);
      else res.destroy();
    });
    upstream.end(body);
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => forward(Buffer.concat(chunks), req, res, 0));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
