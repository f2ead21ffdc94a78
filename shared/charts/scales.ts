/**
 * The one place that speaks to the charting library, d3-array (the d3 module that d3-scale
 * itself takes its `nice` and `ticks` from): value axes that end on round numbers with round
 * tick steps. The mapping onto the page is a straight line and plain arithmetic; d3-scale would
 * add 28 KB of colour interpolation and number formatting (we use Intl) to the bundle for that.
 */
import { nice, ticks } from 'd3-array';

/** Maps values to a logical length; the domain always contains 0 and ends on round numbers. */
export function valueScale(values: readonly number[], range: readonly [number, number]) {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  // All zeros: still a visible axis from 0 to 1 rather than a collapsed one.
  const [start, stop] = nice(low, high === low ? low + 1 : high, 4);
  const [from, to] = range;
  return {
    at: (value: number) => from + ((value - start) / (stop - start)) * (to - from),
    ticks: (count: number) => ticks(start, stop, count),
  };
}

/** Evenly spaced positions for `count` categories across `range`, half a step in from each end. */
export function categoryScale(count: number, range: readonly [number, number]) {
  const step = (range[1] - range[0]) / Math.max(count, 1);
  return (index: number) => range[0] + step * (index + 0.5);
}
