import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { ERASED, openFields, sealFields } from './sealed-envelope';

const key = randomBytes(32);
const values = { name: '周晓雯', contact: '13800000000', birthYear: 1991 };

describe('sealed personal fields (AES-256-GCM)', () => {
  it('opens to what was sealed, and the sealed form carries none of it', () => {
    const sealed = sealFields(key, 'c1/candidacy/k1', values);
    expect(sealed.fields).toEqual(['birthYear', 'contact', 'name']);
    expect(JSON.stringify(sealed)).not.toMatch(/周晓雯|13800000000|1991/);
    expect(openFields(key, sealed)).toEqual(values);
  });

  it('round-trips any JSON values', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue()), (record) => {
        const sealed = sealFields(key, 'k', record);
        expect(JSON.stringify(openFields(key, sealed))).toEqual(
          JSON.stringify(
            Object.fromEntries(
              Object.keys(record)
                .sort()
                .map((f) => [f, JSON.parse(JSON.stringify(record[f]))]),
            ),
          ),
        );
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    [
      'the ciphertext',
      (s: any) => ({ ...s, data: Buffer.from(Buffer.from(s.data, 'base64').map((b: number, i: number) => (i === 0 ? b ^ 1 : b))).toString('base64') }),
    ],
    ['the tag', (s: any) => ({ ...s, tag: Buffer.alloc(16).toString('base64') })],
    ['the key id', (s: any) => ({ ...s, keyId: 'c1/candidacy/someone-else' })],
    ['the field names', (s: any) => ({ ...s, fields: ['name'] })],
  ])('refuses to open when %s was altered', (_, tamper) => {
    const sealed = sealFields(key, 'c1/candidacy/k1', values);
    expect(() => openFields(key, tamper(sealed))).toThrow();
  });

  it('refuses to open under another key', () => {
    expect(() => openFields(randomBytes(32), sealFields(key, 'k', values))).toThrow();
  });

  it('reads every field as erased once the key is shredded', () => {
    expect(openFields(null, sealFields(key, 'k', values))).toEqual({ name: ERASED, contact: ERASED, birthYear: ERASED });
  });

  it('keeps nothing but the field names when sealed after the key was shredded', () => {
    const sealed = sealFields(null, 'k', values);
    expect(sealed).toEqual({ keyId: 'k', fields: ['birthYear', 'contact', 'name'] });
    expect(openFields(key, sealed)).toEqual({ name: ERASED, contact: ERASED, birthYear: ERASED });
  });
});
