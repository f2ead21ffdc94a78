/** Runtime configuration, read once from the environment at cold start. */
export interface PlatformConfig {
  region: string;
  tableName: string;
  /** Set only on the local platform and in tests (DynamoDB Local). */
  dynamoEndpoint?: string | undefined;
  /**
   * Only with dynamoEndpoint: the access key the storage clients sign with (default `local`). DynamoDB Local started
   * without -sharedDb keeps one database per access key, as AWS keeps one per account: the tests give each file a key
   * of its own, so no file's calls pay for the rows and stream records of the others.
   */
  dynamoAccessKeyId?: string | undefined;
  cognito: {
    userPoolId: string;
    clientId: string;
    /** Set only on the local platform and in tests (cognito-local). */
    endpoint?: string | undefined;
    issuer: string;
    jwksUrl: string;
  };
  /** Secure cookies everywhere but plain-http test clients. */
  cookieSecure: boolean;
  /** The absolute limit of a web session (SESSION_TTL_HOURS, 12 h). */
  sessionTtlSeconds: number;
  /** A web session unused for longer than this is dead (SESSION_IDLE_MINUTES, 30 min). */
  sessionIdleSeconds: number;
  /** How long an invitation can be answered. */
  invitationTtlHours: number;
  /** Days after a date's end in which a manager can mark it a no-show or undo that (NO_SHOW_WINDOW_DAYS, 7). */
  noShowWindowDays: number;
  /** Until how many hours before a date's start a volunteer can say they cannot come (ABSENCE_CUTOFF_HOURS, 24). */
  absenceCutoffHours: number;
  /** Automatic cover invites nobody for a date closer than this to its start (COVER_CUTOFF_HOURS, 12 h). */
  coverCutoffHours: number;
  /** True on the local platform: shows the development banner and the outbox link. */
  localPlatform: boolean;
  /**
   * Developers only: the need page shows what reading the candidates cost (items read, capacity units).
   * Set by `npm start` when SHOW_QUERY_COST=true; never in AWS, where managers use the page.
   */
  showQueryCost: boolean;
  /**
   * The platform's public base URL for links in e-mails (never taken from a request's Host header).
   * Set in AWS (PUBLIC_URL, the API's URL); unset locally, where the request's origin is loopback.
   */
  publicUrl?: string | undefined;
  /** The SES sender (functions that send e-mail); unset on the local platform, which uses the outbox. */
  mail?: { from: string; configurationSet?: string | undefined } | undefined;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

export function cognitoIssuer(region: string, userPoolId: string, endpoint?: string): string {
  return endpoint
    ? `${endpoint.replace(/\/$/, '')}/${userPoolId}`
    : `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const region = env.AWS_REGION ?? 'eu-central-1';
  const userPoolId = required(env, 'USER_POOL_ID');
  const endpoint = env.COGNITO_ENDPOINT || undefined;
  const issuer = cognitoIssuer(region, userPoolId, endpoint);
  return {
    region,
    tableName: required(env, 'TABLE_NAME'),
    dynamoEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    cognito: {
      userPoolId,
      clientId: required(env, 'USER_POOL_CLIENT_ID'),
      endpoint,
      issuer,
      jwksUrl: `${issuer}/.well-known/jwks.json`,
    },
    cookieSecure: env.COOKIE_SECURE !== 'false',
    sessionTtlSeconds: Number(env.SESSION_TTL_HOURS ?? 12) * 3600,
    sessionIdleSeconds: Number(env.SESSION_IDLE_MINUTES ?? 30) * 60,
    invitationTtlHours: Number(env.INVITATION_TTL_HOURS ?? 72),
    noShowWindowDays: Number(env.NO_SHOW_WINDOW_DAYS ?? 7),
    absenceCutoffHours: Number(env.ABSENCE_CUTOFF_HOURS ?? 24),
    coverCutoffHours: Number(env.COVER_CUTOFF_HOURS ?? 12),
    localPlatform: env.LOCAL_PLATFORM === 'true',
    // A developer's setting of the local platform only: a deployed function never shows it.
    showQueryCost: false,
    publicUrl: env.PUBLIC_URL || undefined,
    mail: env.MAIL_FROM
      ? { from: env.MAIL_FROM, configurationSet: env.MAIL_CONFIGURATION_SET || undefined }
      : undefined,
  };
}
