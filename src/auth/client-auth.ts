import type { JWTPayload } from 'jose';
import { type ApiKey, createApiKeyVerifier } from './api-keys.js';
import { createJwtVerifier, type JwtVerifierOptions } from './jwt.js';
import { AuthRefusal } from './refusal.js';
import { anonymousCaller, type Caller, isScope, type Scope } from './scopes.js';

/**
 * Who a request comes from: a bearer JWT, an API key, or — with client authentication off —
 * anyone, with every scope. Rejects with `AuthRefusal` saying what was wrong. With client
 * authentication off the answer is the caller itself, not a promise, so that the request goes on
 * without waiting a turn of the event loop.
 */
export type ClientAuthenticator = (headers: Headers) => Caller | Promise<Caller>;

export interface ClientAuthOptions {
  /** False with `AUTH=none`, or in development with neither JWKS nor API keys configured. */
  required: boolean;
  jwt?: JwtVerifierOptions;
  apiKeys?: readonly ApiKey[];
  /** `AUTH_ENNEO_PROFILE_CLAIM`: the JWT claim with the caller's enneo profile id. */
  enneoProfileClaim?: string;
}

const BEARER = /^Bearer +([A-Za-z0-9._~+/=-]+)$/i;
/** What an enneo profile id may look like before it is put in a header. */
const PROFILE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function createClientAuthenticator(options: ClientAuthOptions): ClientAuthenticator {
  if (!options.required) {
    const anonymous = anonymousCaller();
    return () => anonymous;
  }
  const verifyJwt = options.jwt && createJwtVerifier(options.jwt);
  const findApiKey = options.apiKeys && createApiKeyVerifier(options.apiKeys);
  const accepted = [verifyJwt && '`Authorization: Bearer <JWT>`', findApiKey && '`X-Api-Key: <key>`']
    .filter(Boolean)
    .join(' or ');

  return async (headers) => {
    const authorization = headers.get('authorization');
    const apiKey = headers.get('x-api-key');
    if (authorization !== null && apiKey !== null) {
      throw new AuthRefusal('send one credential, either an Authorization header or X-Api-Key, not both', 'invalid_request');
    }
    if (apiKey !== null) {
      if (!findApiKey) throw new AuthRefusal(`API keys are not accepted here; send ${accepted}`, 'invalid_request');
      const key = findApiKey(apiKey);
      if (!key) throw new AuthRefusal('the API key in X-Api-Key is not known', 'invalid_token');
      return { kind: 'api-key', name: key.name, scopes: new Set(key.scopes) };
    }
    if (authorization !== null) {
      const token = BEARER.exec(authorization.trim())?.[1];
      if (token === undefined) throw new AuthRefusal('the Authorization header must be `Bearer <JWT>`', 'invalid_request');
      if (!verifyJwt) throw new AuthRefusal(`bearer tokens are not accepted here; send ${accepted}`, 'invalid_request');
      const payload = await verifyJwt(token);
      return callerOfJwt(payload, options.enneoProfileClaim);
    }
    throw new AuthRefusal(`this gateway needs credentials: send ${accepted}`);
  };
}

/** Scopes from `scope` (space-separated, RFC 8693) or `scp` (array or string); unknown ones are ignored. */
export function scopesOfJwt(payload: JWTPayload): Set<Scope> {
  const raw = [payload.scope, payload.scp].flatMap((value) =>
    typeof value === 'string' ? value.split(' ') : Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [],
  );
  return new Set(raw.filter(isScope));
}

function callerOfJwt(payload: JWTPayload, profileClaim: string | undefined): Caller {
  const caller: Caller = {
    kind: 'jwt',
    name: typeof payload.sub === 'string' ? payload.sub : 'jwt',
    scopes: scopesOfJwt(payload),
  };
  const profile = profileClaim === undefined ? undefined : payload[profileClaim];
  const profileId = typeof profile === 'number' && Number.isSafeInteger(profile) ? String(profile) : profile;
  if (typeof profileId === 'string' && PROFILE_ID.test(profileId)) caller.enneoProfileId = profileId;
  return caller;
}
