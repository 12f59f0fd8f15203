import { BadRequestException, PayloadTooLargeException, UnprocessableEntityException } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import type { Request } from 'express';
import { JUROR_NAME_MAX, JUROR_REFERENCE_MAX, MAX_JURORS_PER_IMPORT, type JurorLineError } from '@app/domain';
import { textProblem } from '../../validation/untrusted-input';
import { USER_ID } from './jury.dto';

export const CSV_MAX_BYTES = 2 * 1024 * 1024;

/** The CSV of an import: a text/csv body, or JSON { "csv": "..." }. Anything else is a 400 with a reason. */
export async function readCsvBody(req: Request): Promise<string> {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (type === 'text/csv' || type === 'text/plain') {
    if (typeof req.body === 'string') return req.body;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > CSV_MAX_BYTES) throw new PayloadTooLargeException(`The CSV file is larger than ${CSV_MAX_BYTES / 1024 / 1024} MB; split it.`);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  const body = req.body as unknown;
  const bad = (message: string, rule: string) =>
    new BadRequestException({ statusCode: 400, error: 'Bad Request', message, errors: [{ field: 'csv', rule, message }] });
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw bad('Send the CSV as text/csv, or as JSON { "csv": "..." }.', 'isObject');
  const unknown = Object.keys(body).filter((k) => k !== 'csv');
  if (unknown.length) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: `Invalid request: ${unknown.map((k) => `${k} (unknownField)`).join(', ')}`,
      errors: unknown.map((k) => ({ field: k, rule: 'unknownField', message: `${k} is not a known field` })),
    });
  }
  const csv = (body as { csv?: unknown }).csv;
  if (typeof csv !== 'string' || csv.trim() === '') throw bad('csv must be the text of a CSV file', 'isString');
  if (Buffer.byteLength(csv) > CSV_MAX_BYTES) throw new PayloadTooLargeException(`The CSV file is larger than ${CSV_MAX_BYTES / 1024 / 1024} MB; split it.`);
  return csv;
}

export interface CsvJuror {
  readonly line: number;
  readonly name: string;
  readonly reference?: string;
  readonly userId?: string;
}

const COLUMNS: Record<string, 'name' | 'reference' | 'userId'> = {
  name: 'name',
  姓名: 'name',
  reference: 'reference',
  ref: 'reference',
  编号: 'reference',
  user_id: 'userId',
  userid: 'userId',
  账号: 'userId',
};

/** A line's problem, with the rule it breaks when that is more than "a good CSV line" (e.g. noControlCharacters). */
type CsvLineError = JurorLineError & { readonly rule?: string };

export const lineErrorsException = (status: 400 | 422, errors: readonly CsvLineError[]) => {
  const body = {
    statusCode: status,
    error: status === 400 ? 'Bad Request' : 'Unprocessable Entity',
    code: 'jury.import-invalid',
    message: `Nothing was imported: ${errors.length} line(s) need fixing (${errors
      .slice(0, 5)
      .map((e) => `line ${e.line}: ${e.message}`)
      .join('; ')}${errors.length > 5 ? '; …' : ''})`,
    errors: errors.map((e) => ({ line: e.line, field: e.field, rule: e.rule ?? 'csv', message: e.message })),
  };
  return status === 400 ? new BadRequestException(body) : new UnprocessableEntityException(body);
};

/**
 * Parses a juror CSV (header line required; columns name/姓名, reference/编号, user_id/账号; UTF-8, BOM allowed,
 * quoted fields may hold commas). Every malformed line is reported; nothing is returned unless all lines are good.
 */
export function parseJurorCsv(text: string): CsvJuror[] {
  const errors: CsvLineError[] = [];
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: false,
    });
  } catch (err) {
    const e = err as { lines?: number; message: string };
    throw lineErrorsException(400, [{ line: e.lines ?? 1, field: 'csv', message: `The file cannot be read as CSV: ${e.message}` }]);
  }
  const header = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 1)[0]
    .split(',')
    .map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase());
  const unknownColumns = header.filter((h) => !(h in COLUMNS));
  if (!header.some((h) => COLUMNS[h] === 'name')) errors.push({ line: 1, field: 'header', message: 'The header needs a "name" (姓名) column.' });
  if (unknownColumns.length)
    errors.push({ line: 1, field: 'header', message: `Unknown column(s): ${unknownColumns.join(', ')}; use name, reference, user_id.` });
  if (errors.length) throw lineErrorsException(400, errors);
  if (records.length === 0) throw lineErrorsException(400, [{ line: 2, field: 'csv', message: 'The file has no jurors.' }]);
  if (records.length > MAX_JURORS_PER_IMPORT)
    throw lineErrorsException(400, [{ line: MAX_JURORS_PER_IMPORT + 2, field: 'csv', message: `At most ${MAX_JURORS_PER_IMPORT} jurors per file; split it.` }]);

  const jurors = records.map(({ record, info }) => {
    const line = info.lines;
    const juror: Record<string, string | number> = { line };
    for (const [column, value] of Object.entries(record)) {
      // A file is not a JSON body, so UntrustedInputMiddleware never saw these cells: the same text rules here.
      const problem = textProblem(value, COLUMNS[column]);
      if (problem) errors.push({ line, field: problem.field, rule: problem.rule, message: problem.message });
      if (value !== '') juror[COLUMNS[column]] = value;
    }
    const name = (juror.name as string | undefined) ?? '';
    if (!name) errors.push({ line, field: 'name', message: 'A juror needs a name.' });
    else if (name.length > JUROR_NAME_MAX) errors.push({ line, field: 'name', message: `A name has at most ${JUROR_NAME_MAX} characters.` });
    if (typeof juror.reference === 'string' && juror.reference.length > JUROR_REFERENCE_MAX)
      errors.push({ line, field: 'reference', message: `A reference has at most ${JUROR_REFERENCE_MAX} characters.` });
    if (typeof juror.userId === 'string' && !USER_ID.test(juror.userId))
      errors.push({ line, field: 'userId', message: 'user_id must be 1–64 of [A-Za-z0-9._-].' });
    return juror as unknown as CsvJuror;
  });
  if (errors.length) throw lineErrorsException(400, errors);
  return jurors;
}
