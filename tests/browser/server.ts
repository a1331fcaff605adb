/**
 * A minimal static file server for the built site, so browser tests see what a
 * static host serves: optional sub-path prefix and extra headers (e.g. a CSP).
 */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".arrow": "application/vnd.apache.arrow.file",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(
  root: string,
  opts: {
    prefix?: string;
    headers?: Record<string, string>;
    port?: number;
    /** Compress text files for clients that accept gzip, as a real host does. */
    gzip?: boolean;
  } = {},
): Promise<StaticServer> {
  const prefix = opts.prefix ?? "/";
  const zipped = new Map<string, Buffer>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end("not found");
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body: Buffer = await readFile(file);
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      const gzip =
        opts.gzip &&
        /^(text\/|application\/json)/.test(type) &&
        /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      if (gzip) {
        let z = zipped.get(file);
        if (!z) zipped.set(file, (z = gzipSync(body)));
        body = z;
      }
      res.writeHead(200, {
        "content-type": type,
        ...(gzip ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}),
        ...opts.headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise<void>((ok) => server.listen(opts.port ?? 0, "127.0.0.1", ok));
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
