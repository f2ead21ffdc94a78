import type { mirror } from './direction.ts';
import { el, FONT_SIZE, PAD, patternId, text } from './svg.ts';
import type { ChartSeries } from './types.ts';

export const LEGEND_ROW = 20;
const SWATCH = 14;

/**
 * One row a series (a phone has no room for them side by side): its fill, or its line and marker,
 * then its name. Nothing to show for a single series: the title names it.
 */
export function legend(
  id: string,
  series: readonly ChartSeries[],
  at: ReturnType<typeof mirror>,
  swatch: (index: number, x: number, y: number) => string = (index, x, y) =>
    el('rect', {
      x: at.left(x, SWATCH),
      y,
      width: SWATCH,
      height: SWATCH,
      fill: `url(#${patternId(id, index)})`,
      stroke: '#1d2433',
    }),
): { body: string; height: number } {
  if (series.length < 2) return { body: '', height: 0 };
  const rows = series.map((entry, index) => {
    const y = PAD + index * LEGEND_ROW;
    return (
      swatch(index, PAD, y) +
      text({ x: at.x(PAD + SWATCH + 6), y: y + FONT_SIZE - 1, 'text-anchor': 'start' }, entry.name)
    );
  });
  return { body: el('g', { class: 'legend' }, rows.join('')), height: PAD + series.length * LEGEND_ROW };
}
