import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';
import { AuthRefusal } from './refusal.js';

/**
 * Bearer JWTs verified with `jose` against the identity provider's JWKS: RS256 and ES256 only (so
 * `alg: none` and HMAC tokens — including one "signed" with the public key — are refused), `exp`
 * and `nbf` with 60 s of clock skew, `iss` always, `aud` when configured. The key set is cached;
 * a token with an unknown `kid` refetches it, at most once per cool-down.
 */

export interface JwtVerifierOptions {
  /** `AUTH_JWKS_URL` */
  jwksUrl: string;
  /** `AUTH_ISSUER` */
  issuer: string;
  /** `AUTH_AUDIENCE`; unset: `aud` is not checked. */
  audience?: string;
  /** Time a JWKS fetch may take. Default 5000 ms. */
  fetchTimeoutMs?: number;
  /** Least time between two JWKS fetches (an unknown `kid` refetches only after it). Default 30000 ms. */
  cooldownMs?: number;
  /** Longest a fetched key set is used before it is fetched again. Default 10 minutes. */
  cacheMaxAgeMs?: number;
}

export const JWT_ALGORITHMS = ['RS256', 'ES256'];
/** Clock skew tolerated on `exp` and `nbf`, in seconds. */
export const CLOCK_SKEW_SECONDS = 60;

export type JwtVerifier = (token: string) => Promise<JWTPayload>;

export function createJwtVerifier(options: JwtVerifierOptions): JwtVerifier {
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl), {
    timeoutDuration: options.fetchTimeoutMs ?? 5_000,
    cooldownDuration: options.cooldownMs ?? 30_000,
    cacheMaxAge: options.cacheMaxAgeMs ?? 600_000,
  });
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, jwks, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: JWT_ALGORITHMS,
        clockTolerance: CLOCK_SKEW_SECONDS,
      });
      return payload;
    } catch (error) {
      throw refusalOf(error, options);
    }
  };
}

/** What was wrong with a token, in words a caller can act on; never the token itself. */
function refusalOf(error: unknown, options: JwtVerifierOptions): AuthRefusal {
  const invalid = (message: string) => new AuthRefusal(message, 'invalid_token');
  if (error instanceof errors.JWTExpired) return invalid('the bearer token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'iss':
        return invalid(`the bearer token was not issued by ${options.issuer}`);
      case 'aud':
        return invalid(`the bearer token is not meant for this audience (${options.audience})`);
      case 'nbf':
        return invalid('the bearer token is not valid yet (nbf is in the future)');
      default:
        return invalid(`the bearer token's "${error.claim}" claim is not acceptable (${error.reason})`);
    }
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return invalid(
      `the bearer token's signing algorithm is not accepted; tokens must be signed with ${JWT_ALGORITHMS.join(' or ')}`,
    );
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return invalid('the bearer token was signed with a key the identity provider does not publish (unknown kid)');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return invalid("the bearer token's signature is not valid");
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return invalid('the bearer token is not a well-formed signed JWT');
  }
  if (error instanceof errors.JWKSTimeout) {
    return invalid('the bearer token could not be verified: the key set at AUTH_JWKS_URL did not answer in time');
  }
  // A key set that cannot be fetched or read (network error, non-200, not a JWKS).
  return invalid('the bearer token could not be verified: the key set at AUTH_JWKS_URL is unavailable');
}
