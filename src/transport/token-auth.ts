import { UpstreamError } from './errors.js';
import type { Source } from '../sources/source.js';
import type { Authenticator } from './http.js';

/** What a token may look like in a header: no scheme, no whitespace, no control characters. */
const TOKEN = /^[\x21-\x7e]+$/;

/**
 * A token as `Authorization: <scheme> <token>`. A forwarded one that is missing or malformed fails
 * each call with UPSTREAM_UNAUTHORIZED naming its header (configured tokens were checked at start-up).
 */
export function tokenAuth(source: Source, header: string, token: string | undefined, scheme: string): Authenticator {
  if (token === undefined) return { headers: () => Promise.reject(UpstreamError.credentialsMissing(source, header, 'missing')) };
  if (!TOKEN.test(token)) return { headers: () => Promise.reject(UpstreamError.credentialsMissing(source, header, 'malformed')) };
  const authorization = `${scheme} ${token}`;
  return { headers: () => ({ authorization }) };
}
