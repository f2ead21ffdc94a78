/** Small SVG writing helpers shared by the chart kinds: escaping, the accessible frame, fills. */

/**
 * Width of every chart in user units: what a 360 px phone has left inside the page's and the
 * figure's padding, so there the chart shows at 1:1 and its 13 px text stays 13 px.
 */
export const CHART_WIDTH = 300;
export const PAD = 6;
export const FONT_SIZE = 13;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Rounds coordinates so the markup stays short and stable across platforms. */
export const n = (value: number) => String(Math.round(value * 10) / 10);

/** An element with attributes (undefined ones left out) and already-written children. */
export function el(name: string, attrs: Record<string, string | number | undefined>, children = ''): string {
  const written = Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(typeof value === 'number' ? n(value) : value)}"`)
    .join('');
  return children === '' ? `<${name}${written}/>` : `<${name}${written}>${children}</${name}>`;
}

export const text = (attrs: Record<string, string | number | undefined>, content: string) =>
  el('text', attrs, escapeXml(content));

/** Dark colours (contrast over 4.5:1 on white) so that the fills also print in greyscale. */
export const SERIES_COLOURS = ['#1f4e79', '#a34700', '#2e6b30', '#6a1b9a'] as const;

export const colourOf = (index: number) => SERIES_COLOURS[index % SERIES_COLOURS.length] ?? '#1f4e79';

/**
 * One fill a series: solid, hatched, dotted, cross-hatched (then again). The colour differs too,
 * but never alone: the pattern and the legend's name tell the series apart in greyscale and for
 * people who do not see the colours.
 */
export function seriesPatterns(id: string, count: number): string {
  const patterns: string[] = [];
  for (let index = 0; index < count; index++) {
    const colour = colourOf(index);
    const kind = index % 4;
    const marks =
      kind === 0
        ? el('rect', { width: 6, height: 6, fill: colour })
        : kind === 1
          ? el('rect', { width: 6, height: 6, fill: '#fff' }) +
            el('path', { d: 'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2', stroke: colour, 'stroke-width': 1.6 })
          : kind === 2
            ? el('rect', { width: 6, height: 6, fill: '#fff' }) + el('circle', { cx: 3, cy: 3, r: 1.6, fill: colour })
            : el('rect', { width: 6, height: 6, fill: '#fff' }) +
              el('path', { d: 'M0,3 h6 M3,0 v6', stroke: colour, 'stroke-width': 1.4 });
    patterns.push(
      el('pattern', { id: patternId(id, index), width: 6, height: 6, patternUnits: 'userSpaceOnUse' }, marks),
    );
  }
  return el('defs', {}, patterns.join(''));
}

export const patternId = (id: string, index: number) => `${id}-fill-${index}`;

/**
 * The accessible frame: `role="img"` named by its `<title>` and described by its `<desc>`, so a
 * screen reader announces one image with its meaning (the numbers are in the table beside it).
 * Sized for a phone; CHART_STYLES lets it shrink to narrower screens and widen for print.
 */
export function svgFrame(options: {
  id: string;
  title: string;
  description: string;
  height: number;
  dir: 'ltr' | 'rtl';
  body: string;
}): string {
  const { id, height } = options;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${CHART_WIDTH} ${n(height)}`,
      width: CHART_WIDTH,
      height,
      class: 'chart-svg',
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      focusable: 'false',
      direction: options.dir,
      'font-family': 'system-ui, sans-serif',
      'font-size': FONT_SIZE,
      fill: '#1d2433',
    },
    el('title', { id: `${id}-title` }, escapeXml(options.title)) +
      el('desc', { id: `${id}-desc` }, escapeXml(options.description)) +
      options.body,
  );
}

/** What a chart with nothing to draw shows: a framed box saying so, in words. */
export function noDataBody(noData: string, dir: 'ltr' | 'rtl'): { body: string; height: number } {
  const height = 64;
  const box = el('rect', {
    x: 0.5,
    y: 0.5,
    width: CHART_WIDTH - 1,
    height: height - 1,
    fill: '#fff',
    stroke: '#5a6472',
    'stroke-dasharray': '4 3',
  });
  const message = text(
    { x: CHART_WIDTH / 2, y: height / 2 + 5, 'text-anchor': 'middle', 'font-size': 14, direction: dir },
    noData,
  );
  return { body: box + message, height };
}
