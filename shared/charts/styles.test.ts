import { describe, expect, it } from 'vitest';
import { CHART_STYLES, PRINT_STYLES } from './styles.ts';

const balanced = (css: string) => css.split('{').length === css.split('}').length;

describe('chart styles', () => {
  it('print on A4 without the navigation, keeping each chart with its table', () => {
    expect(PRINT_STYLES).toMatch(/@page\{size:A4/);
    expect(PRINT_STYLES).toMatch(/header\.site,nav,[^{]*\{display:none!important\}/);
    expect(PRINT_STYLES).toMatch(/figure\.chart\{break-inside:avoid/);
    expect(balanced(PRINT_STYLES)).toBe(true);
  });

  it('use logical properties only, so right-to-left pages need no rules of their own', () => {
    expect(balanced(CHART_STYLES)).toBe(true);
    expect(`${CHART_STYLES}${PRINT_STYLES}`).not.toMatch(/\b(left|right)\b/);
  });
});
