import { applyDecorators } from '@nestjs/common';
import { registerDecorator } from 'class-validator';
import { passwordProblems, type PasswordProblem } from '@app/identity';

/** One class-validator rule per password rule, so that a 400 names the rule broken (minLength, maxLength, common). */
function passwordRule(rule: PasswordProblem['rule']): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: rule,
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && !passwordProblems(value).some((p) => p.rule === rule),
        defaultMessage: (args) => {
          const value = args?.value;
          const problem = typeof value === 'string' ? passwordProblems(value).find((p) => p.rule === rule) : undefined;
          return (problem?.message ?? 'password must be a string').replace(/^password/, args?.property ?? 'password');
        },
      },
    });
}

export const PasswordRules = () => applyDecorators(passwordRule('minLength'), passwordRule('maxLength'), passwordRule('common'));
