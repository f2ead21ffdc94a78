/**
 * Runs one built bundle as the Lambda Node.js runtime does: imports `index.mjs` of the asset
 * folder once (the cold start), then calls its `handler(event, context)` for each event the parent
 * sends over IPC, one at a time, and sends back the result or the error.
 * Usage (forked by lambda-host.ts): node lambda-runner.mjs <bundle file> <function name> <timeout ms>
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';

const [bundle, functionName, timeoutMs] = process.argv.slice(2);

// The scenario runs at a fixed moment: the clock starts at QH_SCENARIO_NOW and then advances
// in real time (timeouts and token expiry still work). Installed before the bundle is imported.
if (process.env.QH_SCENARIO_NOW) {
  const RealDate = Date;
  const offset = new RealDate(process.env.QH_SCENARIO_NOW).getTime() - RealDate.now();
  globalThis.Date = class ScenarioDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  };
}
const describe = (error) =>
  error instanceof Error
    ? { name: error.name, message: error.message, stack: error.stack }
    : { message: String(error) };

let handler;
try {
  ({ handler } = await import(pathToFileURL(bundle).href));
  if (typeof handler !== 'function') throw new Error(`${bundle} exports no function \`handler\``);
} catch (error) {
  process.send({ type: 'ready', execArgv: process.execArgv, error: describe(error) });
  process.exit(1);
}

process.on('message', async ({ id, event }) => {
  const deadline = Date.now() + Number(timeoutMs);
  const context = {
    awsRequestId: randomUUID(),
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${process.env.AWS_REGION}:111122223333:function:${functionName}`,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  try {
    process.send({ id, result: (await handler(event, context)) ?? null });
  } catch (error) {
    process.send({ id, error: describe(error) });
  }
});
process.send({ type: 'ready', execArgv: process.execArgv });
