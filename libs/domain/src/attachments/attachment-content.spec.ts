import fc from 'fast-check';
import { jpegWithExif, pdfWithAuthor, pngWithAuthor } from './attachment-fixtures.testing';
import { detectAttachmentType, stripIdentifyingMetadata } from './attachment-content';

const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');

describe('attachment type, by content', () => {
  it.each([
    ['a PDF', pdfWithAuthor('Zhou'), 'application/pdf'],
    ['a JPEG', jpegWithExif('Zhou'), 'image/jpeg'],
    ['a PNG', pngWithAuthor('Zhou'), 'image/png'],
    ['a Word file', Buffer.from('PK\x03\x04word/document.xml', 'latin1'), null],
    ['an HTML page named .pdf', Buffer.from('<html><script>alert(1)</script>'), null],
    ['a GIF', Buffer.from('GIF89a', 'latin1'), null],
    ['nothing', Buffer.alloc(0), null],
    ['a truncated PNG signature', Buffer.from([0x89, 0x50, 0x4e]), null],
  ])('%s → %s', (_, bytes, expected) => {
    expect(detectAttachmentType(bytes)).toBe(expected);
  });
});

describe('metadata stripped for blind review', () => {
  it('drops a JPEG’s EXIF and comment, keeping the image segments and data', () => {
    const original = jpegWithExif('Zhou Xiaowen');
    const stripped = stripIdentifyingMetadata('image/jpeg', original);
    expect(original.toString('latin1')).toContain('Zhou Xiaowen');
    expect(text(stripped)).not.toContain('Zhou');
    expect(text(stripped)).toContain('JFIF');
    expect(Buffer.from(stripped.subarray(stripped.length - 15)).equals(original.subarray(original.length - 15))).toBe(true);
    expect(detectAttachmentType(stripped)).toBe('image/jpeg');
  });

  it('drops a PNG’s text chunks, keeping header, data and end', () => {
    const stripped = stripIdentifyingMetadata('image/png', pngWithAuthor('Zhou Xiaowen'));
    expect(text(stripped)).not.toContain('Zhou');
    for (const chunk of ['IHDR', 'IDAT', 'IEND']) expect(text(stripped)).toContain(chunk);
  });

  it('blanks a PDF’s author and title in place, so that every offset stays right', () => {
    const original = pdfWithAuthor('Zhou (Xiaowen) \\ W');
    const copy = Buffer.from(original);
    const stripped = stripIdentifyingMetadata('application/pdf', original);
    expect(original.equals(copy)).toBe(true); // the upload itself is kept as it came
    expect(stripped.length).toBe(original.length);
    expect(text(stripped)).not.toContain('Zhou');
    expect(text(stripped)).toContain('/Producer (Open Selection tests)');
    expect(text(stripped)).toContain('(Project plan) Tj');
    expect(text(stripped).slice(text(stripped).indexOf('xref'))).toBe(text(original).slice(text(original).indexOf('xref')));
  });

  it('strips whatever name, keeps the type, and is idempotent', () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z ]{2,30}$/);
    const build = fc.constantFrom(['application/pdf', pdfWithAuthor] as const, ['image/jpeg', jpegWithExif] as const, ['image/png', pngWithAuthor] as const);
    fc.assert(
      fc.property(name, build, (author, [type, make]) => {
        const once = stripIdentifyingMetadata(type, make(`Q${author}Q`));
        expect(text(once)).not.toContain(`Q${author}Q`);
        expect(detectAttachmentType(once)).toBe(type);
        expect(Buffer.from(stripIdentifyingMetadata(type, once)).equals(Buffer.from(once))).toBe(true);
      }),
    );
  });

  it('never throws on arbitrary bytes behind a valid signature', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('application/pdf', 'image/jpeg', 'image/png') as fc.Arbitrary<'application/pdf' | 'image/jpeg' | 'image/png'>,
        (tail, type) => {
          const head =
            type === 'application/pdf'
              ? [0x25, 0x50, 0x44, 0x46, 0x2d]
              : type === 'image/jpeg'
                ? [0xff, 0xd8, 0xff]
                : [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
          const out = stripIdentifyingMetadata(type, new Uint8Array([...head, ...tail]));
          expect(out.length).toBeLessThanOrEqual(head.length + tail.length);
        },
      ),
    );
  });
});
