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

/** Either kind of character textProblem refuses, in one quick test: most text has neither. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's whole purpose
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF]/;

/** Where a node sits, from the root: a field path is spelled out only for a node that has a problem. */
interface Path {
  readonly parent: Path | undefined;
  readonly key: string | number;
}

/**
 * Every problem with untrusted data as parsed from JSON, a query string or a form: containers nested deeper than
 * MAX_JSON_DEPTH (then only that, since nothing below it is looked at) and text — values and keys — that
 * `textProblem` refuses. Fields are named by their path, e.g. `details.name` or `positions.0.title`.
 */
export function untrustedInputProblems(value: unknown, prefix = ''): FieldError[] {
  const problems: FieldError[] = [];
  let tooDeep: FieldError | undefined;
  const fieldOf = (path: Path | undefined): string => {
    const keys: (string | number)[] = [];
    for (let p = path; p; p = p.parent) keys.push(p.key);
    let field = prefix;
    for (let i = keys.length - 1; i >= 0; i -= 1) field = join(field, typeof keys[i] === 'string' ? printableKey(keys[i] as string) : keys[i]);
    return field;
  };
  // Recursion is safe here: it never goes more than MAX_JSON_DEPTH + 1 frames deep.
  const visit = (node: unknown, path: Path | undefined, depth: number): void => {
    if (tooDeep || problems.length >= MAX_REPORTED) return;
    if (typeof node === 'string') {
      if (!SUSPECT.test(node)) return;
      const field = fieldOf(path);
      const problem = textProblem(node, field || 'body');
      if (problem) problems.push(problem);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (depth > MAX_JSON_DEPTH) {
      const field = fieldOf(path);
      tooDeep = {
        field: field || 'body',
        rule: 'maxDepth',
        message: `${field || 'The body'} is nested too deeply: objects and arrays may nest at most ${MAX_JSON_DEPTH} levels`,
      };
      return;
    }
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) visit(node[index], { parent: path, key: index }, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (SUSPECT.test(key)) {
        const keyProblem = textProblem(key, join(fieldOf(path), printableKey(key)));
        if (keyProblem && problems.length < MAX_REPORTED) problems.push({ ...keyProblem, message: `The field name ${keyProblem.message}` });
      }
      visit(record[key], { parent: path, key }, depth + 1);
    }
  };
  visit(value, undefined, 1);
  return tooDeep ? [tooDeep] : problems;
}
