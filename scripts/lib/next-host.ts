/**
 * The address `next start` listens on in the tests, the cluster and the bench: `localhost`, which on these
 * machines resolves to 127.0.0.1 only (the address those clients dial; `npm start` listens on every address). Not
 * `127.0.0.1`: Next 16 hands proxy.ts a URL on `localhost` and compares a rewrite's target with the host the
 * server was started with, so under `-H 127.0.0.1` every rewrite (a 404 for an unknown pair, a filtered list)
 * went back to the server over HTTP as if it were another site: an extra hop per request that failed with
 * ECONNRESET under load.
 */
export const NEXT_HOST = 'localhost'
