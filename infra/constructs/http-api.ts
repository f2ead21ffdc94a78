import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { cognitoIssuer } from '../../shared/config/env.ts';
import { DEFAULT_ROUTE, type GatewayRoute } from '../../shared/gateway/gateway-route.ts';

export interface HttpApiProps {
  userPool: UserPool;
  client: UserPoolClient;
  /** Stage throttling; default burst 100, rate 50 requests per second. */
  throttle?: { burstLimit: number; rateLimit: number };
}

/** Why a route without a gateway authorizer is acceptable (cdk-nag APIG4), by kind of route. */
function publicRouteReason(path: string): string {
  if (path === DEFAULT_ROUTE) return 'The $default route only renders the 404 page; it serves no data.';
  if (path.startsWith('/api/')) {
    return `${path} is public by design: the sign-in/sign-up endpoints themselves, the public catalogue, the consent text or the OpenAPI document; none returns personal data.`;
  }
  return `${path} is a web page: browsers send an HttpOnly session cookie, not a bearer token, so the gateway cannot check it; the app verifies the server-side session on every request and redirects to sign-in.`;
}

/**
 * The HTTP API: one `$default` stage with throttling and JSON access logs, a Cognito JWT
 * authorizer for the /api routes that need a caller, routes added per function from its
 * `gateway.ts` descriptor, and an alarm on 5xx responses.
 */
export class QuartiershilfeHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly jwtAuthorizer: HttpJwtAuthorizer;
  readonly serverErrorsAlarm: Alarm;
  private readonly noneAuthorizer = new HttpNoneAuthorizer();

  constructor(scope: Construct, id: string, props: HttpApiProps) {
    super(scope, id);

    this.api = new HttpApi(this, 'Api', {
      description: 'Quartiershilfe: web pages and JSON API',
      // Same origin for pages and API: no CORS preflight.
      createDefaultStage: false,
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const throttle = props.throttle ?? { burstLimit: 100, rateLimit: 50 };
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            method: '$context.httpMethod',
            routeKey: '$context.routeKey',
            path: '$context.path',
            status: '$context.status',
            protocol: '$context.protocol',
            responseLength: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationLatencyMs: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
            error: '$context.error.message',
          }),
        ),
      },
    });

    // Same issuer string the functions verify tokens against (shared/config/env.ts).
    const issuer = cognitoIssuer(Stack.of(this).region, props.userPool.userPoolId);
    // Cognito access tokens carry `client_id` instead of `aud`; API Gateway checks either
    // against this audience list, so ID and access tokens of our client both pass.
    this.jwtAuthorizer = new HttpJwtAuthorizer('CognitoJwt', issuer, {
      jwtAudience: [props.client.userPoolClientId],
    });

    this.serverErrorsAlarm = new Alarm(this, 'ServerErrorsAlarm', {
      alarmDescription: 'The HTTP API answered 5 or more requests with a 5xx status in 5 minutes.',
      metric: this.stage.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 5,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }

  /** The URL of the `$default` stage. */
  get url(): string {
    return this.stage.url;
  }

  /** Routes `routes` to `fn` (payload format 2.0), with the authorizer each route asks for. */
  addFunctionRoutes(name: string, fn: IFunction, routes: readonly GatewayRoute[]): HttpRoute[] {
    const integration = new HttpLambdaIntegration(`${name}Integration`, fn);
    const added: HttpRoute[] = [];
    for (const route of routes) {
      const authorizer: IHttpRouteAuthorizer = route.authorizer === 'jwt' ? this.jwtAuthorizer : this.noneAuthorizer;
      let created: HttpRoute[];
      if (route.path === DEFAULT_ROUTE) {
        created = [
          new HttpRoute(this, `${name}DefaultRoute`, {
            httpApi: this.api,
            routeKey: HttpRouteKey.DEFAULT,
            integration,
            authorizer,
          }),
        ];
      } else {
        created = this.api.addRoutes({
          path: route.path,
          methods: route.methods.map((method) => HttpMethod[method]),
          integration,
          authorizer,
        });
      }
      if (route.authorizer === 'none') {
        for (const r of created) {
          Validations.of(r).acknowledge({ id: 'AwsSolutions-APIG4', reason: publicRouteReason(route.path) });
        }
      }
      added.push(...created);
    }
    return added;
  }
}
