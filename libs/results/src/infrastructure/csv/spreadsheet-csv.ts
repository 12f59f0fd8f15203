import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafeCell } from './spreadsheet-safe-cell';

/**
 * Every CSV we hand out goes through here, so that no cell can run as a spreadsheet formula. Starts with a
 * byte-order mark so that Excel opens the Chinese text as UTF-8.
 */
export function toSpreadsheetCsv(rows: readonly (readonly unknown[])[]): string {
  return '\uFEFF' + stringify(rows.map((row) => row.map(spreadsheetSafeCell)));
}
