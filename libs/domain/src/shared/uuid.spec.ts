import { CANONICAL_UUID, UUID_TEXT } from './uuid';

describe('UUID shapes', () => {
  it.each([
    ['0b6f8a52-4a59-4d3e-9a55-5d1c3f1e2a01', true, true],
    ['0B6F8A52-4A59-4D3E-9A55-5D1C3F1E2A01', true, false],
    ['0b6f8a52-4a59-8d3e-9a55-5d1c3f1e2a01', true, true], // version 8, as pseudonyms and ballot ids are
    ['0b6f8a524a594d3e9a555d1c3f1e2a01', false, false],
    ['0b6f8a52-4a59-4d3e-9a55-5d1c3f1e2a01 ', false, false],
    ['{0b6f8a52-4a59-4d3e-9a55-5d1c3f1e2a01}', false, false],
    ['0b6f8a52-4a59-4d3e-9a55-5d1c3f1e2a0g', false, false],
    ['', false, false],
  ])('%j: any text form %s, canonical %s', (text, any, canonical) => {
    expect([UUID_TEXT.test(text), CANONICAL_UUID.test(text)]).toEqual([any, canonical]);
  });
});
