import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import { DomainError } from '@app/domain';

const REFUSAL_STATUS = { conflict: HttpStatus.CONFLICT, invalid: HttpStatus.UNPROCESSABLE_ENTITY, forbidden: HttpStatus.FORBIDDEN, 'not-found': HttpStatus.NOT_FOUND } as const;

/** A link that is unknown, used, withdrawn, replaced by a newer one or expired: said at the field. */
export const invitationLinkRefused = () =>
  new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'invitation.invalid',
    message: 'This invitation link is not valid: it was used, withdrawn, replaced by a newer one, or has expired. Ask the organiser for a new one.',
    errors: [{ field: 'token', rule: 'live', message: 'token is unknown, used, withdrawn or expired' }],
  });

/** A domain refusal (organisation rules, invitation rules) as the HTTP answer commands give. */
export function asHttpRefusal(err: unknown): unknown {
  if (!(err instanceof DomainError)) return err;
  const status = REFUSAL_STATUS[err.kind];
  return new HttpException({ statusCode: status, error: HttpStatus[status], code: err.code, message: err.message, field: err.field, params: err.params }, status);
}
