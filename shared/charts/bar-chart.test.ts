import { describe, expect, it } from 'vitest';
import { barChart, groupedBars } from './bar-chart.ts';
import { HOURS, LANGUAGE_GAP } from './fixtures-for-tests.ts';
import { CHART_WIDTH, PAD } from './svg.ts';
import { ChartInputError } from './types.ts';
import { all, byId, num, parseXml, texts } from './xml-for-tests.ts';

describe('barChart', () => {
  it('is well-formed SVG, an image named by its title and described by its desc', () => {
    const svg = parseXml(barChart(HOURS), 'image/svg+xml');
    expect(svg.tagName).toBe('svg');
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('viewBox')).toMatch(new RegExp(`^0 0 ${CHART_WIDTH} \\d+`));
    const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(byId(svg, titleId ?? '')?.tagName).toBe('title');
    expect(byId(svg, titleId ?? '')?.textContent).toBe(HOURS.title);
    expect(byId(svg, descId ?? '')?.tagName).toBe('desc');
    expect(byId(svg, descId ?? '')?.textContent).toBe(HOURS.description);
  });

  it('draws a bar per number with its value written in the language, and the "not shown" text for null', () => {
    const svg = parseXml(barChart(HOURS));
    expect(all(svg, 'rect').filter((rect) => rect.getAttribute('fill')?.startsWith('url('))).toHaveLength(2);
    expect(texts(svg)).toEqual(['Okt.', '1.234,5', 'Nov.', '87', 'Dez.', 'weniger als 5']);
    expect(texts(parseXml(barChart({ ...HOURS, lang: 'en' })))).toContain('1,234.5');
  });

  it('makes the longest bar the longest, in proportion', () => {
    const bars = all(parseXml(barChart(HOURS)), 'rect').filter((rect) => rect.getAttribute('fill')?.startsWith('url('));
    const [big, small] = bars.map((rect) => num(rect, 'width'));
    expect(small ?? 0).toBeGreaterThan(0);
    expect((big ?? 0) / (small ?? 1)).toBeCloseTo(1234.5 / 87, 0);
  });

  it('mirrors for a right-to-left language: bars grow from the right edge, names stand on the right', () => {
    const ltr = parseXml(barChart(HOURS));
    const rtl = parseXml(barChart({ ...HOURS, lang: 'ar' }));
    expect(rtl.getAttribute('direction')).toBe('rtl');
    expect(ltr.getAttribute('direction')).toBe('ltr');
    const firstBar = (root: typeof ltr) =>
      all(root, 'rect').find((rect) => rect.getAttribute('fill')?.startsWith('url('));
    expect(num(firstBar(ltr), 'x')).toBe(PAD);
    expect(num(firstBar(rtl), 'x') + num(firstBar(rtl), 'width')).toBe(CHART_WIDTH - PAD);
    expect(num(firstBar(rtl), 'width')).toBe(num(firstBar(ltr), 'width'));
    expect(num(all(ltr, 'text')[0], 'x')).toBe(PAD);
    expect(num(all(rtl, 'text')[0], 'x')).toBe(CHART_WIDTH - PAD);
  });

  it('shows a clear "no data" state for no categories and for nothing but nulls', () => {
    for (const empty of [
      { ...HOURS, categories: [], series: [{ name: 'Stunden', values: [] }] },
      { ...HOURS, series: [{ name: 'Stunden', values: [null, null, null] }] },
    ]) {
      const svg = parseXml(barChart(empty));
      expect(svg.getAttribute('role')).toBe('img');
      expect(texts(svg)).toEqual([HOURS.texts.noData]);
      expect(byId(svg, 'hours-desc')?.textContent).toContain(HOURS.texts.noData);
      expect(all(svg, 'rect').filter((rect) => rect.getAttribute('fill')?.startsWith('url('))).toHaveLength(0);
    }
  });

  it('escapes texts: a title with markup characters stays text', () => {
    const title = 'Stunden <Nordstadt> & "Höhe"';
    const svg = parseXml(barChart({ ...HOURS, title, categories: ['<b>', 'a&b', "'"] }));
    expect(byId(svg, 'hours-title')?.textContent).toBe(title);
    expect(texts(svg).slice(0, 1)).toEqual(['<b>']);
  });

  it('rejects series that do not fit the categories, an unusable id and non-finite values', () => {
    expect(() => barChart({ ...HOURS, series: [{ name: 'x', values: [1] }] })).toThrow(ChartInputError);
    expect(() => barChart({ ...HOURS, id: '1 a' })).toThrow(ChartInputError);
    expect(() => barChart({ ...HOURS, series: [{ name: 'x', values: [1, Number.NaN, 2] }] })).toThrow(ChartInputError);
  });
});

describe('groupedBars', () => {
  it('tells the series apart by pattern and a named legend row, not by colour alone', () => {
    const svg = parseXml(groupedBars(LANGUAGE_GAP));
    const patterns = all(svg, 'pattern');
    expect(patterns.map((pattern) => pattern.getAttribute('id'))).toEqual([
      'language-gap-fill-0',
      'language-gap-fill-1',
    ]);
    // Solid vs hatched: the second pattern draws strokes over white.
    expect(all(patterns[1] as never, 'path')).toHaveLength(1);
    expect(all(patterns[0] as never, 'path')).toHaveLength(0);
    const legend = all(svg, 'g').find((group) => group.getAttribute('class') === 'legend');
    expect(texts(legend as never)).toEqual(['gefragt', 'vorhanden']);
    const fills = all(svg, 'rect').map((rect) => rect.getAttribute('fill'));
    expect(fills.filter((fill) => fill === 'url(#language-gap-fill-1)').length).toBeGreaterThan(1);
  });

  it('writes every value, a zero as 0 and a null as the "not shown" text', () => {
    const values = texts(parseXml(groupedBars(LANGUAGE_GAP))).slice(2);
    expect(values).toEqual(['Arabisch', '12', '7', 'Farsi', '9', 'weniger als 5', 'Türkisch', '0', '5']);
  });

  it('needs two series', () => {
    expect(() => groupedBars(HOURS)).toThrow(ChartInputError);
  });
});
