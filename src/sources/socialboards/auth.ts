import { readFile, rename, writeFile } from 'node:fs/promises';
import { type Clock, systemClock } from '../../clock.js';
import type { SocialboardsConfig } from './config.js';
import type { Logger } from '../../logger.js';
import { SOURCE } from './identity.js';
import { UpstreamError } from '../../transport/errors.js';
import { runWithoutDeadline } from '../../transport/deadline.js';
import { type Authenticator, type HttpClient, parseJson } from '../../transport/http.js';
import { isRecord } from '../../transport/field-readers.js';
import type { TokenErrorWire } from './wire.js';

/**
 * Socialboards credentials as an `Authenticator` for the transport: a static access token
 * (`SOCIALBOARDS_TOKEN`), or access tokens fetched with the refresh token
 * (`SOCIALBOARDS_CLIENT_ID` + `SOCIALBOARDS_REFRESH_TOKEN`) through `POST /token`, kept until
 * shortly before they expire, fetched by one request at a time however many need one, and renewed
 * once after a 401 however many requests got it.
 */

const TOKEN_ROUTE = 'POST /token';
/** Lifetime assumed when the token answer has no `expires_in` (the docs say about an hour). */
const DEFAULT_LIFETIME_SECONDS = 3600;
/** How long before expiry a token is renewed; short-lived tokens are renewed at 90% of their life instead. */
const RENEW_EARLY_MS = 60_000;
/** RFC 6749 §5.2 error codes: named in messages because they are ours to name, not copied text. */
const OAUTH_ERRORS = new Set([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
]);

interface AccessToken {
  value: string;
  /** `clock.now()` after which the token is renewed before use. */
  renewAt: number;
}

/** What the gateway's metrics watch. */
export interface SocialboardsAuthHooks {
  /** After each access-token fetch: `ok`, `refused` (400/401 from `/token`) or `failed` (anything else). */
  onRenewal?(outcome: 'ok' | 'refused' | 'failed'): void;
}

/**
 * The refresh token as the file holds it now: another replica (or a restart) may have rotated it
 * since we read it. Falls back to the one in memory when the file cannot be read.
 */
async function readTokenFile(path: string, fallback: string): Promise<string> {
  try {
    const value = (await readFile(path, 'utf8')).replace(/\r?\n$/, '');
    return value.trim() === '' || /\s/.test(value) ? fallback : value;
  } catch {
    return fallback;
  }
}

