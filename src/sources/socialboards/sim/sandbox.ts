import { SANDBOX_CREDENTIALS, type SandboxOptions, type SandboxPart } from '../../../sandbox/options.js';
import { createSocialboardsSimulator, type SocialboardsSimulator } from './simulator.js';

/** The Socialboards simulator as the sandbox starts it (the gateway renews its token there too). */
export async function startSandboxPart(options: SandboxOptions): Promise<SandboxPart<SocialboardsSimulator>> {
  const c = SANDBOX_CREDENTIALS;
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
