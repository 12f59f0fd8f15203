import * as fc from 'fast-check';
import type { FieldError } from './validation.pipe';
import { MAX_JSON_DEPTH, textProblem, untrustedInputProblems } from './untrusted-input';

/** The walk as first written (every path spelled out as it goes): the quicker one must answer exactly the same. */
function referenceProblems(value: unknown, prefix = ''): FieldError[] {
  const problems: FieldError[] = [];
  let tooDeep: FieldError | undefined;
  const printableKey = (key: string) => (textProblem(key, '') ? JSON.stringify(key).slice(1, -1) : key);
  const join = (p: string, key: string | number) => (p ? `${p}.${key}` : String(key));
  const visit = (node: unknown, field: string, depth: number): void => {
    if (tooDeep || problems.length >= 20) return;
    if (typeof node === 'string') {
      const problem = textProblem(node, field || 'body');
      if (problem) problems.push(problem);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (depth > MAX_JSON_DEPTH) {
      tooDeep = {
        field: field || 'body',
        rule: 'maxDepth',
        message: `${field || 'The body'} is nested too deeply: objects and arrays may nest at most ${MAX_JSON_DEPTH} levels`,
      };
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, join(field, index), depth + 1));
      return;
    }
    for (const [key, item] of Object.entries(node)) {
      const keyProblem = textProblem(key, join(field, printableKey(key)));
      if (keyProblem && problems.length < 20) problems.push({ ...keyProblem, message: `The field name ${keyProblem.message}` });
      visit(item, join(field, printableKey(key)), depth + 1);
    }
  };
  visit(value, prefix, 1);
  return tooDeep ? [tooDeep] : problems;
}

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

  it('names every problem exactly as the plain walk does, for any JSON with hostile text and keys (property)', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom('\u0000', '\u0007x', 'a\u001f', '\ud83d', 'x\ude00', '😀', '一\t二', ''),
      fc.tuple(fc.string(), fc.constantFrom('\u0001', '\ud800', '\udc00', '\u000b')).map(([a, b]) => a + b),
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, hostile, fc.integer(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
      array: fc.array(tie('tree'), { maxLength: 4 }),
      object: fc.dictionary(hostile, tie('tree'), { maxKeys: 4 }),
    }));
    fc.assert(
      fc.property(tree, fc.constantFrom('', 'query', 'details'), (value, prefix) => {
        expect(untrustedInputProblems(value, prefix)).toEqual(referenceProblems(value, prefix));
      }),
      { numRuns: 500 },
    );
    const deep = nested(MAX_JSON_DEPTH + 3);
    expect(untrustedInputProblems({ a: deep })).toEqual(referenceProblems({ a: deep }));
  });
});
