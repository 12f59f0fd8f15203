import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

export interface FieldError {
  field: string;
  rule: string;
  message: string;
}

/** Flattens nested class-validator errors into one entry per broken rule, named by the field's full path. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule: rule === 'whitelistValidation' ? 'unknownField' : rule,
      message: rule === 'whitelistValidation' ? `${field} is not a known field` : message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** The one shape of a 400 for bad input: every broken rule, each naming its field. */
export const invalidRequest = (fieldErrors: FieldError[]) =>
  new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: `Invalid request: ${fieldErrors.map((e) => `${e.field} (${e.rule})`).join(', ')}`,
    errors: fieldErrors,
  });

/** whitelist + forbidNonWhitelisted: an unknown field is an error, never silently dropped. */
export const apiValidationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => invalidRequest(flattenValidationErrors(errors)),
  });
