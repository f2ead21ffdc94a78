import { directionOf, mirror } from './direction.ts';
import { valueFormatter } from './format.ts';
import { legend } from './legend.ts';
import { valueScale } from './scales.ts';
import {
  CHART_WIDTH,
  colourOf,
  el,
  FONT_SIZE,
  noDataBody,
  PAD,
  patternId,
  seriesPatterns,
  svgFrame,
  text,
} from './svg.ts';
import { type ChartInput, ChartInputError, checkChartInput, hasNoData } from './types.ts';

const LABEL_ROW = 18;
const BAR = 16;
const BAR_GAP = 3;
const GROUP_GAP = 10;
/** Room after the longest bar for its value ("1.234,5"). */
const VALUE_ROOM = 64;

/**
 * Horizontal bars, one group a category with its name above: long names ("Wichlinghausen/
 * Oberbarmen", a language) stay readable on a 360 px phone, and the chart grows downwards rather
 * than squeezing. Each bar carries its value as text; a `null` value shows the "not shown" text
 * instead of a bar. Right-to-left languages get bars growing from the right.
 *
 * @returns an SVG string (`role="img"`, `<title>`, `<desc>`) to place beside `ChartTable`.
 */
export function barChart(input: ChartInput): string {
  checkChartInput(input);
  const dir = input.dir ?? directionOf(input.lang);
  if (hasNoData(input)) {
    const { body, height } = noDataBody(input.texts.noData, dir);
    return svgFrame({ ...input, description: `${input.description} ${input.texts.noData}`, height, dir, body });
  }
  const at = mirror(dir, CHART_WIDTH);
  const format = valueFormatter(input.lang, input.numberFormat, input.texts.notShown);
  const numbers = input.series.flatMap((series) => series.values.filter((value) => value !== null));
  const scale = valueScale(numbers, [PAD, CHART_WIDTH - PAD - VALUE_ROOM]);
  const zero = scale.at(0);

  const key = legend(input.id, input.series, at);
  const parts: string[] = [key.body];
  let y = key.height + PAD;
  const top = y;
  input.categories.forEach((category, index) => {
    parts.push(text({ x: at.x(PAD), y: y + FONT_SIZE, 'text-anchor': 'start', 'font-weight': 600 }, category));
    y += LABEL_ROW;
    input.series.forEach((series, seriesIndex) => {
      parts.push(bar(input.id, seriesIndex, series.values[index] ?? null, y, { at, zero, scale, format }));
      y += BAR + BAR_GAP;
    });
    y += GROUP_GAP;
  });
  parts.push(
    el('line', { x1: at.x(zero), x2: at.x(zero), y1: top + LABEL_ROW - 2, y2: y - GROUP_GAP, stroke: '#1d2433' }),
  );
  const body = seriesPatterns(input.id, input.series.length) + parts.join('');
  return svgFrame({ ...input, height: y, dir, body });
}

/**
 * Bars for several series a category, e.g. languages asked for vs languages available among
 * active volunteers. Each series has its own fill pattern and a legend row naming it.
 */
export function groupedBars(input: ChartInput): string {
  if (input.series.length < 2) throw new ChartInputError('Grouped bars need at least two series');
  return barChart(input);
}

function bar(
  id: string,
  seriesIndex: number,
  value: number | null,
  y: number,
  ctx: {
    at: ReturnType<typeof mirror>;
    zero: number;
    scale: ReturnType<typeof valueScale>;
    format: (value: number | null) => string;
  },
): string {
  const baseline = y + BAR / 2 + FONT_SIZE / 2 - 2;
  if (value === null) {
    return text(
      { x: ctx.at.x(ctx.zero + 4), y: baseline, 'text-anchor': 'start', 'font-style': 'italic' },
      ctx.format(null),
    );
  }
  const end = ctx.scale.at(value);
  const start = Math.min(ctx.zero, end);
  const width = Math.abs(end - ctx.zero);
  const rect =
    width > 0
      ? el('rect', {
          x: ctx.at.left(start, width),
          y,
          width,
          height: BAR,
          fill: `url(#${patternId(id, seriesIndex)})`,
          stroke: colourOf(seriesIndex),
        })
      : '';
  const label =
    value < 0
      ? text({ x: ctx.at.x(end - 4), y: baseline, 'text-anchor': 'end' }, ctx.format(value))
      : text({ x: ctx.at.x(end + 4), y: baseline, 'text-anchor': 'start' }, ctx.format(value));
  return rect + label;
}
