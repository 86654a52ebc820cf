import { randomBytes } from 'node:crypto';
import { hashApiKey } from '../src/auth/api-keys.js';
import { allScopes, isScope } from '../src/auth/scopes.js';

/**
 * Makes an API key for a server-to-server caller: `npm run api-key -- <name> <scope,scope…>`.
 * Prints the key once (give it to the caller) and the entry for AUTH_API_KEYS_FILE, which holds
 * only the key's SHA-256.
 */
const [name, scopeList = ''] = process.argv.slice(2);
const scopes = scopeList.split(',').filter((s) => s !== '');
const unknown = scopes.filter((s) => !isScope(s));
if (!name || scopes.length === 0 || unknown.length > 0) {
  process.stderr.write(`usage: npm run api-key -- <name> <scopes>, scopes from: ${allScopes().join(', ')}\n`);
  if (unknown.length > 0) process.stderr.write(`unknown scope: ${unknown.join(', ')}\n`);
  process.exit(2);
}
const key = `tlk_${randomBytes(24).toString('base64url')}`;
process.stdout.write(`key (send as X-Api-Key; shown once):\n  ${key}\n`);
process.stdout.write(`entry for AUTH_API_KEYS_FILE:\n  ${JSON.stringify({ name, sha256: hashApiKey(key), scopes })}\n`);
