import type { FieldError } from './validation.pipe';

/**
 * How deeply containers (objects, arrays) may nest in a request. Our deepest DTO needs 4; the cap sits well above
 * that and far below what overflows the stack of the recursive code that runs later (class-transformer,
 * class-validator, the canonical JSON of the request fingerprint).
 */
export const MAX_JSON_DEPTH = 20;

/** At most this many problems are reported: a hostile body of a million bad strings gets a short answer. */
const MAX_REPORTED = 20;

/** C0 controls other than tab, line feed and carriage return: nobody types them, terminals and logs obey them. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's whole purpose
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
/** Half of a surrogate pair on its own: not a character at all, and PostgreSQL refuses it in jsonb. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const codePoint = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why this text cannot be accepted (NUL, other C0 controls, lone surrogates), or undefined when it is fine. */
export function textProblem(text: string, field: string): FieldError | undefined {
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    return {
      field,
      rule: 'noControlCharacters',
      message: `${field} must not contain control characters (found ${codePoint(control[0])}); only tab and line breaks are allowed`,
    };
  }
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) {
    return { field, rule: 'wellFormedUnicode', message: `${field} must be well-formed Unicode text (found a lone surrogate ${codePoint(surrogate[0])})` };
  }
  return undefined;
}

/** A key as it can be shown in a field path: its control characters and lone surrogates written as \uXXXX. */
const printableKey = (key: string) => (textProblem(key, '') ? JSON.stringify(key).slice(1, -1) : key);

const join = (prefix: string, key: string | number) => (prefix ? `${prefix}.${key}` : String(key));

/**
 * Every problem with untrusted data as parsed from JSON, a query string or a form: containers nested deeper than
 * MAX_JSON_DEPTH (then only that, since nothing below it is looked at) and text — values and keys — that
 * `textProblem` refuses. Fields are named by their path, e.g. `details.name` or `positions.0.title`.
 */
export function untrustedInputProblems(value: unknown, prefix = ''): FieldError[] {
  const problems: FieldError[] = [];
  let tooDeep: FieldError | undefined;
  // Recursion is safe here: it never goes more than MAX_JSON_DEPTH + 1 frames deep.
  const visit = (node: unknown, field: string, depth: number): void => {
    if (tooDeep || problems.length >= MAX_REPORTED) return;
    if (typeof node === 'string') {
      const problem = textProblem(node, field || 'body');
      if (problem) problems.push(problem);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (depth > MAX_JSON_DEPTH) {
      tooDeep = {
        field: field || 'body',
        rule: 'maxDepth',
        message: `${field || 'The body'} is nested too deeply: objects and arrays may nest at most ${MAX_JSON_DEPTH} levels`,
      };
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, join(field, index), depth + 1));
      return;
    }
    for (const [key, item] of Object.entries(node)) {
      const keyProblem = textProblem(key, join(field, printableKey(key)));
      if (keyProblem && problems.length < MAX_REPORTED) problems.push({ ...keyProblem, message: `The field name ${keyProblem.message}` });
      visit(item, join(field, printableKey(key)), depth + 1);
    }
  };
  visit(value, prefix, 1);
  return tooDeep ? [tooDeep] : problems;
}
