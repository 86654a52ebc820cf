import { SOURCES } from '../sources/index.js';
import { builder } from './builder.js';
import { guardEntities } from './entity.js';
import { guardUpstreamInts } from './upstream-ints.js';
import { serveSubgraphSdl } from './subgraph-sdl.js';
import './source.js';
import './actor.js';
import './person.js';
import './ticket.js';
import './timeline-entry.js';
import './worklog.js';
import './time-report.js';
import './supergraph-node.js';

// Each source's own types, after the shared ones they implement; in registry order.
for (const source of SOURCES) await source.loadSchema();

/** Apollo Federation version the subgraph links; @apollo/composition 2.14 composes it. */
export const FEDERATION_LINK = 'https://specs.apollo.dev/federation/v2.6';

/**
 * The whole schema, assembled from one file per type: an Apollo Federation 2 subgraph (with
 * `_service` and `_entities`), which is also an ordinary GraphQL schema for direct clients. Its
 * `_service { sdl }` leaves out `node`/`nodes` so that it composes beside other Relay subgraphs.
 */
export const schema = serveSubgraphSdl(
  guardUpstreamInts(guardEntities(builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK, sortSchema: true }))),
);
