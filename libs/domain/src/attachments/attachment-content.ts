/**
 * What a proposal attachment may be (issue 17): a PDF, JPEG or PNG, known by its content — the first bytes — never
 * by the name or the type the browser claims.
 */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const ATTACHMENT_EXTENSIONS: Record<AttachmentType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function detectAttachmentType(bytes: Uint8Array): AttachmentType | null {
  const starts = (sig: readonly number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(PNG_SIGNATURE)) return 'image/png';
  return null;
}

/**
 * The file as a blind reviewer may see it: without the metadata that names its author where that can be done
 * without rewriting the file — JPEG APP1 (EXIF, XMP), APP13 (IPTC) and comments; PNG text, time and EXIF chunks;
 * a PDF's Author, Creator, Title, Subject and Keywords, and an uncompressed XMP creator, blanked in place (same
 * length, so the cross-reference offsets stay right). Names inside the page content itself are not touched.
 */
export function stripIdentifyingMetadata(type: AttachmentType, bytes: Uint8Array): Uint8Array {
  if (type === 'image/jpeg') return stripJpeg(bytes);
  if (type === 'image/png') return stripPng(bytes);
  return blankPdfInfo(bytes);
}

const JPEG_DROPPED = new Set([0xe1, 0xed, 0xfe]); // APP1, APP13, COM

function stripJpeg(bytes: Uint8Array): Uint8Array {
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1];
    if (marker === 0xda || marker === 0xd9) break; // start of scan / end of image: the rest is image data
    const length = (bytes[i + 2] << 8) | bytes[i + 3];
    if (length < 2 || i + 2 + length > bytes.length) break; // malformed: keep the rest as it is
    if (!JPEG_DROPPED.has(marker)) kept.push(bytes.subarray(i, i + 2 + length));
    i += 2 + length;
  }
  kept.push(bytes.subarray(i));
  return concat(kept);
}

const PNG_DROPPED = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

function stripPng(bytes: Uint8Array): Uint8Array {
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length = ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
    const end = i + 12 + length;
    if (end > bytes.length) break;
    const type = String.fromCharCode(bytes[i + 4], bytes[i + 5], bytes[i + 6], bytes[i + 7]);
    if (!PNG_DROPPED.has(type)) kept.push(bytes.subarray(i, end));
    i = end;
  }
  kept.push(bytes.subarray(i));
  return concat(kept);
}

const PDF_KEYS = ['/Author', '/Creator', '/Title', '/Subject', '/Keywords'];
const XMP_ELEMENTS = ['dc:creator', 'pdf:Author', 'dc:title'];

function blankPdfInfo(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes); // a copy: Buffer#slice would be a view, and blank the caller's original
  const text = latin1(bytes);
  const blank = (from: number, to: number) => out.fill(0x20, from, to);
  for (const key of PDF_KEYS) {
    for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + key.length)) {
      let j = at + key.length;
      while (text[j] === ' ' || text[j] === '\r' || text[j] === '\n') j += 1;
      if (text[j] === '(') {
        const close = literalStringEnd(text, j);
        if (close !== -1) blank(j + 1, close);
      } else if (text[j] === '<' && text[j + 1] !== '<') {
        const close = text.indexOf('>', j);
        if (close !== -1) out.fill(0x30, j + 1, close); // hex digits: zeros keep it a valid (empty-looking) string
      }
    }
  }
  for (const name of XMP_ELEMENTS) {
    const open = `<${name}>`;
    for (let at = text.indexOf(open); at !== -1; at = text.indexOf(open, at + open.length)) {
      const close = text.indexOf(`</${name}>`, at);
      if (close !== -1) blank(at + open.length, close);
    }
  }
  return out;
}

/** The index of the `)` closing the literal string opened at `open`, minding escapes and balanced parentheses. */
function literalStringEnd(text: string, open: number): number {
  let depth = 0;
  for (let k = open; k < text.length; k += 1) {
    const c = text[k];
    if (c === '\\') k += 1;
    else if (c === '(') depth += 1;
    else if (c === ')' && --depth === 0) return k;
  }
  return -1;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
