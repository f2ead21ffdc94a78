import * as z from 'zod';
import { LANGS } from '../i18n/languages.ts';

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid e-mail address' }).max(254))
  .meta({ description: 'E-mail address (case-insensitive)', example: 'amina@example.org' });

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

export const NewPassword = z
  .string()
  .max(128)
  .superRefine((password, ctx) => {
    for (const rule of PASSWORD_RULES) {
      if (!rule.test(password))
        ctx.addIssue({ code: 'custom', message: rule.code.replace('_', ': '), params: { code: rule.code } });
    }
  })
  .meta({ description: 'At least 12 characters with lower- and upper-case letters, a digit and a symbol' });

export const ConfirmationCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'Enter the 6-digit code')
  .meta({ description: 'The 6-digit code from the e-mail' });

export const SignUpInput = z
  .object({ email: Email, password: NewPassword, locale: z.enum(LANGS).default('de') })
  .strict()
  .meta({ id: 'SignUpInput' });

export const ConfirmInput = z.object({ email: Email, code: ConfirmationCode }).strict().meta({ id: 'ConfirmInput' });

export const SignInInput = z
  .object({ email: Email, password: z.string().min(1).max(128) })
  .strict()
  .meta({ id: 'SignInInput' });

export const ForgotPasswordInput = z.object({ email: Email }).strict().meta({ id: 'ForgotPasswordInput' });

export const ResetPasswordInput = z
  .object({ email: Email, code: ConfirmationCode, password: NewPassword })
  .strict()
  .meta({ id: 'ResetPasswordInput' });

export const NewPasswordInput = z
  .object({ email: Email, session: z.string().min(1).max(4096), password: NewPassword })
  .strict()
  .meta({
    id: 'NewPasswordInput',
    description: 'Answer to NEW_PASSWORD_REQUIRED: the session from that error and your own password',
  });

export const SignOutInput = z
  .object({ refreshToken: z.string().min(1).max(4096) })
  .strict()
  .meta({ id: 'SignOutInput' });

export const TokensResponse = z
  .object({ idToken: z.string(), accessToken: z.string(), refreshToken: z.string().optional(), expiresIn: z.number() })
  .meta({ id: 'Tokens', description: 'Cognito tokens; send the access token as `Authorization: Bearer …`.' });

/** Asks for a new confirmation code (sign-up not yet confirmed). */
export const ResendCodeInput = z.object({ email: Email }).strict().meta({ id: 'ResendCodeInput' });
