import { BadRequestException } from '@nestjs/common';

/** A link's token that is unknown, used or expired: said at the field, like any other bad input. */
export const accountTokenRefused = () =>
  new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'account-token.invalid',
    message: 'This link is not valid: it was already used, has expired, or was mistyped. Ask for a new one.',
    errors: [{ field: 'token', rule: 'live', message: 'token is unknown, used or expired' }],
  });
