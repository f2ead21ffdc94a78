import type { SafeguardingStatus } from '../safeguarding/safeguarding-service.ts';
import { formatDate } from './format.ts';
import type { Lang, Translate } from './i18n.ts';

/**
 * The sentence on a volunteer's current safeguarding check, for the admins' safeguarding page and a manager's
 * volunteer page alike: none recorded, or when it was inspected, until when it counts (if it does) and when its
 * facts will be deleted.
 */
export function safeguardingStatusText(t: Translate, lang: Lang, status: SafeguardingStatus): string {
  if (!status.recorded) return t('sgCurrentNone');
  return t(status.validUntil ? 'sgCurrentValid' : 'sgCurrentInvalid', {
    date: formatDate(lang, status.inspectedOn ?? ''),
    until: formatDate(lang, status.validUntil ?? ''),
    deleteOn: formatDate(lang, status.deleteOn ?? ''),
  });
}
