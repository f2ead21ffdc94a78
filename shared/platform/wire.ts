import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CalendarFeedRepository } from '../calendar/feed-repository.ts';
import type { CalendarFeedServiceDeps } from '../calendar/feed-service.ts';
import type { PlatformConfig } from '../config/env.ts';
import type { ManagerMatches } from '../matches/manager-matches.ts';
import type { MatchRelease } from '../matches/match-release.ts';
import type { MatchRepository } from '../matches/match-repository.ts';
import type { NeedMatches } from '../matches/need-matches.ts';
import type { VolunteerMatches } from '../matches/volunteer-matches.ts';
import type { NeedRepository } from '../needs/need-repository.ts';
import type { SafeguardingRepository } from '../safeguarding/safeguarding-repository.ts';
import type { Clock, Services } from './services.ts';

/**
 * Every node of the composition: the services, and the parts several of them share (one
 * document client, one instance of each repository) that no route uses directly.
 */
export interface Wired extends Services {
  db: DynamoDBDocumentClient;
  needRepository: NeedRepository;
  matchRepository: MatchRepository;
  /** Releasing a volunteer's matches: all the profile and privacy services need of matching. */
  matchRelease: MatchRelease;
  /** The need service's match operations. */
  needMatches: NeedMatches;
  /** Matching's managers' side alone (the cover sweeps; a function serving only managers). */
  managerMatches: ManagerMatches;
  /** Matching's volunteer side alone (a function serving only volunteers). */
  volunteerMatches: VolunteerMatches;
  safeguardingRepository: SafeguardingRepository;
  calendarFeedRepository: CalendarFeedRepository;
  /** The iCalendar writer: wired by the needs function (it serves the feeds) and the local platform. */
  calendarBuilder: CalendarFeedServiceDeps['build'];
}

/** What every composition starts from. */
export interface WiringBase {
  config: PlatformConfig;
  clock: Clock;
}

/** The base of a Lambda's composition: its configuration and the wall clock. */
export const lambdaBase = (config: PlatformConfig): WiringBase => ({ config, clock: () => new Date() });

/**
 * Builds one node from the nodes it names in its parameter type (a `Pick<Wired, …>`). Construction
 * does no I/O.
 */
export type Factory<T> = (wired: never) => T;

type Built<F> = { [K in keyof F]: F[K] extends Factory<infer T> ? T : never };

/**
 * Builds exactly the nodes `factories` names (each from the shared/platform/factories module of
 * that name), so a function's bundle imports only the classes it uses. The compiler checks that
 * every node a factory asks for is wired too (else: "Property 'x' is missing in type …"), and the
 * caller's declared type (e.g. `CatalogServices`) that everything its routes use is there.
 * Each node is built once, before this returns: at a Lambda's init, where CPU is boosted.
 */
export function wire<B extends WiringBase, F extends Record<string, Factory<unknown>>>(
  base: B,
  factories: F & { [K in keyof F]: (wired: B & Built<F>) => unknown },
): B & Built<F> {
  const source: Record<string, unknown> = { ...(base as object) };
  for (const [key, factory] of Object.entries(factories as Record<string, (wired: unknown) => unknown>)) {
    let state: 'waiting' | 'building' | 'built' = 'waiting';
    let value: unknown;
    Object.defineProperty(source, key, {
      enumerable: true,
      get() {
        if (state === 'built') return value;
        if (state === 'building') throw new Error(`Services wiring: ${key} depends on itself`);
        state = 'building';
        value = factory(source);
        state = 'built';
        return value;
      },
    });
  }
  return Object.fromEntries(Object.keys(source).map((key) => [key, source[key]])) as B & Built<F>;
}
