import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { BUNDLING } from './bundling-options.ts';
import { EXEC_WRAPPER_FILE, EXEC_WRAPPER_PATH, writeExecWrapperCommands } from './exec-wrapper.ts';
import { messageFileHooks } from './message-files.ts';

export interface NodeFunctionProps {
  /** Absolute path of the handler module (exports `handler`). */
  entry: string;
  /** Absolute path of package-lock.json; its folder is the esbuild project root. */
  depsLockFilePath: string;
  description: string;
  environment?: Record<string, string>;
  /** Default 10 s. */
  timeout?: Duration;
  /** Build-time constants (esbuild `define`), e.g. httpFunctionsDefine (bundling-options.ts). */
  define?: Record<string, string>;
}

type CommandHooks = ReturnType<typeof messageFileHooks>;

/** Adds the exec wrapper to the files written beside each bundle. */
function withExecWrapper(hooks: CommandHooks): CommandHooks {
  return {
    ...hooks,
    afterBundling: (inputDir, outputDir) => [
      ...hooks.afterBundling(inputDir, outputDir),
      ...writeExecWrapperCommands(`${outputDir}/${EXEC_WRAPPER_FILE}`),
    ],
  };
}

/**
 * One Lambda function as we run them all: Node.js 24 on arm64, an esbuild bundle (never Docker),
 * the message files beside it (one language read per request, message-files.ts) and the exec wrapper
 * that gives node its options (exec-wrapper.ts),
 * its own log group with a retention, its own role that may write only to that log group (no AWS
 * managed policy), and an alarm on errors. Callers grant data access on `role`/`fn` as needed.
 */
export class NodeFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;
  readonly errorsAlarm: Alarm;

  constructor(scope: Construct, id: string, props: NodeFunctionProps) {
    super(scope, id);

    // Logs can hold e-mail addresses and IPs: keep them a month, not forever.
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // Own role instead of the default one with the AWS managed AWSLambdaBasicExecutionRole
    // (cdk-nag IAM4): the function may create streams and put events in its own log group only.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${id}`,
    });
    this.logGroup.grantWrite(this.role);

    this.fn = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      depsLockFilePath: props.depsLockFilePath,
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup: this.logGroup,
      // Node options NODE_OPTIONS refuses, added by the wrapper beside the bundle (exec-wrapper.ts).
      environment: { ...props.environment, AWS_LAMBDA_EXEC_WRAPPER: EXEC_WRAPPER_PATH },
      bundling: {
        ...BUNDLING,
        esbuildArgs: { '--alias': Object.entries(BUNDLING.alias).map(([from, to]) => `${from}=${to}`) },
        format: OutputFormat.ESM,
        externalModules: [...BUNDLING.externalModules],
        mainFields: [...BUNDLING.mainFields],
        ...(props.define && { define: props.define }),
        // The texts of every language as JSON beside the bundle, read per language on first use; and the exec wrapper.
        commandHooks: withExecWrapper(messageFileHooks()),
      },
    });

    this.errorsAlarm = new Alarm(this, 'ErrorsAlarm', {
      alarmDescription: `${id}: the function threw or timed out (any invocation error in 5 minutes).`,
      metric: this.fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
