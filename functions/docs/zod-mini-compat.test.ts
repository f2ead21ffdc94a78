import { describe, expect, it } from 'vitest';
import * as classic from 'zod';
import * as z from 'zod/mini';
import { defineRoute } from '../../shared/http/api-route.ts';
import { meta } from '../../shared/http/zod.ts';
import { openApiDocument } from './openapi.ts';

const route = (body: classic.core.$ZodType, response: classic.core.$ZodType) =>
  defineRoute({
    method: 'post',
    path: '/api/twins',
    operationId: 'twins',
    summary: 'Twins',
    tag: 'test',
    security: 'public',
    body,
    responses: { 200: { description: 'OK', schema: response } },
  });

describe('the OpenAPI document of zod/mini schemas', () => {
  it('is the same as of their classic twins', () => {
    const classicDocument = openApiDocument('/', [
      route(
        classic
          .object({
            name: classic.string().trim().min(1).max(80),
            email: classic.email().max(254).optional(),
            count: classic.number().int().min(1).max(160),
            kind: classic.enum(['a', 'b']).meta({ description: 'Which' }),
            tags: classic.array(classic.string().regex(/^[a-z]+$/)).max(5),
          })
          .strict()
          .meta({ id: 'Twin', description: 'One of two' }),
        classic.object({
          at: classic.iso.datetime(),
          day: classic.iso.date().optional(),
          counts: classic.record(classic.string(), classic.number().int()),
          note: classic.string().max(9).nullable(),
        }),
      ),
    ]);
    const miniDocument = openApiDocument('/', [
      route(
        meta(
          z.strictObject({
            name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
            email: z.optional(z.email().check(z.maxLength(254))),
            count: z.number().check(z.int(), z.gte(1), z.lte(160)),
            kind: meta(z.enum(['a', 'b']), { description: 'Which' }),
            tags: z.array(z.string().check(z.regex(/^[a-z]+$/))).check(z.maxLength(5)),
          }),
          { id: 'Twin', description: 'One of two' },
        ),
        z.object({
          at: z.iso.datetime(),
          day: z.optional(z.iso.date()),
          counts: z.record(z.string(), z.number().check(z.int())),
          note: z.nullable(z.string().check(z.maxLength(9))),
        }),
      ),
    ]);
    expect(JSON.stringify(miniDocument, null, 2)).toBe(JSON.stringify(classicDocument, null, 2));
    expect(JSON.stringify(classicDocument)).toContain('"maxLength":80');
  });
});
