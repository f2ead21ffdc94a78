/**
 * Stands in for `@smithy/core/event-streams` in the Lambda bundles (BUNDLING.alias in
 * bundling-options.ts). The SDK's HTTP protocol imports it on demand, only to read or write an
 * event stream; none of the operations we call (DynamoDB, Cognito, SES) has one. esbuild still
 * bundles an on-demand import: about 20 KB of codec and stream code per function, never run.
 * Should an operation with an event stream ever be called, it fails with this error instead of
 * sending a request it cannot read.
 */
const unavailable = (): never => {
  throw new Error('Event streams are not bundled (infra/constructs/no-event-streams.ts)');
};

/** The SDK constructs this with a marshaller for an event-stream operation. */
export class EventStreamSerde {
  constructor() {
    unavailable();
  }
}

/** The SDK calls this for the event-stream marshaller of an event-stream operation. */
export const eventStreamSerdeProvider = unavailable;
