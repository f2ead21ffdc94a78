import type * as z from 'zod/mini';
import type { FieldIssue } from '../errors/index.ts';
// Configures zod/mini (English messages) before any input is validated: every module that reports
// validation issues imports this one.
import './zod.ts';

/**
 * Turns zod issues into field issues with full dotted paths. For unknown keys zod reports the
 * parent's path and lists the keys separately, so each key becomes its own issue.
 */
export function toFieldIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[] = [],
): FieldIssue[] {
  const result: FieldIssue[] = [];
  for (const issue of issues) {
    const base = [...prefix, ...issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment))];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch the input was meant for: the one that did not fail on its type alone
      // (for `"all" | string[]` and an array, the array's own issues).
      const meant = issue.errors.filter(
        (branch) =>
          !branch.every(
            (inner) => inner.path.length === 0 && (inner.code === 'invalid_type' || inner.code === 'invalid_value'),
          ),
      );
      if (meant.length === 1 && meant[0]) {
        result.push(...toFieldIssues(meant[0], base));
        continue;
      }
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        result.push({ path: [...base, key].join('.'), message: 'Unknown field', code: 'unknown_field' });
    } else {
      result.push({
        path: base.join('.'),
        message: issue.message,
        code: issueCode(issue),
        // A text that is too long: pages name the limit ("at most 120 characters").
        ...(issue.code === 'too_big' && issue.origin === 'string' && { params: { max: String(issue.maximum) } }),
      });
    }
  }
  return result;
}

/** A stable code per issue: our own refinement codes, else zod's issue code (with format). */
function issueCode(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom' && typeof issue.params?.code === 'string') return issue.params.code;
  if (issue.code === 'invalid_format') return `invalid_${issue.format}`;
  if (issue.code === 'too_small' && issue.minimum === 1 && issue.origin === 'string') return 'required';
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  return issue.code;
}
