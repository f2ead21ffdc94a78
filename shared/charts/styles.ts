/**
 * Screen rules for charts, for the page's stylesheet: the SVG shrinks on screens narrower than a
 * 360 px phone and keeps its proportions; chart and table side by side where there is room, stacked on
 * a phone. Logical properties only, so right-to-left pages mirror without extra rules. Inside a
 * figure the table's caption is for screen readers only: the figure's caption shows the title.
 */
export const CHART_STYLES = `
.print-only{display:none}
figure.chart{margin:0 0 1.5rem;padding:.75rem;background:#fff;border:1px solid #c5ccd6;border-radius:6px}
figure.chart figcaption{font-weight:700;font-size:1.1rem;margin:0 0 .5rem}
.chart-body{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
.chart-svg{display:block;max-inline-size:100%;block-size:auto;flex:0 1 24rem}
.chart-table{flex:1 1 16rem;inline-size:auto;max-inline-size:100%}
.chart-table caption{text-align:start;font-weight:600;padding-block-end:.25rem}
.chart-table th,.chart-table td{text-align:start;overflow-wrap:anywhere}
figure.chart .chart-table caption{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.chart-table td.number,.chart-table td.not-shown,.chart-table thead th+th{text-align:end;font-variant-numeric:tabular-nums}
.chart-table td.not-shown{font-style:italic}
`;

/**
 * For `<style media="print">` on the statistics page: a committee report on A4. The page's
 * header, navigation, forms and buttons are left out (`.no-print` for anything else), `.print-only`
 * appears (e.g. the period and quarters the report covers); each chart keeps its table on the same
 * page; colours print as they are (the fills are patterns, readable in greyscale too).
 */
export const PRINT_STYLES = `
@page{size:A4 portrait;margin:15mm 14mm 18mm}
html{background:#fff;color:#000;font-size:10.5pt}
body{margin:0}
header.site,nav,.skip,.dev,.default-submit,form,button,.actions,.no-print{display:none!important}
main{max-width:none;margin:0;padding:0}
a{color:#000;text-decoration:none}
h1{font-size:16pt;margin:0 0 4mm}
h2{font-size:13pt;break-after:avoid}
.print-only{display:block!important}
figure.chart{break-inside:avoid;border:0;padding:0;margin:0 0 8mm;background:none}
figure.chart figcaption{break-after:avoid}
.chart-body{display:flex;flex-wrap:nowrap;gap:6mm;align-items:flex-start}
.chart-svg{flex:0 0 90mm;inline-size:90mm;block-size:auto;print-color-adjust:exact;-webkit-print-color-adjust:exact}
.chart-table{flex:1 1 auto;font-size:9pt;border-collapse:collapse}
.chart-table th,.chart-table td{border-bottom:.3mm solid #777;padding:.8mm 1.5mm}
.chart-table thead{display:table-header-group}
.chart-table tr{break-inside:avoid}
`;
