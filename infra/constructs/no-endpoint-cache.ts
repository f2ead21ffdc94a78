/**
 * Stands in for `@aws-sdk/endpoint-cache` in the Lambda bundles (BUNDLING.alias in
 * bundling-options.ts). The DynamoDB client's constructor builds an endpoint-discovery cache (an
 * LRU from mnemonist, about 8 KB bundled with its helpers, and typed arrays for 1,000 entries at
 * every cold start), but only the endpoint-discovery middleware reads or writes it, and no command
 * of the clients we bundle adds that middleware (client-dynamodb 3.1169: every command's
 * middleware list is empty; `getEndpointDiscoveryPlugin` is imported by no package). Should an SDK
 * update ever use the cache, the call fails with this error instead of discovering endpoints
 * without a cache.
 */
const unavailable = (): never => {
  throw new Error('The endpoint-discovery cache is not bundled (infra/constructs/no-endpoint-cache.ts)');
};

/** Constructed by every DynamoDB client (resolveEndpointDiscoveryConfig); never used by our calls. */
export class EndpointCache {
  getEndpoint(_key: string): string | undefined {
    return unavailable();
  }
  get(_key: string): never {
    return unavailable();
  }
  set(_key: string, _endpoints: unknown[]): void {
    unavailable();
  }
  delete(_key: string): void {
    unavailable();
  }
  has(_key: string): boolean {
    return unavailable();
  }
  clear(): void {
    unavailable();
  }
}
