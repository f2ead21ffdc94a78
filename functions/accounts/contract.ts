import * as z from 'zod/mini';
import { ROLES } from '../../shared/auth/caller.ts';
import {
  ConfirmInput,
  ForgotPasswordInput,
  NewPasswordInput,
  ResendCodeInput,
  ResetPasswordInput,
  SignInInput,
  SignOutInput,
  SignUpInput,
  TokensResponse,
} from '../../shared/auth/schemas.ts';
import { defineRoute } from '../../shared/http/api-route.ts';
import { meta } from '../../shared/http/zod.ts';
import { NotificationSettingsInput, NotificationSettingsView } from '../../shared/notifications/settings-schemas.ts';

const Accepted = meta(z.object({ status: z.literal('accepted') }), { id: 'Accepted' });

export const signUp = defineRoute({
  method: 'post',
  path: '/api/auth/signup',
  operationId: 'signUp',
  summary: 'Sign up as a volunteer; a confirmation code is sent by e-mail',
  tag: 'Accounts',
  security: 'public',
  body: SignUpInput,
  responses: {
    202: {
      description:
        'Accepted: a confirmation code is on its way, or, if the address already has an account, its owner is ' +
        'told by e-mail. The answer is the same either way.',
      schema: Accepted,
    },
  },
  errors: [429],
});

export const confirmSignUp = defineRoute({
  method: 'post',
  path: '/api/auth/confirm',
  operationId: 'confirmSignUp',
  summary: 'Confirm the e-mail address with the code from the e-mail',
  tag: 'Accounts',
  security: 'public',
  body: ConfirmInput,
  responses: { 200: { description: 'Confirmed', schema: z.object({ status: z.literal('confirmed') }) } },
  errors: [429],
});

export const resendConfirmationCode = defineRoute({
  method: 'post',
  path: '/api/auth/confirm/resend',
  operationId: 'resendConfirmationCode',
  summary: 'Send a new confirmation code to an account that was never confirmed',
  tag: 'Accounts',
  security: 'public',
  body: ResendCodeInput,
  responses: {
    202: {
      description:
        'Accepted: a new code is on its way if the address has an account waiting for confirmation. The answer ' +
        'is the same for an unknown or an already confirmed address.',
      schema: Accepted,
    },
  },
  errors: [429],
});

export const signIn = defineRoute({
  method: 'post',
  path: '/api/auth/signin',
  operationId: 'signIn',
  summary: 'Sign in with e-mail and password; returns Cognito tokens',
  tag: 'Accounts',
  security: 'public',
  body: SignInInput,
  responses: { 200: { description: 'Signed in', schema: TokensResponse } },
  errors: [401, 403, 429],
});

export const signOut = defineRoute({
  method: 'post',
  path: '/api/auth/signout',
  operationId: 'signOut',
  summary: 'Revoke a refresh token (and the tokens issued from it)',
  tag: 'Accounts',
  security: 'public',
  body: SignOutInput,
  responses: { 204: { description: 'Revoked' } },
  // 400 INVALID_TOKEN: not a refresh token of this app, or already revoked.
});

export const forgotPassword = defineRoute({
  method: 'post',
  path: '/api/auth/password/forgot',
  operationId: 'forgotPassword',
  summary: 'Send a password reset code (answers the same whether or not the account exists)',
  tag: 'Accounts',
  security: 'public',
  body: ForgotPasswordInput,
  responses: { 202: { description: 'Code sent if the account exists', schema: Accepted } },
  errors: [429],
});

export const resetPassword = defineRoute({
  method: 'post',
  path: '/api/auth/password/reset',
  operationId: 'resetPassword',
  summary: 'Set a new password with the reset code',
  tag: 'Accounts',
  security: 'public',
  body: ResetPasswordInput,
  responses: { 200: { description: 'Password changed', schema: z.object({ status: z.literal('changed') }) } },
  errors: [429],
});

export const completeNewPassword = defineRoute({
  method: 'post',
  path: '/api/auth/new-password',
  operationId: 'completeNewPassword',
  summary: 'First sign-in of an invited staff account: replace the temporary password',
  tag: 'Accounts',
  security: 'public',
  body: NewPasswordInput,
  responses: { 200: { description: 'Signed in', schema: TokensResponse } },
  errors: [401, 429],
});

export const getNotificationSettings = defineRoute({
  method: 'get',
  path: '/api/me/notification-settings',
  operationId: 'getNotificationSettings',
  summary: 'The own e-mail notification settings (defaults, version 0, when never saved)',
  tag: 'Accounts',
  security: 'signed-in',
  roles: ROLES,
  responses: { 200: { description: 'The settings', schema: NotificationSettingsView } },
});

export const saveNotificationSettings = defineRoute({
  method: 'put',
  path: '/api/me/notification-settings',
  operationId: 'saveNotificationSettings',
  summary: 'Replace the own e-mail notification settings (with the version last read)',
  tag: 'Accounts',
  security: 'signed-in',
  roles: ROLES,
  body: NotificationSettingsInput,
  responses: { 200: { description: 'Saved', schema: NotificationSettingsView } },
  errors: [401, 403, 409, 413, 415],
});

/** This function's JSON API, found by this name for the OpenAPI document (shared/gateway/http-functions.ts). */
export const apiRoutes = [
  signUp,
  confirmSignUp,
  resendConfirmationCode,
  signIn,
  completeNewPassword,
  signOut,
  forgotPassword,
  resetPassword,
  getNotificationSettings,
  saveNotificationSettings,
];
