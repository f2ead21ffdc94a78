export { checkNeedImport, checkVolunteerImport, MAX_IMPORT_ROWS, type SheetRows } from './check-import.ts';
export { csvSheet } from './csv-sheet.ts';
export type { ImportCheck, RowProblem } from './problems.ts';
export { ImportedVolunteer } from './volunteer-rows.ts';
export { xlsxSheet } from './xlsx-sheet.ts';
