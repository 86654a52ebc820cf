/** Socialboards' part of the configuration (`SOCIALBOARDS_*`), read through the shared `Reader`. */
import type { Reader } from '../../config-reader.js';

export type SocialboardsAuth =
  /** With `UPSTREAM_CREDENTIALS=forward` and no configured credentials: each request brings its own. */
  | { kind: 'forwarded' }
  | { kind: 'token'; token: string }
  | {
      kind: 'refresh';
      clientId: string;
      refreshToken: string;
      /**
       * `SOCIALBOARDS_REFRESH_TOKEN_FILE`, when the token was given that way: re-read before each
       * renewal and rewritten when Socialboards rotates the token, so a restart or another replica
       * never sends a spent one.
       */
      refreshTokenFile?: string;
    };

export interface SocialboardsConfig {
  /** Default `https://api.socialboards.com`. */
  url: string;
  auth: SocialboardsAuth;
}

/** `SOCIALBOARDS_URL` and either `SOCIALBOARDS_TOKEN` or `SOCIALBOARDS_CLIENT_ID` with `SOCIALBOARDS_REFRESH_TOKEN`; undefined when not configured. */
export function readSocialboardsConfig(r: Reader, forward: boolean): SocialboardsConfig | undefined {
  const urlSet = r.string('SOCIALBOARDS_URL') !== undefined;
  const url = r.url('SOCIALBOARDS_URL', 'https://api.socialboards.com');
  const token = r.secret('SOCIALBOARDS_TOKEN');
  const clientId = r.secret('SOCIALBOARDS_CLIENT_ID');
  const refreshToken = r.secret('SOCIALBOARDS_REFRESH_TOKEN');
  const clientIdSet = r.isSet('SOCIALBOARDS_CLIENT_ID');
  const refreshSet = r.isSet('SOCIALBOARDS_REFRESH_TOKEN');
  const tokenSet = r.isSet('SOCIALBOARDS_TOKEN');

  if (tokenSet && (clientIdSet || refreshSet)) {
    r.problem(
      'SOCIALBOARDS_TOKEN and SOCIALBOARDS_CLIENT_ID/SOCIALBOARDS_REFRESH_TOKEN are both set; choose one way to authenticate',
    );
    return undefined;
  }
  if (clientIdSet !== refreshSet) {
    r.problem(
      clientIdSet
        ? 'SOCIALBOARDS_REFRESH_TOKEN is required when SOCIALBOARDS_CLIENT_ID is set'
        : 'SOCIALBOARDS_CLIENT_ID is required when SOCIALBOARDS_REFRESH_TOKEN is set',
    );
    return undefined;
  }
  if (!tokenSet && !clientIdSet) {
    if (forward && urlSet) return url ? { url, auth: { kind: 'forwarded' } } : undefined;
    if (urlSet) {
      r.problem(
        'SOCIALBOARDS_URL is set but no credentials are: set SOCIALBOARDS_TOKEN, or SOCIALBOARDS_CLIENT_ID and SOCIALBOARDS_REFRESH_TOKEN',
      );
    }
    return undefined;
  }
  if (!url) return undefined;
  if (token) return { url, auth: { kind: 'token', token } };
  if (clientId && refreshToken) {
    const refreshTokenFile = r.secretFile('SOCIALBOARDS_REFRESH_TOKEN');
    return { url, auth: { kind: 'refresh', clientId, refreshToken, ...(refreshTokenFile ? { refreshTokenFile } : {}) } };
  }
  return undefined;
}
