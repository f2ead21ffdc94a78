/**
 * What a chart shows. Texts arrive already translated (the page's messages), numbers raw: the
 * chart formats them with `Intl` in `lang`.
 */
export interface ChartSeries {
  name: string;
  /** One per category; `null` where there is no number to show (a cell under 5 people, no data yet). */
  values: readonly (number | null)[];
}

/** The few words a chart writes itself, in the page's language. */
export interface ChartTexts {
  /** Shown instead of the picture and the table rows when there is nothing to draw. */
  noData: string;
  /** Shown in place of a `null` value, e.g. "fewer than 5". */
  notShown: string;
  /** Header of the table's first column, e.g. "Month" or "Language". */
  category: string;
}

export interface ChartInput {
  /** Unique on the page: prefixes the ids of the title, description and fill patterns. */
  id: string;
  title: string;
  /** One or two sentences saying what the chart shows (its `<desc>`). */
  description: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** Named in the table's caption, e.g. "hours". */
  unit?: string | undefined;
  /** BCP 47 language of the page; numbers are formatted and the direction derived from it. */
  lang: string;
  /** Overrides the direction derived from `lang`. */
  dir?: 'ltr' | 'rtl' | undefined;
  /** How values are written, e.g. `{ style: 'percent' }` for rates; at most one decimal by default. */
  numberFormat?: Intl.NumberFormatOptions | undefined;
  texts: ChartTexts;
}

/** A chart's input that does not fit together (a programming error on the calling page). */
export class ChartInputError extends Error {
  readonly code = 'CHART_INPUT_INVALID';
}

const ID = /^[A-Za-z][\w-]*$/;

/** Throws a `ChartInputError` unless every series has one value per category and the id is usable. */
export function checkChartInput(input: ChartInput): void {
  if (!ID.test(input.id)) throw new ChartInputError(`Chart id "${input.id}" is no valid XML id`);
  for (const series of input.series) {
    if (series.values.length !== input.categories.length) {
      throw new ChartInputError(
        `Series "${series.name}" has ${series.values.length} values for ${input.categories.length} categories`,
      );
    }
    if (series.values.some((value) => value !== null && !Number.isFinite(value))) {
      throw new ChartInputError(`Series "${series.name}" has a value that is no finite number`);
    }
  }
}

/** True when there is not a single number to draw. */
export function hasNoData(input: ChartInput): boolean {
  return input.categories.length === 0 || input.series.every((series) => series.values.every((v) => v === null));
}
