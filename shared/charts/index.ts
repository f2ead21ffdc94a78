export { barChart, groupedBars } from './bar-chart.ts';
export { ChartFigure } from './chart-figure.tsx';
export { ChartTable } from './data-table.tsx';
export { directionOf } from './direction.ts';
export { lineChart } from './line-chart.ts';
export { CHART_STYLES, PRINT_STYLES } from './styles.ts';
export { type ChartInput, ChartInputError, type ChartSeries, type ChartTexts } from './types.ts';
