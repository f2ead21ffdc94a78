import {
  AdminGetUserCommand,
  AdminUpdateUserAttributesCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Lang } from '../i18n/languages.ts';
import { isLang } from '../i18n/languages.ts';
import { logger } from '../logging/logger.ts';
import type { MailLocale } from './account-exists-mail.ts';
import { callCognito } from './cognito-errors.ts';

/**
 * The language an account chose at sign-up (its Cognito `locale` attribute), for e-mails to its
 * owner, and kept in step with the language the person later chooses in their settings, so that
 * Cognito's own mails (codes, password resets: the CustomMessage trigger reads `locale`) follow it.
 * Needs `cognito-idp:AdminGetUser` and `cognito-idp:AdminUpdateUserAttributes` on the pool (the
 * accounts function only).
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

  /**
   * Stores `language` as the account's `locale`. A mirror of the settings item, which stays the
   * source of truth for the platform's own mails: a failure is logged and the saved setting kept
   * (Cognito's mails then stay in the earlier language until the next save).
   */
  async set(email: string, language: Lang): Promise<void> {
    try {
      await callCognito('admin', () =>
        this.client.send(
          new AdminUpdateUserAttributesCommand({
            UserPoolId: this.userPoolId,
            Username: email,
            UserAttributes: [{ Name: 'locale', Value: language }],
          }),
        ),
      );
    } catch (error) {
      logger.warn('account locale not stored', { error: error instanceof Error ? error.name : String(error) });
    }
  }
}
