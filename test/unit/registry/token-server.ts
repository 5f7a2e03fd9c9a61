/**
 * A registry that wants anonymous Bearer tokens, for the tests: a 127.0.0.1 server that answers
 * `/v2/…` with 401 and a `WWW-Authenticate: Bearer realm=…,service=…,scope=…` challenge unless the
 * request carries the token its `/token` endpoint hands out, and then proxies to the real registry.
 * It counts token requests, so a test can see tokens being reused.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export class TokenRegistry {
  tokenRequests = 0;
  /** The query of the last token request (`service`, `scope`). */
  lastTokenQuery: URLSearchParams | undefined;

  private constructor(
    private readonly server: Server,
    readonly host: string,
  ) {}

  /** `upstream`: the real registry's base URL; `token`: the one token accepted. */
  static async start(upstream: string, token: string, options: { realmPath?: string } = {}): Promise<TokenRegistry> {
    const holder: { registry?: TokenRegistry } = {};
    const server = createServer((req, res) => void holder.registry?.handle(req, res, upstream, token, options.realmPath ?? '/token'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const registry = new TokenRegistry(server, `127.0.0.1:${(server.address() as AddressInfo).port}`);
    holder.registry = registry;
    return registry;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse, upstream: string, token: string, realmPath: string): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${this.host}`);
    if (url.pathname === '/token') {
      this.tokenRequests++;
      this.lastTokenQuery = url.searchParams;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ token, expires_in: 300 }));
      return;
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      const repository = /^\/v2\/(.+?)\/(?:manifests|blobs)\//.exec(url.pathname)?.[1] ?? '';
      res.writeHead(401, {
        'Content-Type': 'application/json',
        'WWW-Authenticate': `Bearer realm="http://${this.host}${realmPath}",service="drydock-test",scope="repository:${repository}:pull"`,
      });
      res.end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      return;
    }
    const response = await fetch(`${upstream}${url.pathname}${url.search}`, {
      method: req.method ?? 'GET',
      headers: { Accept: req.headers.accept ?? '*/*' },
    });
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'docker-content-digest', 'content-length']) {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    res.writeHead(response.status, headers);
    res.end(req.method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer()));
  }
}
