/**
 * Domain errors. Each has a stable `code` that clients can rely on; the HTTP layer maps codes to
 * statuses in one place (shared/http/error-handler.ts). Domain code never speaks HTTP.
 */
export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `languages.0.level`; empty for the whole body. */
  path: string;
  /** Stable, machine-readable reason (e.g. `required`, `unknown_field`, `end_before_start`). */
  code: string;
  /** Human-readable reason in English; pages translate `code` instead. */
  message: string;
  /** Names a page's text for `code` fills in (e.g. the venue and the quarters it lies in and was chosen). */
  params?: Record<string, string>;
}

export abstract class DomainError extends Error {
  abstract readonly code: string;
}

export class ValidationError extends DomainError {
  readonly code = 'VALIDATION_FAILED';
  constructor(readonly issues: FieldIssue[]) {
    super(`Invalid input: ${issues.map((issue) => issue.path || '(body)').join(', ')}`);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign-in required') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code: string = 'FORBIDDEN';
  constructor(message = 'Not allowed') {
    super(message);
  }
}

/** A manager asked for a need, volunteer or quarter outside the quarters they manage (403, its own code). */
export class NotYourQuarterError extends ForbiddenError {
  override readonly code: string = 'NOT_YOUR_QUARTER';
  constructor(message = 'Not one of your quarters') {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(readonly entity: string) {
    super(`${entity} not found`);
  }
}

/** A write lost a race or was based on a stale version; nothing was changed. */
export class VersionConflictError extends DomainError {
  readonly code = 'VERSION_CONFLICT';
  constructor(
    readonly entity: string,
    readonly currentVersion: number | undefined,
  ) {
    super(`${entity} was changed by someone else (current version ${currentVersion ?? 'none'})`);
  }
}

/** The object already exists (e.g. a second profile for the same volunteer). */
export class AlreadyExistsError extends DomainError {
  readonly code = 'ALREADY_EXISTS';
  constructor(readonly entity: string) {
    super(`${entity} already exists`);
  }
}

export class PayloadTooLargeError extends DomainError {
  readonly code = 'PAYLOAD_TOO_LARGE';
  constructor(readonly limitBytes: number) {
    super(`Request body exceeds ${limitBytes} bytes`);
  }
}

export class UnsupportedMediaTypeError extends DomainError {
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';
  constructor(message = 'Send the body as application/json') {
    super(message);
  }
}

/** An identity-provider failure the user can fix (wrong code, wrong password, ...). */
export class IdentityError extends DomainError {
  constructor(
    readonly code:
      | 'INVALID_CREDENTIALS'
      | 'USER_EXISTS'
      | 'INVALID_CODE'
      | 'EXPIRED_CODE'
      | 'NOT_CONFIRMED'
      | 'TOO_MANY_ATTEMPTS'
      | 'INVALID_PASSWORD'
      | 'NEW_PASSWORD_REQUIRED'
      | 'INVALID_TOKEN'
      | 'INVALID_SESSION'
      | 'PASSWORD_RESET_REQUIRED'
      | 'INVALID_REQUEST',
    message: string,
  ) {
    super(message);
  }
}

/** A step that is not allowed from the current state (e.g. accepting a declined invitation). */
export class InvalidTransitionError extends DomainError {
  readonly code = 'INVALID_TRANSITION';
  constructor(
    readonly entity: string,
    readonly currentState: string,
    message = `${entity} is ${currentState}; that step is not possible now`,
  ) {
    super(message);
  }
}

/** The request conflicts with the object's state in a way a retry will not fix (e.g. the need is full). */
export class StateConflictError extends DomainError {
  readonly code: string;
  constructor(
    code:
      | 'NEED_FULL'
      | 'NEED_NOT_OPEN'
      | 'NEED_HAS_COMMITMENTS'
      | 'INVITATION_EXPIRED'
      | 'NOT_ELIGIBLE'
      | 'NO_SHOW_WINDOW_OVER'
      /** An absence declared less than ABSENCE_CUTOFF_HOURS before the date's start. */
      | 'ABSENCE_TOO_LATE'
      // Cover for one date (shared/matches/cover.ts).
      | 'DATE_PASSED'
      | 'DATE_FULL'
      | 'ALREADY_COMING'
      | 'DECLARED_ABSENT'
      // Imports (shared/imports): written meanwhile by someone else, past its time, done, being written.
      | 'IMPORT_CONFLICT'
      | 'IMPORT_EXPIRED'
      | 'IMPORT_DONE'
      | 'IMPORT_IN_PROGRESS',
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.code = code;
  }
}

/**
 * A service we depend on (DynamoDB, Cognito, e-mail) did not answer in time or is down. Nothing
 * was changed, or the change is safe to retry; the client should try again after
 * `retryAfterSeconds`.
 */
export class ServiceUnavailableError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE';
  constructor(
    readonly service: string,
    readonly retryAfterSeconds = 5,
    options?: { cause?: unknown },
  ) {
    super(`${service} is not available right now; try again in ${retryAfterSeconds} s`, options);
  }
}

/** Too many attempts (sign-in guessing, repeated requests): wait `retryAfterSeconds`. */
export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts; try again in ${retryAfterSeconds} s`);
  }
}