/** Replaces the file's content atomically (write beside it, then rename), so no reader sees half a token. */
async function writeTokenFile(path: string, token: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${token}\n`, { mode: 0o600 });
  await rename(temporary, path);
}

const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/**
 * Builds the Socialboards authenticator. `tokenHttp` reaches `POST {SOCIALBOARDS_URL}/token`; it
 * is called with `anonymous: true`, so it may be the ticket client itself or one without auth.
 * `clock` tells when a token is due for renewal. Default: the real clock.
 */
export function createSocialboardsAuth(
  config: SocialboardsConfig,
  tokenHttp: HttpClient,
  logger?: Logger,
  hooks: SocialboardsAuthHooks = {},
  clock: Clock = systemClock,
): Authenticator {
  const { auth } = config;
  // A static token cannot be renewed: its 401 is UPSTREAM_UNAUTHORIZED straight away.
  if (auth.kind === 'token') return { headers: () => bearer(auth.token) };
  // UPSTREAM_CREDENTIALS=forward without configured credentials: only callers' own tokens exist.
  if (auth.kind === 'forwarded') {
    return { headers: () => Promise.reject(UpstreamError.credentialsMissing(SOURCE, 'X-Socialboards-Token', 'missing')) };
  }

  const { clientId } = auth;
  let refreshToken = auth.refreshToken;
  let current: AccessToken | undefined;
  let inflight: Promise<string> | undefined;

  const tokenFile = auth.refreshTokenFile;

  async function fetchToken(): Promise<AccessToken> {
    try {
      const token = await requestToken();
      hooks.onRenewal?.('ok');
      return token;
    } catch (error) {
      hooks.onRenewal?.(error instanceof UpstreamError && error.code === 'UPSTREAM_UNAUTHORIZED' ? 'refused' : 'failed');
      throw error;
    }
  }

  async function requestToken(): Promise<AccessToken> {
    if (tokenFile) refreshToken = await readTokenFile(tokenFile, refreshToken);
    const requestedAt = clock.now();
    const response = await tokenHttp.request({
      method: 'POST',
      route: TOKEN_ROUTE,
      path: '/token',
      form: { grant_type: 'refresh_token', client_id: clientId, refresh_token: refreshToken },
      anonymous: true,
      // A lost answer may have used up a rotating refresh token: never sent twice by the transport.
      idempotent: false,
      passStatuses: [400, 401],
    });
    if (response.status === 400 || response.status === 401) {
      let reason = '';
      try {
        const error = (JSON.parse(response.text) as Partial<TokenErrorWire> | null)?.error;
        if (typeof error === 'string' && OAUTH_ERRORS.has(error)) reason = `, ${error}`;
      } catch {
        // Not JSON: the status says enough.
      }
      logger?.warn(`Socialboards refused the refresh token (HTTP ${response.status}${reason})`);
      throw UpstreamError.credentialRefused(SOURCE, response.status, TOKEN_ROUTE, {
        credential: 'refresh token',
        reason,
        check: 'SOCIALBOARDS_CLIENT_ID and SOCIALBOARDS_REFRESH_TOKEN',
      });
    }
    const body = parseJson(SOURCE, TOKEN_ROUTE, response);
    if (!isRecord(body)) throw UpstreamError.badResponse(SOURCE, TOKEN_ROUTE, 'the token answer is not an object');
    // Field names are UNCONFIRMED upstream: OAuth 2.0's, or their camelCase spelling.
    const value = body.access_token ?? body.accessToken;
    if (typeof value !== 'string' || value.trim() === '') {
      throw UpstreamError.badResponse(SOURCE, TOKEN_ROUTE, 'the token answer has no access token');
    }
    const lifetimeMs = readLifetimeSeconds(body.expires_in ?? body.expiresIn) * 1000;
    const rotated = body.refresh_token ?? body.refreshToken;
    if (typeof rotated === 'string' && rotated.trim() !== '' && rotated !== refreshToken) {
      refreshToken = rotated;
      // The old refresh token is spent: a restart or another replica must find the new one.
      if (tokenFile) {
        await writeTokenFile(tokenFile, rotated).then(
          () => logger?.info('Socialboards rotated the refresh token; written to SOCIALBOARDS_REFRESH_TOKEN_FILE'),
          (error: unknown) =>
            logger?.error(
              `Socialboards rotated the refresh token but SOCIALBOARDS_REFRESH_TOKEN_FILE could not be written (${(error as { code?: string }).code ?? 'error'}); a restart will use the spent token`,
            ),
        );
      }
    }
    logger?.debug(`Socialboards access token obtained, valid for ${Math.round(lifetimeMs / 1000)} s`);
    // Counted from before the request, so a slow answer errs on the early side.
    return { value, renewAt: requestedAt + lifetimeMs - Math.min(RENEW_EARLY_MS, lifetimeMs / 10) };
  }

  /**
   * The one token request in flight; everyone who needs a token meanwhile waits for it. It runs
   * outside the budget of the request that started it (each waiting request bounds its own wait).
   */
  function obtain(): Promise<string> {
    inflight ??= runWithoutDeadline(fetchToken)
      .then((token) => {
        current = token;
        return token.value;
      })
      .finally(() => {
        inflight = undefined;
      });
    return inflight;
  }

  return {
    async headers() {
      // While a renewal runs, the current token is expiring or was refused: wait for the new one.
      if (inflight) return bearer(await inflight);
      if (current && clock.now() < current.renewAt) return bearer(current.value);
      return bearer(await obtain());
    },

    async renew(rejected) {
      // Someone renewed since this request was sent: send it again with the newer token.
      if (current && rejected.authorization !== bearer(current.value).authorization) return true;
      await obtain();
      return true;
    },
  };
}

function readLifetimeSeconds(value: unknown): number {
  if (value === undefined || value === null) return DEFAULT_LIFETIME_SECONDS;
  const seconds = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) {
    throw UpstreamError.badResponse(SOURCE, TOKEN_ROUTE, 'expires_in is not a positive number of seconds');
  }
  return seconds;
}
