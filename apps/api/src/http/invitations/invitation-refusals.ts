import { BadRequestException, HttpException } from '@nestjs/common';
import { DomainError } from '@app/domain';
import { refusalBody, refusalStatus } from '../errors/refusal-http';

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
  const status = refusalStatus(err.kind);
  return new HttpException(refusalBody(status, err), status);
}
