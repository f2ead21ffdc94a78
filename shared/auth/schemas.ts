import * as z from 'zod/mini';
import { meta } from '../http/zod.ts';
import { LANGS } from '../i18n/languages.ts';

export const Email = meta(
  z.pipe(
    z.string().check(z.trim(), z.toLowerCase()),
    z.email({ message: 'Enter a valid e-mail address' }).check(z.maxLength(254)),
  ),
  { description: 'E-mail address (case-insensitive)', example: 'amina@example.org' },
);

/**
 * The password rules, enforced by the app as well as by the Cognito pool's policy (cognito-local
 * does not enforce a policy, and users should learn every broken rule at once).
 */
export const PASSWORD_RULES = [
  { code: 'password_length', test: (p: string) => p.length >= 12 },
  { code: 'password_lowercase', test: (p: string) => /[a-z]/.test(p) },
  { code: 'password_uppercase', test: (p: string) => /[A-Z]/.test(p) },
  { code: 'password_digit', test: (p: string) => /\d/.test(p) },
  { code: 'password_symbol', test: (p: string) => /[^A-Za-z0-9]/.test(p) },
] as const;

export const NewPassword = meta(
  z.string().check(
    z.maxLength(128),
    z.superRefine((password, ctx) => {
      for (const rule of PASSWORD_RULES) {
        if (!rule.test(password))
          ctx.addIssue({ code: 'custom', message: rule.code.replace('_', ': '), params: { code: rule.code } });
      }
    }),
  ),
  { description: 'At least 12 characters with lower- and upper-case letters, a digit and a symbol' },
);

export const ConfirmationCode = meta(z.string().check(z.trim(), z.regex(/^\d{6}$/, 'Enter the 6-digit code')), {
  description: 'The 6-digit code from the e-mail',
});

export const SignUpInput = meta(
  z.strictObject({ email: Email, password: NewPassword, locale: z._default(z.enum(LANGS), 'de') }),
  { id: 'SignUpInput' },
);

export const ConfirmInput = meta(z.strictObject({ email: Email, code: ConfirmationCode }), { id: 'ConfirmInput' });

export const SignInInput = meta(
  z.strictObject({ email: Email, password: z.string().check(z.minLength(1), z.maxLength(128)) }),
  { id: 'SignInInput' },
);

export const ForgotPasswordInput = meta(z.strictObject({ email: Email }), { id: 'ForgotPasswordInput' });

export const ResetPasswordInput = meta(
  z.strictObject({ email: Email, code: ConfirmationCode, password: NewPassword }),
  { id: 'ResetPasswordInput' },
);

export const NewPasswordInput = meta(
  z.strictObject({ email: Email, session: z.string().check(z.minLength(1), z.maxLength(4096)), password: NewPassword }),
  {
    id: 'NewPasswordInput',
    description: 'Answer to NEW_PASSWORD_REQUIRED: the session from that error and your own password',
  },
);

export const SignOutInput = meta(
  z.strictObject({ refreshToken: z.string().check(z.minLength(1), z.maxLength(4096)) }),
  { id: 'SignOutInput' },
);

export const TokensResponse = meta(
  z.object({
    idToken: z.string(),
    accessToken: z.string(),
    refreshToken: z.optional(z.string()),
    expiresIn: z.number(),
  }),
  { id: 'Tokens', description: 'Cognito tokens; send the access token as `Authorization: Bearer …`.' },
);

/** Asks for a new confirmation code (sign-up not yet confirmed). */
export const ResendCodeInput = meta(z.strictObject({ email: Email }), { id: 'ResendCodeInput' });
