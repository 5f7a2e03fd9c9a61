/**
 * The HTTP side of the registry client, on `fetch` alone (so it runs in the browser bundle too):
 * per-request timeouts through an AbortController that also covers reading the body, bodies read
 * with a byte limit (a registry, or something pretending to be one, cannot make us buffer
 * gigabytes), and the anonymous Bearer token flow of the Docker Registry v2 API: a 401 with
 * `WWW-Authenticate: Bearer realm=…,service=…,scope=…` is answered by fetching a pull token from the
 * realm and retrying once. Nothing here throws: every failure is a RegistryError value.
 */

export type RegistryErrorKind =
  'invalid-reference' | 'not-found' | 'unauthorized' | 'timeout' | 'network' | 'too-large' | 'bad-response' | 'http';

export interface RegistryError {
  readonly kind: RegistryErrorKind;
  readonly message: string;
  /** The HTTP status, when a server answered. */
  readonly status?: number;
}

export type RegistryResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: RegistryError };

export function failure<T>(kind: RegistryErrorKind, message: string, status?: number): RegistryResult<T> {
  return { ok: false, error: { kind, message, ...(status !== undefined ? { status } : {}) } };
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface HttpOptions {
  readonly fetch: FetchLike;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly now: () => number;
}

export interface HttpReply {
  readonly status: number;
  readonly headers: Headers;
  /** The body as text (empty for HEAD). */
  readonly body: string;
}

/** `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="…"` → its parameters. */
export function parseChallenge(header: string): { scheme: string; params: Map<string, string> } | undefined {
  const m = /^\s*([A-Za-z]+)\s+(.*)$/s.exec(header);
  if (!m) return undefined;
  const params = new Map<string, string>();
  // key="quoted, with \" escapes" or key=token, separated by commas.
  const re = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*(?:,|$)/g;
  for (const p of (m[2] ?? '').matchAll(re))
    params.set((p[1] ?? '').toLowerCase(), p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? ''));
  return { scheme: (m[1] ?? '').toLowerCase(), params };
}

async function readLimited(response: Response, maxBytes: number): Promise<RegistryResult<string>> {
  const declared = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return failure('too-large', `response of ${declared} bytes exceeds the limit of ${maxBytes}`);
  }
  if (!response.body) return { ok: true, value: '' };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return failure('too-large', `response exceeds the limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, value: new TextDecoder().decode(bytes) };
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    // undici puts the reason (ECONNREFUSED…) in `cause`.
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}

/** One request with its own timeout, body included. */
async function send(url: string, init: RequestInit, options: HttpOptions): Promise<RegistryResult<HttpReply>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await options.fetch(url, { ...init, signal: controller.signal, redirect: 'follow' });
    const body = init.method === 'HEAD' ? ({ ok: true, value: '' } as const) : await readLimited(response, options.maxBytes);
    if (!body.ok) return body;
    return { ok: true, value: { status: response.status, headers: response.headers, body: body.value } };
  } catch (error) {
    if (controller.signal.aborted) return failure('timeout', `no answer from ${new URL(url).host} within ${options.timeoutMs} ms`);
    return failure('network', `cannot reach ${new URL(url).host}: ${describe(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

interface Token {
  readonly value: string;
  readonly expires: number;
}

/**
 * Requests against one registry API with anonymous Bearer tokens, cached per repository until
 * they expire (so a second request for the same repository does not repeat the 401 round trip).
 */
export class RegistryHttp {
  private readonly tokens = new Map<string, Token>();

  constructor(private readonly options: HttpOptions) {}

  async get(
    base: string,
    repository: string,
    path: string,
    accept: string,
    method: 'GET' | 'HEAD' = 'GET',
  ): Promise<RegistryResult<HttpReply>> {
    const url = `${base}${path}`;
    const key = `${base} ${repository}`;
    const cached = this.tokens.get(key);
    const headers: Record<string, string> = { Accept: accept };
    if (cached && cached.expires > this.options.now()) headers['Authorization'] = `Bearer ${cached.value}`;
    const first = await send(url, { method, headers }, this.options);
    if (!first.ok || first.value.status !== 401) return first;
    const challenge = parseChallenge(first.value.headers.get('www-authenticate') ?? '');
    if (challenge?.scheme !== 'bearer')
      return failure(
        'unauthorized',
        `${new URL(url).host} asks for credentials (${challenge?.scheme ?? 'no challenge'}); only anonymous pulls are supported`,
        401,
      );
    const token = await this.fetchToken(base, repository, challenge.params);
    if (!token.ok) return token;
    this.tokens.set(key, token.value);
    if (this.tokens.size > 256) {
      const oldest = this.tokens.keys().next();
      if (!oldest.done) this.tokens.delete(oldest.value);
    }
    const second = await send(url, { method, headers: { ...headers, Authorization: `Bearer ${token.value.value}` } }, this.options);
    if (second.ok && second.value.status === 401)
      return failure('unauthorized', `${new URL(url).host} refused an anonymous pull of ${repository}`, 401);
    return second;
  }

  private async fetchToken(base: string, repository: string, params: ReadonlyMap<string, string>): Promise<RegistryResult<Token>> {
    const realm = params.get('realm');
    let url: URL;
    try {
      url = new URL(realm ?? '');
    } catch {
      return failure('unauthorized', `the registry's token realm ${JSON.stringify(realm ?? '')} is not a URL`, 401);
    }
    // A token server over plain HTTP is accepted only for a registry that is plain HTTP itself
    // (loopback): an HTTPS registry must not send us to fetch tokens in the clear.
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && base.startsWith('http:')))
      return failure('unauthorized', `refusing the token realm ${url.origin} (not HTTPS)`, 401);
    const service = params.get('service');
    if (service !== undefined) url.searchParams.set('service', service);
    url.searchParams.set('scope', params.get('scope') ?? `repository:${repository}:pull`);
    const reply = await send(url.toString(), { method: 'GET', headers: { Accept: 'application/json' } }, this.options);
    if (!reply.ok) return reply;
    if (reply.value.status !== 200) return failure('unauthorized', `the token server answered ${reply.value.status}`, reply.value.status);
    let parsed: unknown;
    try {
      parsed = JSON.parse(reply.value.body);
    } catch {
      return failure('bad-response', 'the token server did not answer JSON');
    }
    const body = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    const value = typeof body['token'] === 'string' ? body['token'] : body['access_token'];
    if (typeof value !== 'string' || value === '') return failure('bad-response', 'the token server answered without a token');
    // Tokens last 60 s unless the server says otherwise (the distribution spec's default); renew early.
    const lifetime = typeof body['expires_in'] === 'number' && body['expires_in'] > 0 ? body['expires_in'] : 60;
    return { ok: true, value: { value, expires: this.options.now() + Math.max(0, lifetime - 5) * 1000 } };
  }
}
