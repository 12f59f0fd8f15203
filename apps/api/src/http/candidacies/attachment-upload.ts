import { HttpException, HttpStatus, UnprocessableEntityException } from '@nestjs/common';
import type { Request } from 'express';
import { type AttachmentType, ATTACHMENT_TYPES, detectAttachmentType } from '@app/domain';

/** A refusal about the uploaded file, naming the field (`file`, `fileName`) and the rule, like every bad input. */
export const fileRefusal = (status: HttpStatus, code: string, field: string, rule: string, message: string, params?: Record<string, unknown>) =>
  new HttpException({ statusCode: status, code, message, params, errors: [{ field, rule, message }] }, status);

/**
 * Reads a raw upload body, refusing it with 413 as soon as it passes `limit` bytes (from Content-Length when
 * sent, else while it streams), so a huge file is never held in memory.
 */
export async function readUpload(req: Request, limit: number): Promise<Buffer> {
  const tooLarge = () =>
    fileRefusal(HttpStatus.PAYLOAD_TOO_LARGE, 'attachment.too-large', 'file', 'max-size', `The file is larger than ${limit} bytes.`, { limitBytes: limit });
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume(); // drain, so that the 413 reaches a client still sending
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      req.resume();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The type the content is, refused unless it is a PDF, JPEG or PNG and agrees with the declared Content-Type. */
export function checkedType(content: Buffer, declared: string | undefined): AttachmentType {
  if (content.length === 0) throw fileRefusal(HttpStatus.UNPROCESSABLE_ENTITY, 'attachment.empty', 'file', 'not-empty', 'The file is empty.');
  const detected = detectAttachmentType(content);
  if (!detected) {
    throw fileRefusal(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'attachment.unsupported-type',
      'file',
      'type',
      `Only PDF, JPEG and PNG files can be attached (judged by the file's content).`,
      { allowed: ATTACHMENT_TYPES.join(', ') },
    );
  }
  const claimed = (declared ?? '').split(';')[0].trim().toLowerCase();
  if (claimed && claimed !== 'application/octet-stream' && claimed !== detected) {
    throw fileRefusal(HttpStatus.UNPROCESSABLE_ENTITY, 'attachment.type-mismatch', 'file', 'type', `The file is ${detected}, not ${claimed} as declared.`, {
      detected,
      declared: claimed,
    });
  }
  return detected;
}

/** The file name as shown to others: from X-File-Name (URI-encoded, headers being Latin-1), without any path. */
export function fileNameOf(header: string | string[] | undefined, type: AttachmentType): string {
  const fallback = `attachment.${type === 'application/pdf' ? 'pdf' : type === 'image/png' ? 'png' : 'jpg'}`;
  if (typeof header !== 'string' || !header) return fallback;
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    throw new UnprocessableEntityException({
      code: 'attachment.bad-file-name',
      message: 'X-File-Name must be URI-encoded.',
      errors: [{ field: 'fileName', rule: 'uri-encoded', message: 'X-File-Name must be URI-encoded.' }],
    });
  }
  // eslint-disable-next-line no-control-regex
  name = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (name.length > 200) {
    throw new UnprocessableEntityException({
      code: 'attachment.bad-file-name',
      message: 'The file name is longer than 200 characters.',
      errors: [{ field: 'fileName', rule: 'max-length', message: 'At most 200 characters.' }],
    });
  }
  return name || fallback;
}
