/**
 * Texts of a form's values for the conflict panel (conflict-panel.tsx). The stored record and the typing both go
 * through the same functions, so equal texts mean an unchanged field; typed values may be anything, so nothing here
 * assumes they are valid.
 */
import { WEEKDAYS } from '../time/calendar.ts';
import type { FieldText } from './conflict-panel.tsx';
import { formatDate } from './format.ts';
import type { Lang, Translate } from './i18n.ts';

/** A labelled text; an empty one shows as a dash. */
export const fieldText = (label: string, text: string): FieldText => ({ label, text: text === '' ? '–' : text });

/** The items sorted, so that the order they were ticked in makes no difference; `none` when there are none. */
export const listText = (items: string[], none: string): string =>
  items.length === 0 ? none : [...items].sort().join(', ');

/** A typed date in the reader's format when it is one, else as typed. */
export const dateText = (lang: Lang, value: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(lang, value) : value;

/** A typed weekday's name when it is a known one, else as typed (`?` when empty). */
export const weekdayText = (t: Translate, day: string): string =>
  (WEEKDAYS as readonly string[]).includes(day) ? t(`weekday_${day as (typeof WEEKDAYS)[number]}`) : day || '?';
