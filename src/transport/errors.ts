/**
 * The one error type the upstream layer throws, and its one factory: every upstream error is made
 * by a static method below, which words the message (the source named by its label, see
 * `SourceIdentity`). Resolvers let it travel up; `gateway.ts` turns it into a GraphQL error with
 * `extensions: { code, source, status }` on the field it backs. Messages are written by us, never
 * copied from an upstream body, so no token, query secret or raw upstream text can reach a client.
 */

import { type Source, sourceLabel, sourceVariables } from '../sources/source.js';

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
    const label = sourceLabel(source);
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
      message: `${sourceLabel(source)} sent an unexpected response for ${what}: ${detail}`,
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
          ? `${sourceLabel(source)} needs the caller's own token: send it in the ${header} header`
          : `the ${header} header must hold the ${sourceLabel(source)} token alone (no scheme, spaces or control characters)`,
    });
  }

  /** No answer within `within` ("in time after 3 attempts", "within the request's time budget …"). */
  static timedOut(source: Source, route: string, within: string, cause?: unknown): UpstreamError {
    return new UpstreamError({
      code: 'UPSTREAM_TIMEOUT',
      source,
      status: 0,
      message: `${sourceLabel(source)} did not answer ${route} ${within}`,
      cause,
    });
  }

  /** No connection, or it broke before an answer; `detail` as " after 3 attempts (ECONNREFUSED)". */
  static unreachable(source: Source, route: string, detail: string, cause?: unknown): UpstreamError {
    return new UpstreamError({
      code: 'UPSTREAM_UNAVAILABLE',
      source,
      status: 0,
      message: `${sourceLabel(source)} could not be reached for ${route}${detail}`,
      cause,
    });
  }

  /**
   * The source answered with its own error code in the body (a Socialboards envelope): the HTTP
   * status decides the code, the message names the numeric code and never the source's error text.
   */
  static reportedError(source: Source, status: number, route: string, errorCode: number): UpstreamError {
    return new UpstreamError({
      code: status === 401 || status === 403 ? 'UPSTREAM_UNAUTHORIZED' : 'UPSTREAM_BAD_RESPONSE',
      source,
      status,
      message: `${sourceLabel(source)} reported error code ${errorCode} (HTTP ${status}) for ${route}`,
    });
  }

  /** The source refused a credential the gateway was configured with; `check` names what to fix. */
  static credentialRefused(
    source: Source,
    status: number,
    route: string,
    what: { credential: string; reason: string; check: string },
  ): UpstreamError {
    return new UpstreamError({
      code: 'UPSTREAM_UNAUTHORIZED',
      source,
      status,
      message: `${sourceLabel(source)} rejected the ${what.credential} (HTTP ${status}${what.reason}) for ${route}: check ${what.check}`,
    });
  }

  /** The source contradicts itself: it served an entry of a ticket it now says does not exist. */
  static ticketVanished(source: Source, key: string): UpstreamError {
    return new UpstreamError({
      code: 'UPSTREAM_BAD_RESPONSE',
      source,
      status: 404,
      message: `${sourceLabel(source)} served an entry of ticket ${key}, but says the ticket does not exist`,
    });
  }

  /** The one answer for a source without configuration, wherever it is asked for. */
  static notConfigured(source: Source): UpstreamError {
    return new UpstreamError({
      code: 'SOURCE_NOT_CONFIGURED',
      source,
      status: 0,
      message: `${sourceLabel(source)} is not configured on this gateway (set ${sourceVariables(source)})`,
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
