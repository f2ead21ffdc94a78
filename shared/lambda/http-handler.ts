import middy, { type MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, Context as LambdaContext } from 'aws-lambda';
import type { Env, Hono } from 'hono';
import { handle, type LambdaEvent } from 'hono/aws-lambda';
import { logger } from '../logging/logger.ts';

type Result = Awaited<ReturnType<ReturnType<typeof handle>>>;

/**
 * One line per request with the ids needed to follow it (API Gateway and Lambda request ids),
 * its route, status and duration. No query strings or bodies: they may hold personal data.
 */
function requestLog(): MiddlewareObj<LambdaEvent, Result, Error, LambdaContext> {
  const started = new WeakMap<object, number>();
  const fields = (request: { event: LambdaEvent; context: LambdaContext }) => {
    const event = request.event as unknown as Partial<APIGatewayProxyEventV2>;
    return {
      requestId: request.context.awsRequestId,
      apiRequestId: event.requestContext?.requestId,
      route: event.routeKey,
    };
  };
  return {
    before: (request) => {
      started.set(request.context, Date.now());
    },
    after: (request) => {
      const ms = Date.now() - (started.get(request.context) ?? Date.now());
      logger.info('request', { ...fields(request), status: request.response?.statusCode, ms });
    },
    onError: (request) => {
      logger.error('unhandled', { ...fields(request), error: request.error?.message });
    },
  };
}

/**
 * hono turns every event into a Web `Request` and answers with a `Response`. Node implements them
 * in its bundled undici, which it loads on first touch: about 80 ms of CPU, the largest single
 * part of a cold import (bench/README.md). Touching them while the handler is built puts that
 * into Lambda's init phase, whose CPU is boosted, instead of into the first request, which runs
 * at the function's share of a vCPU (about 0.29 at 512 MB): every request needs them anyway.
 */
function loadWebStandardsInInit(): void {
  if (typeof Request !== 'function' || typeof Response !== 'function') {
    throw new Error('This runtime has no Web Request/Response: hono cannot run');
  }
}

/** Adapts a Hono app to API Gateway (HTTP API, payload v2), wrapped by middy. */
export function httpHandler<E extends Env>(app: Hono<E>) {
  loadWebStandardsInInit();
  return middy<LambdaEvent, Result, Error, LambdaContext>().use(requestLog()).handler(handle(app));
}
