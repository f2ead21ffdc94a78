import { directionOf, mirror } from './direction.ts';
import { valueFormatter } from './format.ts';
import { legend } from './legend.ts';
import { categoryScale, valueScale } from './scales.ts';
import { CHART_WIDTH, colourOf, el, FONT_SIZE, n, noDataBody, PAD, svgFrame, text } from './svg.ts';
import { type ChartInput, checkChartInput, hasNoData } from './types.ts';

const PLOT_HEIGHT = 180;
const AXIS_ROOM = 22;
/** At most this many category names under the axis; the table lists every one. */
const MAX_AXIS_LABELS = 6;
const DASHES = [undefined, '6 3', '2 3', '8 3 2 3'] as const;

/**
 * A line per series over ordered categories (months): for trends such as hours given per month.
 * Series differ by dash and marker shape as well as colour; a `null` value leaves a gap. In a
 * right-to-left language time runs from right to left and the value axis stands on the right.
 *
 * @returns an SVG string (`role="img"`, `<title>`, `<desc>`) to place beside `ChartTable`.
 */
export function lineChart(input: ChartInput): string {
  checkChartInput(input);
  const dir = input.dir ?? directionOf(input.lang);
  if (hasNoData(input)) {
    const { body, height } = noDataBody(input.texts.noData, dir);
    return svgFrame({ ...input, description: `${input.description} ${input.texts.noData}`, height, dir, body });
  }
  const at = mirror(dir, CHART_WIDTH);
  const format = valueFormatter(input.lang, input.numberFormat, input.texts.notShown);
  const key = legend(input.id, input.series, at, (index, x, y) => lineSwatch(index, at, x, y));
  const top = key.height + PAD + FONT_SIZE / 2;
  const bottom = top + PLOT_HEIGHT;
  const numbers = input.series.flatMap((series) => series.values.filter((value) => value !== null));
  const scale = valueScale(numbers, [bottom, top]);
  const ticks = scale.ticks(4);
  const tickTexts = ticks.map((tick) => format(tick));
  const axisWidth = Math.max(28, ...tickTexts.map((tick) => tick.length * FONT_SIZE * 0.6 + 8));
  const plotStart = PAD + axisWidth;
  const xOf = categoryScale(input.categories.length, [plotStart, CHART_WIDTH - PAD]);

  const grid = ticks.map((tick, index) => {
    const y = scale.at(tick);
    return (
      el('line', {
        x1: at.x(plotStart),
        x2: at.x(CHART_WIDTH - PAD),
        y1: y,
        y2: y,
        stroke: tick === 0 ? '#1d2433' : '#c5ccd6',
      }) + text({ x: at.x(plotStart - 4), y: y + 4, 'text-anchor': 'end' }, tickTexts[index] ?? '')
    );
  });
  const every = Math.ceil(input.categories.length / MAX_AXIS_LABELS);
  const labels = input.categories.map((category, index) =>
    index % every === 0 ? text({ x: at.x(xOf(index)), y: bottom + 16, 'text-anchor': 'middle' }, category) : '',
  );
  const lines = input.series.map((series, seriesIndex) => {
    const points = series.values.map((value, index) =>
      value === null ? null : { x: at.x(xOf(index)), y: scale.at(value) },
    );
    return el(
      'g',
      { class: `series-${seriesIndex}` },
      linePath(points, seriesIndex) +
        points.map((point) => (point ? marker(seriesIndex, point.x, point.y) : '')).join(''),
    );
  });
  const body = key.body + grid.join('') + labels.join('') + lines.join('');
  return svgFrame({ ...input, height: bottom + AXIS_ROOM, dir, body });
}

/**
 * Consecutive points joined; a `null` value breaks the line rather than bridging the gap, and a
 * point alone between gaps is only its marker.
 */
function linePath(points: readonly ({ x: number; y: number } | null)[], seriesIndex: number): string {
  const runs: { x: number; y: number }[][] = [[]];
  for (const point of points) {
    if (point) runs[runs.length - 1]?.push(point);
    else runs.push([]);
  }
  const d = runs
    .filter((run) => run.length > 1)
    .map((run) => run.map((point, index) => `${index === 0 ? 'M' : 'L'}${n(point.x)},${n(point.y)}`).join(''))
    .join('');
  if (d === '') return '';
  return el('path', {
    d,
    fill: 'none',
    stroke: colourOf(seriesIndex),
    'stroke-width': 2,
    'stroke-dasharray': DASHES[seriesIndex % DASHES.length],
  });
}

/** Circle, square, triangle, diamond: a shape per series, so the lines differ without colour. */
function marker(seriesIndex: number, x: number, y: number): string {
  const colour = colourOf(seriesIndex);
  const style = { fill: colour, stroke: '#fff', 'stroke-width': 1 };
  switch (seriesIndex % 4) {
    case 0:
      return el('circle', { cx: x, cy: y, r: 4, ...style });
    case 1:
      return el('rect', { x: x - 3.5, y: y - 3.5, width: 7, height: 7, ...style });
    case 2:
      return el('path', { d: `M${n(x)},${n(y - 5)}l4.5,8h-9z`, ...style });
    default:
      return el('path', { d: `M${n(x)},${n(y - 5)}l5,5l-5,5l-5,-5z`, ...style });
  }
}

function lineSwatch(seriesIndex: number, at: ReturnType<typeof mirror>, x: number, y: number): string {
  const mid = y + 7;
  return (
    el('line', {
      x1: at.x(x),
      x2: at.x(x + 14),
      y1: mid,
      y2: mid,
      stroke: colourOf(seriesIndex),
      'stroke-width': 2,
      'stroke-dasharray': DASHES[seriesIndex % DASHES.length],
    }) + marker(seriesIndex, at.x(x + 7), mid)
  );
}
