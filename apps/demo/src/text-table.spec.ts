import { displayWidth, formatTable } from './text-table';

describe('formatTable', () => {
  it.each([
    ['abc', 3],
    ['周晓雯', 6],
    ['A组1', 4],
    ['', 0],
  ])('width of %j is %d', (text, width) => expect(displayWidth(text)).toBe(width));

  it('lines up Chinese and Latin text', () => {
    const table = formatTable(
      [
        { name: '周晓雯', score: '88.50' },
        { name: 'Lin', score: '7.00' },
      ],
      [
        { title: '姓名', value: (r) => r.name },
        { title: 'score', value: (r) => r.score, align: 'right' },
      ],
    );
    expect(table.split('\n')).toEqual(['姓名    score', '──────  ─────', '周晓雯  88.50', 'Lin      7.00']);
  });
});
