import { spreadsheetSafeCell } from './spreadsheet-safe-cell';
import { toSpreadsheetCsv } from './spreadsheet-csv';

describe('spreadsheetSafeCell: a cell a spreadsheet would run as a formula is kept as text (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ["+cmd|' /C calc'!A0", `'+cmd|' /C calc'!A0`],
    ["@SUM(1+1)*cmd|' /C calc'!A0", `'@SUM(1+1)*cmd|' /C calc'!A0`],
    ["-2+3+cmd|' /C calc'!A0", `'-2+3+cmd|' /C calc'!A0`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    // Scores and ranks are never negative here, so OWASP's rule for a leading minus changes no real number.
    ['-5', `'-5`],
  ])('neutralises %j', (cell, expected) => {
    expect(spreadsheetSafeCell(cell)).toBe(expected);
  });

  it.each([
    ['黄丽娟', '黄丽娟'],
    ['93.2000', '93.2000'],
    ['a=b', 'a=b'],
    [' =1+1 stays text: a leading space is not a formula', ' =1+1 stays text: a leading space is not a formula'],
    ['', ''],
    [7, 7],
    [null, null],
  ])('leaves %j as it is', (cell, expected) => {
    expect(spreadsheetSafeCell(cell)).toBe(expected);
  });
});

describe('toSpreadsheetCsv', () => {
  it('neutralises every cell, header included, and starts with a byte-order mark for Excel', () => {
    const csv = toSpreadsheetCsv([
      ['=name', 'b'],
      ['1', '@x'],
    ]);
    expect(csv).toBe(`\uFEFF'=name,b\n1,'@x\n`);
  });

  it('keeps quoting intact around a neutralised cell that needs quotes', () => {
    expect(toSpreadsheetCsv([['=HYPERLINK("http://x","y")']])).toBe(`\uFEFF"'=HYPERLINK(""http://x"",""y"")"\n`);
  });
});
