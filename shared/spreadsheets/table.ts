/** A cell as the spreadsheets carry it: text, a number, a date (YYYY-MM-DD as text) or empty. */
export type Cell = string | number | boolean | null;

/** One sheet: a header row and the data rows, each a row of cells in the header's order. */
export interface Table {
  /** The sheet's name (XLSX) and what a download is called inside the file. */
  name: string;
  header: readonly string[];
  rows: readonly (readonly Cell[])[];
}
