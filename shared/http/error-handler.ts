import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  DomainError,
  type FieldIssue,
  InvalidTransitionError,
  ServiceUnavailableError,
  VersionConflictError,
} from '../errors/index.ts';
import { logger } from '../logging/logger.ts';

/** The one place where domain error codes become HTTP statuses. */
const STATUS_BY_CODE: Record<string, ContentfulStatusCode> = {
  VALIDATION_FAILED: 400,
  INVALID_CREDENTIALS: 401,
  UNAUTHENTICATED: 401,
  NOT_CONFIRMED: 403,
  NEW_PASSWORD_REQUIRED: 403,
  FORBIDDEN: 403,
  NOT_YOUR_QUARTER: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  INVALID_TRANSITION: 409,
  NEED_FULL: 409,
  NEED_NOT_OPEN: 409,
  NEED_HAS_COMMITMENTS: 409,
  INVITATION_EXPIRED: 409,
  NOT_ELIGIBLE: 409,
  NO_SHOW_WINDOW_OVER: 409,
  ABSENCE_TOO_LATE: 409,
  DATE_PASSED: 409,
  DATE_FULL: 409,
  ALREADY_COMING: 409,
  DECLARED_ABSENT: 409,
  IMPORT_CONFLICT: 409,
  IMPORT_EXPIRED: 409,
  IMPORT_DONE: 409,
  IMPORT_IN_PROGRESS: 409,
  ALREADY_EXISTS: 409,
  USER_EXISTS: 409,
  INVALID_CODE: 400,
  EXPIRED_CODE: 400,
  INVALID_PASSWORD: 400,
  INVALID_TOKEN: 400,
  INVALID_REQUEST: 400,
  INVALID_SESSION: 401,
  PASSWORD_RESET_REQUIRED: 403,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_ATTEMPTS: 429,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    issues?: FieldIssue[];
    currentVersion?: number;
    currentState?: string;
    details?: unknown;
  };
}

export function statusOf(error: unknown): ContentfulStatusCode {
  if (error instanceof DomainError) return STATUS_BY_CODE[error.code] ?? 500;
  if (error instanceof HTTPException) return error.status as ContentfulStatusCode;
  return 500;
}

/** The JSON body for an error; a 500 says nothing about its cause. */
export function errorBody(error: unknown): ErrorBody {
  if (error instanceof DomainError && statusOf(error) !== 500) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if ('issues' in error) body.error.issues = error.issues as FieldIssue[];
    if (error instanceof VersionConflictError && error.currentVersion !== undefined) {
      body.error.currentVersion = error.currentVersion;
    }
    if (error instanceof InvalidTransitionError) body.error.currentState = error.currentState;
    const details = (error as { details?: unknown }).details;
    if (details !== undefined) body.error.details = details;
    return body;
  }
  if (error instanceof HTTPException && error.status < 500) {
    return { error: { code: `HTTP_${error.status}`, message: error.message || 'Request failed' } };
  }
  return { error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' } };
}

/** Seconds the client should wait before trying again (503, 429), for the Retry-After header. */
export function retryAfterOf(error: unknown): number | undefined {
  const seconds =
    error instanceof DomainError ? (error as { retryAfterSeconds?: unknown }).retryAfterSeconds : undefined;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}

/** Logs unexpected errors with their stack; expected ones only by code. */
export function logError(c: Context, error: unknown): void {
  const status = statusOf(error);
  const fields = { method: c.req.method, path: c.req.routePath, status };
  if (error instanceof ServiceUnavailableError) {
    // Expected while a dependency is down: one warning line without a stack, not an unexpected error.
    const cause = error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : undefined;
    logger.warn('dependency unavailable', { ...fields, code: error.code, service: error.service, cause });
  } else if (status >= 500) {
    logger.error('request failed', {
      ...fields,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  } else if (error instanceof DomainError) {
    logger.info('request rejected', { ...fields, code: error.code });
  }
}

export function jsonError(c: Context, error: unknown): Response {
  logError(c, error);
  const retryAfter = retryAfterOf(error);
  if (retryAfter !== undefined) c.header('Retry-After', String(retryAfter));
  return c.json(errorBody(error), statusOf(error));
}
