import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, type JWK, type JWTPayload, SignJWT } from 'jose';

/**
 * A real identity provider for client-auth tests: its JWKS served over HTTP on port 0 (with a
 * request counter, for the refetch rules), and signing keys made in the test, so tokens of
 * every kind — valid, expired, from another issuer, with an unknown key — can be minted.
 */

export const ISSUER = 'https://id.example.test/';
export const AUDIENCE = 'ticketlog-gateway';

type Alg = 'RS256' | 'ES256';

export interface SigningKey {
  kid: string;
  alg: Alg;
  privateKey: CryptoKey;
  publicJwk: JWK;
  /** The public key as PEM text (for the "HS256 signed with the public key" attack). */
  publicPem: string;
}

export interface IdentityProvider {
  jwksUrl: string;
  /** GETs of the JWKS so far. */
  fetches: number;
  /** Makes a key; `publish` puts it in the served key set. */
  newKey(alg: Alg, kid: string, publish?: boolean): Promise<SigningKey>;
  /** Serves exactly these keys from now on (rotation). */
  publish(keys: SigningKey[]): void;
  /** A signed token; claims default to a valid one (iss, aud, exp in 5 min, scope). */
  token(
    key: SigningKey,
    claims?: JWTPayload & { scope?: string },
    options?: { exp?: number | string; nbf?: number | string; iss?: string; aud?: string },
  ): Promise<string>;
  close(): Promise<void>;
}

export async function startIdentityProvider(): Promise<IdentityProvider> {
  let published: JWK[] = [];
  const state = { fetches: 0 };
  const server: Server = createServer((req, res) => {
    if (req.url !== '/.well-known/jwks.json') {
      res.writeHead(404).end();
      return;
    }
    state.fetches += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: published }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    get fetches() {
      return state.fetches;
    },
    async newKey(alg, kid, publish = true) {
      const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
      const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
      const key = { kid, alg, privateKey, publicJwk, publicPem: await exportSPKI(publicKey) };
      if (publish) published = [...published, publicJwk];
      return key;
    },
    publish(keys) {
      published = keys.map((k) => k.publicJwk);
    },
    async token(key, claims = {}, options = {}) {
      const jwt = new SignJWT({ scope: 'enneo:read socialboards:read tracker:read reports:read pii:read', ...claims })
        .setProtectedHeader({ alg: key.alg, kid: key.kid })
        .setIssuer(options.iss ?? ISSUER)
        .setAudience(options.aud ?? AUDIENCE)
        .setSubject('agent-ingrid')
        .setIssuedAt()
        .setExpirationTime(options.exp ?? '5m');
      if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
      return jwt.sign(key.privateKey);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
