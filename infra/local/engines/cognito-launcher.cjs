'use strict';
/*
 * Runs cognito-local exactly as its own lib/bin/start.js does, with one change: messages it would print to its
 * console ("Confirmation Code Delivery": sign-up codes, password-reset codes, temporary passwords) are appended
 * as one JSON line each to OUTBOX_FILE, which the local outbox page (/dev/outbox) and the tests read:
 *   { at, to, username, code, kind?, subject?, body?, html? } (html: the CustomMessage trigger's message, body its text)
 * `kind` is cognito-local's message source: SignUp, ForgotPassword, AdminCreateUser, ResendCode,
 * UpdateUserAttribute, VerifyUserAttribute, Authentication.
 *
 * The CustomMessage trigger is called as Cognito calls it (see MessagesService.prototype.create below).
 * Three more changes make it behave like Cognito where the app relies on it (see "Like Cognito" below): a disabled
 * user's sign-in is refused, an invited user's temporary password is checked (cognito-local answers any password
 * with the new-password challenge), and AdminCreateUser with MessageAction RESEND sends an invited user a new
 * temporary password.
 *
 * Environment: HOST, PORT (read by cognito-local), OUTBOX_FILE (absolute), PARENT_PID (exit when orphaned),
 * DEBUG (debug logging).
 * Run it with the data folder as working directory: cognito-local keeps its state in ./.cognito/.
 * Started by infra/local/engines/cognito.ts; it exits by itself when its parent process goes away.
 */
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE ??= '1';

const fs = require('node:fs');
const path = require('node:path');

const outboxFile = process.env.OUTBOX_FILE;
if (!outboxFile || !path.isAbsolute(outboxFile)) {
  console.error('cognito-launcher: OUTBOX_FILE must be an absolute path');
  process.exit(2);
}
fs.mkdirSync(path.dirname(outboxFile), { recursive: true });

// Orphaned (the parent died without stopping us, e.g. SIGKILL): stop, so the port is not held forever.
// PARENT_PID is set by cognito.ts; comparing with it also catches a parent that died before this line ran.
const parent = Number(process.env.PARENT_PID) || process.ppid;
const exitIfOrphaned = () => {
  if (process.ppid !== parent) process.exit(0);
};
exitIfOrphaned();
setInterval(exitIfOrphaned, 1000).unref();

const { ConsoleMessageSender } = require('cognito-local/lib/services/messageDelivery/consoleMessageSender.js');
const { MessagesService } = require('cognito-local/lib/services/messages.js');
const { createDefaultServer } = require('cognito-local/lib/server');
const { Targets } = require('cognito-local/lib/targets/targets.js');
const { InvalidParameterError, UserNotFoundError } = require('cognito-local/lib/errors.js');
const pino = require('pino');
const pinoPretty = require('pino-pretty');

const { attributesToRecord } = require('cognito-local/lib/services/userPoolService.js');

/*
 * The message of a flow, with its source remembered (the sender itself is not told). The CustomMessage trigger is
 * called as Cognito calls it, where cognito-local differs: the user-name placeholder only for an invitation; every
 * placeholder filled, not only the first (the German-and-English message holds the code twice); no message (null,
 * or cognito-local's empty default), or one longer than Cognito takes, means the pool's own message (cognito-local
 * has none: the outbox entry then carries the code alone); a message without the code placeholder (an invitation
 * also without the user name's) fails the request with InvalidParameterException, as Cognito's check of the e-mail
 * body does; a failing trigger fails the request (UserLambdaValidationException) instead of sending no text.
 */
const CODE_PARAMETER = '{####}';
const USERNAME_PARAMETER = '{username}';
const MAX_EMAIL_MESSAGE = 20000;
const MAX_EMAIL_SUBJECT = 140;

