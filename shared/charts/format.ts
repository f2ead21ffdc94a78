/** Writes chart values in the page's language; `null` becomes the page's "not shown" text. */
export function valueFormatter(lang: string, options: Intl.NumberFormatOptions | undefined, notShown: string) {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 1, ...options });
  } catch {
    format = new Intl.NumberFormat('de', { maximumFractionDigits: 1, ...options });
  }
  return (value: number | null) => (value === null ? notShown : format.format(value));
}
