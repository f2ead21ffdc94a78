import { describe, expect, it } from 'vitest';
import { HOURS } from './fixtures-for-tests.ts';
import { lineChart } from './line-chart.ts';
import { CHART_WIDTH } from './svg.ts';
import type { ChartInput } from './types.ts';
import { all, byId, num, parseXml, texts } from './xml-for-tests.ts';

const TREND: ChartInput = {
  ...HOURS,
  id: 'trend',
  categories: ['Jan.', 'Feb.', 'März', 'Apr.'],
  series: [
    { name: 'Stunden', values: [120, 95, null, 160] },
    { name: 'Einsätze', values: [40, 35, 50, 30] },
  ],
};

const markers = (root: ReturnType<typeof parseXml>, seriesIndex: number) => {
  const group = all(root, 'g').find((g) => g.getAttribute('class') === `series-${seriesIndex}`);
  return group
    ? [
        ...all(group, 'circle'),
        ...all(group, 'rect'),
        ...all(group, 'path').filter((p) => p.getAttribute('fill') !== 'none'),
      ]
    : [];
};
const markerX = (element: ReturnType<typeof parseXml>) =>
  element.tagName === 'circle'
    ? num(element, 'cx')
    : element.tagName === 'rect'
      ? num(element, 'x') + num(element, 'width') / 2
      : Number(/^M([\d.]+)/.exec(element.getAttribute('d') ?? '')?.[1]);

describe('lineChart', () => {
  it('is well-formed SVG with its title and desc referenced by aria-labelledby', () => {
    const svg = parseXml(lineChart(TREND), 'image/svg+xml');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('trend-title trend-desc');
    expect(byId(svg, 'trend-title')?.textContent).toBe(TREND.title);
    expect(byId(svg, 'trend-desc')?.textContent).toBe(TREND.description);
  });

  it('marks every number, breaks the line at a null and tells series apart by dash and marker shape', () => {
    const svg = parseXml(lineChart(TREND));
    expect(markers(svg, 0).map((m) => m.tagName)).toEqual(['circle', 'circle', 'circle']);
    expect(markers(svg, 1).map((m) => m.tagName)).toEqual(['rect', 'rect', 'rect', 'rect']);
    const lines = all(svg, 'path').filter((p) => p.getAttribute('fill') === 'none');
    // 120 → 95, then a gap, then 160 alone: a path of one segment only.
    expect(lines[0]?.getAttribute('d')?.match(/[ML]/g)).toEqual(['M', 'L']);
    expect(lines[1]?.getAttribute('d')?.match(/[ML]/g)).toEqual(['M', 'L', 'L', 'L']);
    expect(lines[0]?.getAttribute('stroke-dasharray')).toBeNull();
    expect(lines[1]?.getAttribute('stroke-dasharray')).toBe('6 3');
    expect(texts(all(svg, 'g').find((g) => g.getAttribute('class') === 'legend') as never)).toEqual([
      'Stunden',
      'Einsätze',
    ]);
  });

  it('writes the axis in the language', () => {
    const farsi = texts(parseXml(lineChart({ ...TREND, lang: 'fa' })));
    expect(farsi).toContain('۱۵۰');
    expect(texts(parseXml(lineChart(TREND)))).toContain('150');
  });

  it('runs time from right to left and puts the value axis on the right in a right-to-left language', () => {
    const ltr = parseXml(lineChart(TREND));
    const rtl = parseXml(lineChart({ ...TREND, lang: 'ar' }));
    const ltrX = markers(ltr, 1).map(markerX);
    const rtlX = markers(rtl, 1).map(markerX);
    expect(ltrX).toEqual([...ltrX].sort((a, b) => a - b));
    expect(rtlX).toEqual([...rtlX].sort((a, b) => b - a));
    rtlX.forEach((x, index) => {
      expect(x).toBeCloseTo(CHART_WIDTH - (ltrX[index] ?? 0), 0);
    });
    const axisLabelX = (root: typeof ltr) =>
      num(
        all(root, 'text').find((t) => t.textContent === '0'),
        'x',
      );
    expect(axisLabelX(ltr)).toBeLessThan(CHART_WIDTH / 4);
    expect(axisLabelX(rtl)).toBeGreaterThan((CHART_WIDTH * 3) / 4);
  });

  it('shows the "no data" state when there is nothing to draw', () => {
    const svg = parseXml(lineChart({ ...TREND, categories: [], series: [] }));
    expect(texts(svg)).toEqual([TREND.texts.noData]);
    expect(all(svg, 'path')).toHaveLength(0);
  });
});
