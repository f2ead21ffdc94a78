/** Writing direction of a language, from the locale data `Intl` carries (Arabic, Farsi, Dari: rtl). */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => { direction?: string } };
    return locale.getTextInfo?.().direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    // An invalid tag is no reason to fail a page; pages fall back to left-to-right as well.
    return 'ltr';
  }
}

/**
 * Charts are laid out in logical coordinates (x = 0 where reading starts); `mirror` turns them into
 * SVG coordinates, so a right-to-left chart starts at the right edge and its value axis grows leftwards.
 */
export function mirror(dir: 'ltr' | 'rtl', width: number) {
  return {
    x: (x: number) => (dir === 'rtl' ? width - x : x),
    /** The left edge of a span that starts at logical `x` and is `w` wide. */
    left: (x: number, w: number) => (dir === 'rtl' ? width - x - w : x),
  };
}
