// A throwaway static file server on a free loopback port, with CORS, for fixture tilesets.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const types = { '.json': 'application/json', '.glb': 'model/gltf-binary', '.subtree': 'application/octet-stream' };

/** Serves `dir`; resolves to { url, close() }. */
export function serveDirectory(dir) {
  const root = normalize(dir + sep);
  const server = createServer(async (request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    const headers = { 'access-control-allow-origin': '*' };
    if (!path.startsWith(root)) {
      response.writeHead(403, headers).end();
      return;
    }
    try {
      const body = await readFile(path);
      response.writeHead(200, { ...headers, 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, headers).end();
    }
  });
  return new Promise(resolve => {
    server.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}/`,
      close: () => new Promise(done => server.close(done)),
    }));
  });
}
