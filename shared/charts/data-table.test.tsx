import { describe, expect, it } from 'vitest';
import { barChart } from './bar-chart.ts';
import { ChartFigure } from './chart-figure.tsx';
import { ChartTable } from './data-table.tsx';
import { HOURS, LANGUAGE_GAP } from './fixtures-for-tests.ts';
import { all, parseXml, texts } from './xml-for-tests.ts';

const cells = (row: ReturnType<typeof parseXml>) => [...all(row, 'th'), ...all(row, 'td')].map((c) => c.textContent);

describe('ChartTable', () => {
  it('has a caption, column headers and row headers, and the input values written in the language', () => {
    const table = parseXml(String(<ChartTable chart={LANGUAGE_GAP} />));
    expect(texts(table, 'caption')).toEqual([LANGUAGE_GAP.title]);
    expect(
      all(table, 'th')
        .filter((th) => th.getAttribute('scope') === 'col')
        .map((th) => th.textContent),
    ).toEqual(['Sprache', 'gefragt', 'vorhanden']);
    const rows = all(all(table, 'tbody')[0] as never, 'tr');
    expect(rows.map((row) => all(row, 'th')[0]?.getAttribute('scope'))).toEqual(['row', 'row', 'row']);
    expect(rows.map(cells)).toEqual([
      ['Arabisch', '12', '7'],
      ['Farsi', '9', 'weniger als 5'],
      ['Türkisch', '0', '5'],
    ]);
  });

  it('names the unit in the caption and formats like the chart', () => {
    const table = parseXml(String(<ChartTable chart={{ ...HOURS, lang: 'en' }} />));
    expect(texts(table, 'caption')).toEqual(['Geleistete Stunden (Stunden)']);
    expect(texts(table, 'td')).toEqual(['1,234.5', '87', 'weniger als 5']);
  });

  it('says "no data" in one row across the table when there is nothing', () => {
    const table = parseXml(
      String(
        <ChartTable
          chart={{ ...LANGUAGE_GAP, categories: [], series: LANGUAGE_GAP.series.map((s) => ({ ...s, values: [] })) }}
        />,
      ),
    );
    const [cell] = all(table, 'td');
    expect(all(table, 'td')).toHaveLength(1);
    expect(cell?.textContent).toBe(LANGUAGE_GAP.texts.noData);
    expect(cell?.getAttribute('colspan')).toBe('3');
  });
});

describe('ChartFigure', () => {
  it('puts the caption, the SVG and the table into one well-formed figure', () => {
    const figure = parseXml(String(<ChartFigure chart={HOURS} draw={barChart} />));
    expect(figure.tagName).toBe('figure');
    expect(texts(figure, 'figcaption')).toEqual([HOURS.title]);
    expect(all(figure, 'svg')).toHaveLength(1);
    expect(all(figure, 'svg')[0]?.getAttribute('aria-labelledby')).toBe('hours-title hours-desc');
    expect(all(figure, 'table')).toHaveLength(1);
  });
});