MessagesService.prototype.create = async function create(
  ctx,
  source,
  clientId,
  userPoolId,
  user,
  code,
  clientMetadata,
) {
  const message = { __code: code, __source: source };
  if (!this.triggers.enabled('CustomMessage')) return message;
  const invitation = source === 'AdminCreateUser';
  const response = await this.triggers.lambda.invoke(ctx, 'CustomMessage', {
    clientId: clientId ?? 'CLIENT_ID_NOT_APPLICABLE',
    clientMetadata,
    codeParameter: CODE_PARAMETER,
    triggerSource: `CustomMessage_${source}`,
    userAttributes: attributesToRecord(user.Attributes),
    username: user.Username,
    usernameParameter: invitation ? USERNAME_PARAMETER : null,
    userPoolId,
  });
  const body = response?.emailMessage;
  if (typeof body !== 'string' || body === '') return message;
  if (!body.includes(CODE_PARAMETER) || (invitation && !body.includes(USERNAME_PARAMETER))) {
    const pattern = invitation ? `.*${USERNAME_PARAMETER}.*${CODE_PARAMETER}.*` : `.*${CODE_PARAMETER}.*`;
    throw new InvalidParameterError(
      `1 validation error detected: Value at 'emailBody' failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern}`,
    );
  }
  if (body.length > MAX_EMAIL_MESSAGE) {
    ctx.logger.warn(`CustomMessage_${source}: the trigger's message is longer than Cognito takes; the pool's is sent`);
    return message;
  }
  const withCode = body.replaceAll(CODE_PARAMETER, () => code);
  const subject = response.emailSubject;
  return {
    ...message,
    emailMessage: invitation ? withCode.replaceAll(USERNAME_PARAMETER, () => user.Username) : withCode,
    ...(typeof subject === 'string' &&
      subject !== '' &&
      subject.length <= MAX_EMAIL_SUBJECT && { emailSubject: subject }),
  };
};

/** What a reader of the HTML sees: paragraphs on lines of their own, tags gone, character references resolved. */
const NAMED_REFERENCES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const textOfHtml = (html) =>
  html
    .replace(/<hr\s*\/?>/gi, '\n----------\n')
    .replace(/<\/p>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);|&#x([0-9a-f]+);|&(\w+);/gi, (whole, dec, hex, name) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
      return NAMED_REFERENCES[name.toLowerCase()] ?? whole;
    })
    .replace(/\n{3,}/g, '\n\n')
    .trim();

ConsoleMessageSender.prototype.sendToConsole = function sendToOutbox(ctx, user, destination, message) {
  const entry = {
    at: new Date().toISOString(),
    to: destination,
    username: user.Username,
    code: message.__code,
  };
  if (message.__source) entry.kind = message.__source;
  if (message.emailSubject) entry.subject = message.emailSubject;
  // The CustomMessage trigger writes HTML (as Cognito sends it); the outbox keeps it and a text rendering to read.
  if (message.emailMessage) {
    entry.html = message.emailMessage;
    entry.body = textOfHtml(message.emailMessage);
  } else if (message.smsMessage) entry.body = message.smsMessage;
  fs.mkdirSync(path.dirname(outboxFile), { recursive: true });
  fs.appendFileSync(outboxFile, `${JSON.stringify(entry)}\n`);
  ctx.logger.info(`${entry.kind ?? 'Message'} for ${destination} written to the outbox`);
  return Promise.resolve();
};

// Like Cognito: cognito-local stores AdminDisableUser's `Enabled: false` but still signs the user in, and it
// answers AdminCreateUser RESEND with "Unsupported". Both are wrapped here, in front of its own targets.
const { NotAuthorizedError, CognitoError } = require('cognito-local/lib/errors.js');
const { userToResponseObject } = require('cognito-local/lib/targets/responses.js');
const { randomBytes } = require('node:crypto');

const disabledMessage = 'User is disabled.';
const refuseDisabled = (user) => {
  if (user && user.Enabled === false) throw new NotAuthorizedError(disabledMessage);
};

const originalInitiateAuth = Targets.InitiateAuth;
Targets.InitiateAuth = (services) => {
  const target = originalInitiateAuth(services);
  return async (ctx, req) => {
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    if (req.AuthFlow === 'USER_PASSWORD_AUTH' && req.AuthParameters?.USERNAME) {
      const user = await userPool.getUserByUsername(ctx, req.AuthParameters.USERNAME);
      refuseDisabled(user);
      if (user?.UserStatus === 'FORCE_CHANGE_PASSWORD' && user.Password !== req.AuthParameters.PASSWORD) {
        throw new NotAuthorizedError('Incorrect username or password.');
      }
    } else if (req.AuthParameters?.REFRESH_TOKEN) {
      refuseDisabled(await userPool.getUserByRefreshToken(ctx, req.AuthParameters.REFRESH_TOKEN));
    }
    return target(ctx, req);
  };
};

