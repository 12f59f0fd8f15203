import { MAX_JSON_DEPTH, textProblem, untrustedInputProblems } from './untrusted-input';

const nested = (levels: number): unknown => (levels === 1 ? {} : [nested(levels - 1)]);

describe('untrusted input', () => {
  it('allows tab, line feed, carriage return, emoji and characters outside the basic plane', () => {
    expect(textProblem('一\t二\r\n三 👩‍👧 𠀀', 'f')).toBeUndefined();
  });

  it.each([
    ['\u0000', 'noControlCharacters', 'U+0000'],
    ['\u0008', 'noControlCharacters', 'U+0008'],
    ['\u000b', 'noControlCharacters', 'U+000B'],
    ['\u001f', 'noControlCharacters', 'U+001F'],
    ['\ud83d', 'wellFormedUnicode', 'U+D83D'],
    ['\ude00x', 'wellFormedUnicode', 'U+DE00'],
  ])('refuses %j (%s)', (text, rule, codePoint) => {
    expect(textProblem(`ok${text}`, 'details.name')).toEqual({ field: 'details.name', rule, message: expect.stringContaining(codePoint) });
  });

  it('names each problem by its path, keys included', () => {
    expect(untrustedInputProblems({ positions: [{ title: 'a\u0000' }], ['k\u0001']: 'v' })).toEqual([
      expect.objectContaining({ field: 'positions.0.title', rule: 'noControlCharacters' }),
      expect.objectContaining({ field: 'k\\u0001', rule: 'noControlCharacters' }),
    ]);
    expect(untrustedInputProblems('\u0000')).toEqual([expect.objectContaining({ field: 'body' })]);
  });

  it(`allows ${MAX_JSON_DEPTH} levels of nesting and reports only the depth beyond`, () => {
    expect(untrustedInputProblems(nested(MAX_JSON_DEPTH))).toEqual([]);
    expect(untrustedInputProblems([nested(MAX_JSON_DEPTH), '\u0000'])).toEqual([
      expect.objectContaining({ rule: 'maxDepth', field: `0${'.0'.repeat(MAX_JSON_DEPTH - 1)}` }),
    ]);
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(untrustedInputProblems(deep)).toEqual([expect.objectContaining({ rule: 'maxDepth' })]);
  });

  it('reports at most 20 problems', () => {
    expect(untrustedInputProblems(Array.from({ length: 1000 }, () => '\u0000'))).toHaveLength(20);
  });
});
