import http from "node:http";
import type { AddressInfo } from "node:net";

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export type LocalServer = {
  port: number;
  /** Paths requested so far, to prove a refused URL was never fetched. */
  hits: string[];
  url: (path: string) => string;
  close: () => Promise<void>;
};

/** An HTTP server on 127.0.0.1 (port 0): tests never reach beyond loopback. */
export async function startLocalServer(routes: Record<string, Route>): Promise<LocalServer> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    const route = routes[new URL(req.url ?? "/", "http://x").pathname];
    if (route) return route(req, res);
    res.writeHead(404, { "content-type": "text/html" }).end("<html><body><p>Not here.</p></body></html>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    hits,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise((resolve) => {
        // Routes that never answer keep their sockets open; end them so close() returns.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const html = (res: http.ServerResponse, body: string, status = 200) =>
  res.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(body);

const PARAGRAPH =
  "The city council approved the new budget on Tuesday after a long debate about school funding, " +
  "road repairs and the cost of the new library, which opponents said had doubled since it was first proposed.";

/** A page Readability recognises as an article (well over its 200-character threshold). */
export const ARTICLE_HTML = `<!doctype html><html lang="en"><head><title>Council passes budget</title></head>
<body><article><h1>Council passes budget</h1><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></body></html>`;
