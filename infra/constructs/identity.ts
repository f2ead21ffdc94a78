import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
  UserPoolOperation,
  VerificationEmailStyle,
} from 'aws-cdk-lib/aws-cognito';
import { Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { NodeFunction } from './node-function.ts';

/** The Cognito groups (DESIGN.md, "Identity and roles"), most privileged first. */
export const USER_GROUPS = ['admin', 'manager', 'initiative', 'volunteer'] as const;
export type UserGroup = (typeof USER_GROUPS)[number];

export interface IdentityProps {
  /** Adds every self-signed-up, confirmed user to the `volunteer` group. */
  postConfirmation: NodeFunction;
  /** Writes the e-mails below (codes, invitations) in the account's language; they stay as its fallback. */
  customMessage: NodeFunction;
}

/** The Cognito user pool, its groups, the one app client, the post-confirmation and custom-message triggers. */
export class Identity extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string, props: IdentityProps) {
    super(scope, id);

    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: true,
      // The e-mail address is the user name.
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      // A changed address takes effect only once the new one is verified.
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // The German and English templates below are sent when the CustomMessage trigger leaves a
      // message as it is (it does whenever it cannot write one); normally it writes each in the
      // account's language (functions/cognito-custom-message/).
      userVerification: {
        emailStyle: VerificationEmailStyle.CODE,
        emailSubject: 'Quartiershilfe: Ihr Bestätigungscode / your verification code',
        emailBody:
          'Ihr Bestätigungscode für die Quartiershilfe lautet {####}.\n\nYour Quartiershilfe verification code is {####}.',
      },
      userInvitation: {
        emailSubject: 'Einladung zur Quartiershilfe / Invitation to Quartiershilfe',
        emailBody:
          'Sie wurden zur Quartiershilfe eingeladen. Benutzername: {username}, vorläufiges Passwort: {####} ' +
          '(3 Tage gültig). Bitte melden Sie sich an und vergeben Sie ein eigenes Passwort.\n\n' +
          'You have been invited to Quartiershilfe. User name: {username}, temporary password: {####} ' +
          '(valid for 3 days). Please sign in and choose your own password.',
      },
      // MFA off for now: the web pages sign in server-side with USER_PASSWORD_AUTH and do not
      // answer the SOFTWARE_TOKEN_MFA challenge yet, so OPTIONAL would let an API client enrol a
      // TOTP and lock that person out of the pages. Switching OFF -> OPTIONAL later is an in-place
      // update (only REQUIRED must be chosen at creation); do it once accounts handles the
      // challenge. SMS MFA would also need an SNS role and per-message cost.
      mfa: Mfa.OFF,
      // Plus tier for threat protection (compromised-credential and risk detection, cdk-nag
      // COG8). AUDIT, not ENFORCED: sign-in runs server-side in Lambda and an app client without
      // a secret cannot propagate the user's IP (EnablePropagateAdditionalUserContextData needs
      // a secret), so Cognito would score every sign-in from Lambda's addresses and could block
      // legitimate users wholesale. Audit mode gathers the risk metrics without acting.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.AUDIT_ONLY,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'MFA is off until the server-side sign-in handles the SOFTWARE_TOKEN_MFA challenge (see the comment at ' +
        '`mfa`); it can then be switched to OPTIONAL in place. Passwords are 12+ characters with all four ' +
        'character classes, and threat protection audits sign-ins.',
    });

    USER_GROUPS.forEach((groupName, precedence) => {
      new CfnUserPoolGroup(this, `Group-${groupName}`, {
        userPoolId: this.userPool.userPoolId,
        groupName,
        precedence,
        description: `Quartiershilfe role "${groupName}"`,
      });
    });

    this.client = this.userPool.addClient('WebClient', {
      generateSecret: false,
      // USER_PASSWORD_AUTH for the server-side sign-in; REFRESH_TOKEN_AUTH is always added.
      authFlows: { userPassword: true },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      // Cognito JWTs cannot be revoked before they expire (RevokeToken only stops the refresh
      // token), and they carry the roles (`cognito:groups`) of the moment they were issued: a
      // signed-out or demoted API client keeps its access for at most this long. Refresh tokens
      // (revocable at sign-out) last a working day, as a web session does (SESSION_TTL_HOURS).
      accessTokenValidity: Duration.minutes(15),
      idTokenValidity: Duration.minutes(15),
      refreshTokenValidity: Duration.hours(12),
      // No hosted UI / OAuth: our own pages sign in through the Cognito API.
      disableOAuth: true,
    });

    this.userPool.addTrigger(UserPoolOperation.POST_CONFIRMATION, props.postConfirmation.fn);
    // Needs no permission of its own: it answers from the event (Cognito may invoke it, as above).
    this.userPool.addTrigger(UserPoolOperation.CUSTOM_MESSAGE, props.customMessage.fn);

    // The trigger may add users to groups of this pool, nothing else. Granting it on the trigger's
    // role default policy would close a cycle (pool -> trigger function -> its role's default
    // policy -> pool ARN), because the function depends on that policy. A separate Policy that
    // the function does not depend on breaks the cycle and keeps the exact pool ARN (no
    // `userpool/*` wildcard to acknowledge). The policy is attached a moment after the function
    // exists; a sign-up confirmed in that window of the very first deployment would miss its group.
    const addToGroup = new Policy(this, 'PostConfirmationAddToGroup', {
      statements: [
        new PolicyStatement({
          actions: ['cognito-idp:AdminAddUserToGroup'],
          resources: [this.userPool.userPoolArn],
        }),
      ],
    });
    addToGroup.attachToRole(props.postConfirmation.role);
  }
}