const originalAdminInitiateAuth = Targets.AdminInitiateAuth;
Targets.AdminInitiateAuth = (services) => {
  const target = originalAdminInitiateAuth(services);
  return async (ctx, req) => {
    const userPool = await services.cognito.getUserPool(ctx, req.UserPoolId);
    if (req.AuthParameters?.USERNAME)
      refuseDisabled(await userPool.getUserByUsername(ctx, req.AuthParameters.USERNAME));
    return target(ctx, req);
  };
};

const originalAdminCreateUser = Targets.AdminCreateUser;
Targets.AdminCreateUser = (services) => {
  const target = originalAdminCreateUser(services);
  return async (ctx, req) => {
    if (req.MessageAction !== 'RESEND') return target(ctx, req);
    // Cognito: only a user still waiting for its first sign-in gets a new temporary password and the invitation again.
    const userPool = await services.cognito.getUserPool(ctx, req.UserPoolId);
    const user = await userPool.getUserByUsername(ctx, req.Username);
    if (!user) throw new UserNotFoundError('User does not exist.');
    if (user.UserStatus !== 'FORCE_CHANGE_PASSWORD') {
      throw new CognitoError('UnsupportedUserStateException', 'User is not in FORCE_CHANGE_PASSWORD state.');
    }
    const temporaryPassword = req.TemporaryPassword ?? process.env.CODE ?? randomBytes(6).toString('base64url');
    const now = services.clock.get();
    const updated = { ...user, Password: temporaryPassword, UserLastModifiedDate: now };
    await userPool.saveUser(ctx, updated);
    const email = updated.Attributes?.find((attribute) => attribute.Name === 'email')?.Value;
    if (!email)
      throw new CognitoError('InvalidParameterException', 'User has no attribute matching desired delivery mediums');
    await services.messages.deliver(
      ctx,
      'AdminCreateUser',
      null,
      userPool.options.Id,
      updated,
      temporaryPassword,
      req.ClientMetadata,
      {
        AttributeName: 'email',
        DeliveryMedium: 'EMAIL',
        Destination: email,
      },
    );
    return { User: userToResponseObject(updated) };
  };
};
/*
 * ResendConfirmationCode, which cognito-local 5.3 lacks (it answers "CognitoLocal#Unsupported"), done as Cognito
 * does it: an unconfirmed account gets a new code by e-mail (the old one stops working: cognito-local keeps one code
 * per user); a confirmed one is refused with InvalidParameterException; an unknown address is UserNotFoundException,
 * or, when the app client prevents user-existence errors, a made-up delivery like Cognito's. The router looks targets
 * up by name on each request, so adding one here is enough.
 */
Targets.ResendConfirmationCode =
  ({ cognito, clock, messages, otp }) =>
  async (ctx, req) => {
    const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByUsername(ctx, req.Username);
    if (!user) {
      const client = await cognito.getAppClient(ctx, req.ClientId);
      if (client?.PreventUserExistenceErrors !== 'ENABLED') throw new UserNotFoundError();
      return { CodeDeliveryDetails: { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'x***@x***' } };
    }
    if (user.UserStatus !== 'UNCONFIRMED') throw new InvalidParameterError('User is already confirmed.');
    const email = user.Attributes?.find((attribute) => attribute.Name === 'email')?.Value;
    if (!email) throw new InvalidParameterError('User has no attribute matching desired auto verified attributes');
    const deliveryDetails = { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: email };
    const code = otp();
    await messages.deliver(
      ctx,
      'ResendCode',
      req.ClientId,
      userPool.options.Id,
      user,
      code,
      req.ClientMetadata,
      deliveryDetails,
    );
    await userPool.saveUser(ctx, { ...user, UserLastModifiedDate: clock.get(), ConfirmationCode: code });
    return { CodeDeliveryDetails: deliveryDetails };
  };

const logger = pino(
  { level: process.env.DEBUG ? 'debug' : 'info' },
  pinoPretty({
    colorize: false,
    ignore: 'pid,name,hostname',
    singleLine: true,
    messageFormat: (log, messageKey) => `${log.reqId ?? 'NONE'} ${log.target ?? 'NONE'} ${log[messageKey]}`,
  }),
);

createDefaultServer(logger)
  .then((server) => server.start())
  .then((server) => {
    const address = server.address();
    if (!address) throw new Error('Server started without address');
    const url = typeof address === 'string' ? address : `${address.address}:${address.port}`;
    logger.info(`Cognito Local running on http://${url} (outbox: ${outboxFile})`);
  })
  .catch((error) => {
    logger.error(error);
    process.exit(1);
  });
