import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF as printed by Chromium, so that a test can read what a notice PDF says without a PDF library:
 * each page's content streams decoded through the ToUnicode map of the font each run of text is set in. Enough
 * for Chromium's output (plain objects, FlateDecode, Identity-H or simple fonts); not a general PDF reader.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: Buffer | null }>();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2];
    const at = body.search(/stream\r?\n/);
    if (at < 0) {
      objects.set(m[1], { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    const start = m.index! + m[0].indexOf(body) + at + body.slice(at).match(/stream\r?\n/)![0].length;
    const length = Number(dict.match(/\/Length (\d+)/)?.[1] ?? 0);
    const bytes = pdf.subarray(start, start + length);
    objects.set(m[1], { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(bytes) : bytes });
  }
  const resolve = (text: string) => {
    const ref = text.trim().match(/^(\d+) 0 R/);
    return ref ? (objects.get(ref[1])?.dict ?? '') : text;
  };
  const cmaps = new Map<string, ToUnicode>();
  const cmapOfFont = (fontObj: string) => {
    if (!cmaps.has(fontObj)) {
      const ref = objects.get(fontObj)?.dict.match(/\/ToUnicode (\d+) 0 R/)?.[1];
      const stream = ref ? objects.get(ref)?.stream : null;
      cmaps.set(fontObj, parseToUnicode(stream?.toString('latin1') ?? ''));
    }
    return cmaps.get(fontObj)!;
  };

  let text = '';
  for (const { dict } of objects.values()) {
    if (!/\/Type\s*\/Page\b/.test(dict)) continue;
    const resources = resolve(dict.match(/\/Resources\s*(\d+ 0 R|<<[\s\S]*>>)/)?.[1] ?? '');
    const fontDict = resolve(resources.match(/\/Font\s*(\d+ 0 R|<<[^>]*>>)/)?.[1] ?? '');
    const fonts = new Map([...fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)].map((f) => [f[1], f[2]]));
    const contents = dict.match(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/)?.[1] ?? '';
    for (const ref of contents.matchAll(/(\d+) 0 R/g)) {
      const ops = objects.get(ref[1])?.stream?.toString('latin1') ?? '';
      let cmap: ToUnicode = { codeBytes: 1, map: new Map() };
      for (const op of ops.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|(<[0-9A-Fa-f\s]*>|\((?:[^)\\]|\\.)*\))\s*Tj/g)) {
        if (op[1]) cmap = cmapOfFont(fonts.get(op[1]) ?? '');
        else for (const s of (op[2] ?? op[3]).matchAll(/<([0-9A-Fa-f\s]*)>|\(((?:[^)\\]|\\.)*)\)/g)) text += decode(s, cmap);
      }
    }
  }
  // A CJK font's ToUnicode often maps a glyph to its Kangxi radical (⼈ U+2F08) rather than the ideograph (人).
  return text.replace(/[\u2E80-\u2FDF]/g, (c) => c.normalize('NFKC'));
}

interface ToUnicode {
  readonly codeBytes: number;
  readonly map: Map<number, string>;
}

const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));

function parseToUnicode(cmap: string): ToUnicode {
  const map = new Map<number, string>();
  const space = cmap.match(/begincodespacerange\s*<([0-9A-Fa-f]+)>/);
  const codeBytes = space ? space[1].length / 2 : 1;
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(m[1], 16), utf16(m[2]));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const [from, to] = [parseInt(m[1], 16), parseInt(m[2], 16)];
      const targets = m[3].startsWith('[') ? [...m[3].matchAll(/<([0-9A-Fa-f]+)>/g)].map((t) => t[1]) : null;
      const first = targets ? 0 : parseInt(m[3].slice(1, -1), 16);
      for (let code = from; code <= to; code++) map.set(code, targets ? utf16(targets[code - from] ?? '') : String.fromCodePoint(first + code - from));
    }
  return { codeBytes, map };
}

function decode(token: RegExpMatchArray, cmap: ToUnicode): string {
  const bytes =
    token[1] !== undefined
      ? Buffer.from(token[1].replace(/\s/g, ''), 'hex')
      : Buffer.from(
          token[2].replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
            /^\d/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }[e] ?? e),
          ),
          'latin1',
        );
  let out = '';
  for (let i = 0; i + cmap.codeBytes <= bytes.length; i += cmap.codeBytes) {
    const code = cmap.codeBytes === 2 ? bytes.readUInt16BE(i) : bytes[i];
    out += cmap.map.get(code) ?? '';
  }
  return out;
}
