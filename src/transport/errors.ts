/**
 * The one error type the upstream layer throws. Resolvers let it travel up; `gateway.ts` turns it
 * into a GraphQL error with `extensions: { code, source, status }` on the field it backs.
 * Messages are written by us, never copied from an upstream body, so no token, query secret or
 * raw upstream text can reach a client.
 */

import type { Source } from '../sources/source.js';

export const SOURCE_LABEL: Record<Source, string> = {
  ENNEO: 'enneo',
  SOCIALBOARDS: 'Socialboards',
  TRACKER: 'Yandex Tracker',
};

/** The variables that switch each source on, named by SOURCE_NOT_CONFIGURED. */
const SOURCE_VARIABLES: Record<Source, string> = {
  ENNEO: 'ENNEO_URL and ENNEO_TOKEN',
  SOCIALBOARDS: 'SOCIALBOARDS_TOKEN, or SOCIALBOARDS_CLIENT_ID and SOCIALBOARDS_REFRESH_TOKEN',
  TRACKER: 'TRACKER_TOKEN and TRACKER_ORG_ID or TRACKER_CLOUD_ORG_ID',
};

export type UpstreamErrorCode =
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_UNAUTHORIZED'
  | 'UPSTREAM_RATE_LIMITED'
  | 'UPSTREAM_BAD_RESPONSE'
  | 'SOURCE_NOT_CONFIGURED';

export interface UpstreamErrorOptions {
  code: UpstreamErrorCode;
  source: Source;
  /** Upstream HTTP status; 0 when no response arrived (network failure, timeout, not configured). */
  status: number;
  message: string;
  cause?: unknown;
}

export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  readonly code: UpstreamErrorCode;
  readonly source: Source;
  readonly status: number;

  constructor(options: UpstreamErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.source = options.source;
    this.status = options.status;
  }

  /**
   * Builds the error for a non-success HTTP answer. `what` names the request without secrets,
   * e.g. `GET /ticket/{id}/worklog`.
   */
  static fromResponse(source: Source, status: number, what: string, attempts = 1): UpstreamError {
    const label = SOURCE_LABEL[source];
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    if (status === 401 || status === 403) {
      return new UpstreamError({
        code: 'UPSTREAM_UNAUTHORIZED',
        source,
        status,
        message:
          status === 401
            ? `${label} rejected the gateway's credentials (HTTP 401) for ${what}`
            : `${label} denied access (HTTP 403) for ${what}: the configured credentials lack permission`,
      });
    }
    if (status === 429) {
      return new UpstreamError({
        code: 'UPSTREAM_RATE_LIMITED',
        source,
        status,
        message: `${label} is rate limiting the gateway (HTTP 429) for ${what}${tries}`,
      });
    }
    if (status >= 500) {
      return new UpstreamError({
        code: 'UPSTREAM_UNAVAILABLE',
        source,
        status,
        message: `${label} failed (HTTP ${status}) for ${what}${tries}`,
      });
    }
    return new UpstreamError({
      code: 'UPSTREAM_BAD_RESPONSE',
      source,
      status,
      message: `${label} answered HTTP ${status} for ${what}, which the gateway did not expect`,
    });
  }

  /** The source answered 2xx with something that is not the documented shape. */
  static badResponse(source: Source, what: string, detail: string, status = 200): UpstreamError {
    return new UpstreamError({
      code: 'UPSTREAM_BAD_RESPONSE',
      source,
      status,
      message: `${SOURCE_LABEL[source]} sent an unexpected response for ${what}: ${detail}`,
    });
  }

  /** `UPSTREAM_CREDENTIALS=forward` and the request carried no usable token for the source. */
  static credentialsMissing(source: Source, header: string, problem: 'missing' | 'malformed'): UpstreamError {
    return new UpstreamError({
      code: 'UPSTREAM_UNAUTHORIZED',
      source,
      status: 0,
      message:
        problem === 'missing'
          ? `${SOURCE_LABEL[source]} needs the caller's own token: send it in the ${header} header`
          : `the ${header} header must hold the ${SOURCE_LABEL[source]} token alone (no scheme, spaces or control characters)`,
    });
  }

  /** The one answer for a source without configuration, wherever it is asked for. */
  static notConfigured(source: Source): UpstreamError {
    return new UpstreamError({
      code: 'SOURCE_NOT_CONFIGURED',
      source,
      status: 0,
      message: `${SOURCE_LABEL[source]} is not configured on this gateway (set ${SOURCE_VARIABLES[source]})`,
    });
  }
}

/** The client of a configured source; SOURCE_NOT_CONFIGURED when the source has none. */
export function requireClient<T>(client: T | undefined, source: Source): T {
  if (client === undefined) throw UpstreamError.notConfigured(source);
  return client;
}

export function isUpstreamError(value: unknown): value is UpstreamError {
  return value instanceof UpstreamError;
}
