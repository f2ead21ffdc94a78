import { valueFormatter } from './format.ts';
import { type ChartInput, hasNoData } from './types.ts';

/**
 * The chart's numbers as a table, so they are there without the picture (screen readers, print,
 * copying into a report): one row a category (`th scope="row"`), one column a series.
 */
export function ChartTable(props: { chart: ChartInput; caption?: string | undefined }) {
  const { chart } = props;
  const format = valueFormatter(chart.lang, chart.numberFormat, chart.texts.notShown);
  const caption = props.caption ?? (chart.unit ? `${chart.title} (${chart.unit})` : chart.title);
  return (
    <table class="chart-table" id={`${chart.id}-table`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{chart.texts.category}</th>
          {chart.series.map((series) => (
            <th scope="col">{series.name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {hasNoData(chart) ? (
          <tr>
            <td colspan={chart.series.length + 1}>{chart.texts.noData}</td>
          </tr>
        ) : (
          chart.categories.map((category, index) => (
            <tr>
              <th scope="row">{category}</th>
              {chart.series.map((series) => (
                <td class={series.values[index] === null ? 'not-shown' : 'number'}>
                  {format(series.values[index] ?? null)}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
