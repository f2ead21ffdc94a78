import * as z from 'zod/mini';

/** A Cognito user id (`sub`) as pages and routes accept it in a path or a form. */
export const USER_ID = /^[A-Za-z0-9-]{1,64}$/;

/** The same as a schema, so a form's `maxlength` and its refusal name the same limit. */
export const UserId = z.string().check(z.maxLength(64), z.regex(USER_ID));
