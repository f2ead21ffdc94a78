import { raw } from 'hono/html';
import { ChartTable } from './data-table.tsx';
import type { ChartInput } from './types.ts';

/**
 * A chart and its table as one figure: the visible title, the SVG (drawn by `draw`, e.g.
 * `barChart`), the same numbers as a table. Needs no JavaScript.
 */
export function ChartFigure(props: { chart: ChartInput; draw: (chart: ChartInput) => string }) {
  const { chart } = props;
  return (
    <figure class="chart" id={`${chart.id}-figure`}>
      <figcaption>{chart.title}</figcaption>
      <div class="chart-body">
        {raw(props.draw(chart))}
        <ChartTable chart={chart} />
      </div>
    </figure>
  );
}
