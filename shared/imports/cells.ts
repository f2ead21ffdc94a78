import { weekdayOfName } from '../i18n/weekday-names.ts';
import { isCalendarDate, WEEKDAYS, type Weekday } from '../time/calendar.ts';

/** A cell as the readers hand it over: CSV gives text, XLSX may give numbers and booleans. */
export type RawCell = string | number | boolean | null | undefined;

/**
 * The cell as trimmed text ('' when empty), without the apostrophe our exports put before text
 * that a spreadsheet would take for a formula (shared/spreadsheets/csv.ts), so an export comes back as it was.
 */
export const text = (cell: RawCell): string =>
  cell === null || cell === undefined
    ? ''
    : String(cell)
        .trim()
        .replace(/^'(?=[=+\-@])/, '');

/** A list cell: items separated by commas, semicolons, line breaks or "|". */
export const list = (cell: RawCell): string[] =>
  text(cell)
    .split(/[,;|\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included): serial numbers count from there. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A date cell as YYYY-MM-DD: ISO as it is, German `1.3.2026` / `01.03.2026` / `01.03.26`, or an
 * Excel serial number. Anything else is returned as typed, for the schema to refuse by name.
 */
export function date(cell: RawCell): string {
  if (typeof cell === 'number' && Number.isFinite(cell) && cell > 0 && cell < 2958466)
    return new Date(EXCEL_EPOCH + Math.floor(cell) * 86_400_000).toISOString().slice(0, 10);
  const value = text(cell);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(value);
  if (german) {
    const [, d, m, y] = german as unknown as [string, string, string, string];
    const year = y.length === 2 ? `20${y}` : y;
    const iso = `${year}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    return isCalendarDate(iso) ? iso : value;
  }
  return value;
}

/** A time cell as HH:MM: `9:30`, `09:30`, `9.30`, `15 Uhr`, or Excel's fraction of a day. */
export function time(cell: RawCell): string {
  if (typeof cell === 'number' && cell >= 0 && cell <= 1) {
    const minutes = Math.round(cell * 24 * 60);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  const value = text(cell).replace(/\s*uhr$/i, '');
  const match = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(value);
  return match ? `${(match[1] as string).padStart(2, '0')}:${match[2] ?? '00'}` : value;
}

const YES = ['ja', 'j', 'yes', 'y', 'x', 'true', 'wahr', '1'];
const NO = ['nein', 'n', 'no', 'false', 'falsch', '0', ''];

/** A yes/no cell; undefined when it is neither, for the schema to name. */
export function yesNo(cell: RawCell): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  const value = text(cell).toLowerCase();
  if (YES.includes(value)) return true;
  if (NO.includes(value)) return false;
  return undefined;
}

/** A whole number cell; the text itself when it is none, for the schema to refuse. */
export function integer(cell: RawCell): number | string {
  if (typeof cell === 'number') return cell;
  const value = text(cell);
  return /^\d+$/.test(value) ? Number(value) : value;
}

const WEEKDAY_NAMES: Record<string, Weekday> = {
  montag: 'mon',
  mo: 'mon',
  monday: 'mon',
  mon: 'mon',
  dienstag: 'tue',
  di: 'tue',
  tuesday: 'tue',
  tue: 'tue',
  mittwoch: 'wed',
  mi: 'wed',
  wednesday: 'wed',
  wed: 'wed',
  donnerstag: 'thu',
  do: 'thu',
  thursday: 'thu',
  thu: 'thu',
  freitag: 'fri',
  fr: 'fri',
  friday: 'fri',
  fri: 'fri',
  samstag: 'sat',
  sa: 'sat',
  sonnabend: 'sat',
  saturday: 'sat',
  sat: 'sat',
  sonntag: 'sun',
  so: 'sun',
  sunday: 'sun',
  sun: 'sun',
};

/**
 * A weekday cell as the schema's code: German or English, full or short, or the full name in any
 * of the platform's languages (what an export writes); the text when it is none.
 */
export function weekday(cell: RawCell): string {
  const value = text(cell).toLowerCase().replace(/\.$/, '');
  return WEEKDAY_NAMES[value] ?? (WEEKDAYS.includes(value as Weekday) ? value : (weekdayOfName(value) ?? text(cell)));
}
