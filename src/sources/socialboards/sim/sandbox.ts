import type { SandboxPart, SharedSandboxOptions } from '../../../sandbox/options.js';
import { createSocialboardsSimulator, type SocialboardsSimulator } from './simulator.js';

/** What the sandbox may ask of the Socialboards simulator. */
export interface SocialboardsSandboxOptions {
  /** Lifetime of Socialboards access tokens from `/token`, in seconds. Default 3600. */
  socialboardsTokenLifetimeSeconds?: number;
  /** Socialboards rotates its refresh token on every `/token` answer. Default false. */
  socialboardsRotateRefreshTokens?: boolean;
}

/** The credentials the Socialboards simulator accepts; they guard nothing but the contract. */
export const SOCIALBOARDS_SANDBOX_CREDENTIALS = {
  socialboardsClientId: 'sandbox-client',
  socialboardsRefreshToken: 'sandbox-refresh-token',
} as const;

/** The Socialboards simulator as the sandbox starts it (the gateway renews its token there too). */
export async function startSandboxPart(
  options: SocialboardsSandboxOptions & SharedSandboxOptions,
): Promise<SandboxPart<SocialboardsSimulator>> {
  const c = SOCIALBOARDS_SANDBOX_CREDENTIALS;
  const simulator = await createSocialboardsSimulator({
    clientId: c.socialboardsClientId,
    refreshToken: c.socialboardsRefreshToken,
    tokenLifetimeSeconds: options.socialboardsTokenLifetimeSeconds,
    rotateRefreshTokens: options.socialboardsRotateRefreshTokens,
    clock: options.clock,
  });
  return {
    simulator,
    configure: (config) => ({
      ...config,
      socialboards: {
        url: simulator.url,
        auth: { kind: 'refresh', clientId: c.socialboardsClientId, refreshToken: c.socialboardsRefreshToken },
      },
    }),
  };
}
