import { passwordProblems } from './password-policy';

describe('password policy', () => {
  it('accepts a long password that is not a common one', () => {
    expect(passwordProblems('春风十里不如你-2026')).toEqual([]);
    expect(passwordProblems('correct horse battery staple')).toEqual([]);
  });

  it('refuses fewer than 10 characters, counting characters rather than UTF-16 units', () => {
    expect(passwordProblems('short1!')).toEqual([expect.objectContaining({ rule: 'minLength' })]);
    // 9 characters, 18 UTF-16 units: still too short.
    expect(passwordProblems('𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈').map((p) => p.rule)).toEqual(['minLength']);
  });

  it('refuses the commonest passwords whatever their case', () => {
    expect(passwordProblems('1234567890').map((p) => p.rule)).toContain('common');
    expect(passwordProblems('Password123').map((p) => p.rule)).toContain('common');
    expect(passwordProblems('QWERTYUIOP').map((p) => p.rule)).toContain('common');
  });

  it('refuses a password that is one character repeated', () => {
    expect(passwordProblems('aaaaaaaaaaaa').map((p) => p.rule)).toContain('common');
  });

  it('refuses more than 200 characters (hashing cost is paid per byte)', () => {
    expect(passwordProblems('x'.repeat(201) + 'yz').map((p) => p.rule)).toEqual(['maxLength']);
  });
});
