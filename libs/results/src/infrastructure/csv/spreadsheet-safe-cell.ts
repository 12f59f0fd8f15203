/**
 * Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP, CSV injection). A
 * candidate's name or project title is typed by the public, so `=HYPERLINK(...)` must open as text, never run.
 * A leading minus is included although it also starts negative numbers: no figure we export is ever negative.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** The cell as text a spreadsheet will not evaluate: a leading apostrophe, which spreadsheets show as text. */
export function spreadsheetSafeCell<T>(cell: T): T | string {
  if (typeof cell !== 'string' || cell.length === 0) return cell;
  return FORMULA_TRIGGERS.has(cell[0]) ? `'${cell}` : cell;
}
