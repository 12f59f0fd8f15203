import fc from 'fast-check';
import { formatCpuList, parseCoreCounts, parseCpuList } from './cpu-pinning';

describe('CPU lists (taskset -c, Cpus_allowed_list)', () => {
  it.each([
    ['0', [0]],
    ['0-1', [0, 1]],
    ['0-2,5', [0, 1, 2, 5]],
    ['5,0-2', [0, 1, 2, 5]],
    ['3,3', [3]],
  ])('reads %s', (text, cpus) => {
    expect(parseCpuList(text)).toEqual(cpus);
  });

  it.each(['', 'a', '2-1', '0-', '1,,2'])('refuses %p', (text) => {
    expect(() => parseCpuList(text)).toThrow(/Not a CPU list/);
  });

  it('writes ranges the way it reads them', () => {
    expect(formatCpuList([0, 1, 2, 5, 7, 8])).toBe('0-2,5,7-8');
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 255 }), { minLength: 1 }), (cpus) => {
        expect(parseCpuList(formatCpuList(cpus))).toEqual([...cpus].sort((a, b) => a - b));
      }),
    );
  });
});

describe('--cores', () => {
  it.each([
    ['1,2', 2, [1, 2]],
    ['2, 1', 4, [2, 1]],
    ['1,2,1,2', 2, [1, 2, 1, 2]],
  ])('reads %s on %i CPUs', (text, available, counts) => {
    expect(parseCoreCounts(text, available)).toEqual(counts);
  });

  it.each([
    ['0', 2],
    ['3', 2],
    ['1.5', 2],
    ['one', 2],
    ['', 2],
  ])('refuses %p on %i CPUs, naming the flag and the range', (text, available) => {
    expect(() => parseCoreCounts(text, available)).toThrow(`--cores "${text}"`);
    expect(() => parseCoreCounts(text, available)).toThrow(`from 1 to ${available}`);
  });
});
