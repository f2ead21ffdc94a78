'use strict';
/*
 * Runs cognito-local exactly as its own lib/bin/start.js does, with one change: messages it would print to its
 * console ("Confirmation Code Delivery": sign-up codes, password-reset codes, temporary passwords) are appended
 * as one JSON line each to OUTBOX_FILE, which the local outbox page (/dev/outbox) and the tests read:
 *   { at, to, username, code, kind?, subject?, body? }
 * `kind` is cognito-local's message source: SignUp, ForgotPassword, AdminCreateUser, ResendCode,
 * UpdateUserAttribute, VerifyUserAttribute, Authentication.
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

// Remember which flow a message belongs to (the sender itself is not told).
const originalCreate = MessagesService.prototype.create;
MessagesService.prototype.create = async function create(ctx, source, ...rest) {
  const message = await originalCreate.call(this, ctx, source, ...rest);
  return { ...message, __source: source };
};

ConsoleMessageSender.prototype.sendToConsole = function sendToOutbox(ctx, user, destination, message) {
  const entry = {
    at: new Date().toISOString(),
    to: destination,
    username: user.Username,
    code: message.__code,
  };
  if (message.__source) entry.kind = message.__source;
  if (message.emailSubject) entry.subject = message.emailSubject;
  const body = message.emailMessage ?? message.smsMessage;
  if (body) entry.body = body;
  fs.mkdirSync(path.dirname(outboxFile), { recursive: true });
  fs.appendFileSync(outboxFile, `${JSON.stringify(entry)}\n`);
  ctx.logger.info(`${entry.kind ?? 'Message'} for ${destination} written to the outbox`);
  return Promise.resolve();
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
