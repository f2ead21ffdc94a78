import type { FieldIssue } from '../errors/index.ts';
import type { FieldErrors } from './form.tsx';
import { issueText, type Translate } from './i18n.ts';
import type { MessageKey } from './messages-de.ts';

/**
 * Field errors keyed by form field (the first segment of the issue path, `quarters.0` → `quarters`;
 * `depth` 2 keeps `address.street`), with a page's own words where the generic text would be vague:
 * `own` maps `field:code` or `field` to a message key.
 */
export function errorsOf(
  t: Translate,
  issues: FieldIssue[],
  own: Record<string, MessageKey> = {},
  options: { depth?: number; prefix?: string } = {},
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const name = issue.path
      .split('.')
      .slice(0, options.depth ?? 1)
      .join('.');
    const key = own[`${name}:${issue.code}`] ?? own[name];
    errors[`${options.prefix ?? ''}${name}`] ??= key ? t(key, issue.params) : issueText(t, issue);
  }
  return errors;
}
