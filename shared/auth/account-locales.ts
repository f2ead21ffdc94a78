import { AdminGetUserCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { isLang } from '../i18n/languages.ts';
import { logger } from '../logging/logger.ts';
import type { MailLocale } from './account-exists-mail.ts';
import { callCognito } from './cognito-errors.ts';

/**
 * The language an account chose at sign-up (its Cognito `locale` attribute), for e-mails to its
 * owner. Needs `cognito-idp:AdminGetUser` on the pool (the accounts function only).
 */
export class AccountLocales {
  constructor(
    private readonly client: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  /** The stored language, or undefined when there is none or it cannot be read (then write in both). */
  async of(email: string): Promise<MailLocale | undefined> {
    try {
      const user = await callCognito('admin', () =>
        this.client.send(new AdminGetUserCommand({ UserPoolId: this.userPoolId, Username: email })),
      );
      const locale = user.UserAttributes?.find((attribute) => attribute.Name === 'locale')?.Value;
      return isLang(locale) ? locale : undefined;
    } catch (error) {
      logger.warn('account locale unknown', { error: error instanceof Error ? error.name : String(error) });
      return undefined;
    }
  }
}
