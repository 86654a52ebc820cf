import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { parse } from 'graphql';

// @apollo/gateway otherwise reports usage to Apollo and probes cloud metadata addresses.
process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
const { port = '4200' } = parseArgs({ options: { port: { type: 'string' } } }).values;
const sdl = (file: string) => parse(readFileSync(new URL(file, import.meta.url), 'utf8'));

const composed = composeServices([
  { name: 'ticketlog', url: 'http://localhost:4000/graphql', typeDefs: sdl('./ticketlog.graphql') },
  { name: 'crm', url: 'http://localhost:4001/graphql', typeDefs: sdl('./crm.graphql') },
]);
if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl }) });
const { url } = await startStandaloneServer(server, { listen: { port: Number(port) } });
console.log(`supergraph at ${url}`);
