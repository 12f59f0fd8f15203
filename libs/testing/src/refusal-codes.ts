import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/**
 * Every refusal code the service can emit, read from its source: the one place that knows them all, so that a code
 * added anywhere (by anyone) is found without a list to keep up by hand. A code is a string literal
 * - given as the code of a refusal helper of libs/domain (`conflict`, `invalid`, `forbidden`, `notFound`, `unauthenticated`,
 *   `new DomainError`),
 * - given as the value of a `code` property (HTTP exceptions, tables of refusals), or
 * - passed to a parameter named `code` of a function of ours that hands it on (e.g. `parseFiniteDecimal`).
 * Conditional expressions count with both branches, `x.code ?? 'fallback'` with its fallback. A code argument that is none of these (a variable holding a
 * code) is reported as unresolved, so a refusal can never hide from the check.
 */
export interface RefusalCodeSite {
  readonly code: string;
  readonly file: string;
  readonly line: number;
}

export interface RefusalCodeScan {
  readonly codes: ReadonlyMap<string, readonly RefusalCodeSite[]>;
  /** Code arguments that are not literals and not a `code` handed on; each needs a look. */
  readonly unresolved: readonly RefusalCodeSite[];
}

const REFUSAL_HELPERS = new Set(['conflict', 'invalid', 'forbidden', 'notFound', 'unauthenticated']);
/** Directories of the service's own code, relative to the repository root. */
export const SERVICE_SOURCE_DIRS = ['libs', 'apps/api/src', 'apps/worker/src'];
/** Not the service: tests, test support, the web UI (it reads codes; it does not emit them), command-line tools. */
const SKIPPED = [
  /\.spec\.ts$/,
  /\.spec-helper\.ts$/,
  /\.testing\.ts$/,
  /\.d\.ts$/,
  /^libs\/testing\//,
  /^libs\/api-client\//,
  /\/cli\//,
  /\/migrations\//,
  /\.generated\.ts$/,
];

function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(path);
      } else if (entry.name.endsWith('.ts')) {
        const rel = relative(root, path).split('\\').join('/');
        if (!SKIPPED.some((re) => re.test(rel))) files.push(rel);
      }
    }
  };
  for (const dir of SERVICE_SOURCE_DIRS) walk(join(root, dir));
  return files.sort();
}

const calleeName = (expr: ts.Expression): string | undefined =>
  ts.isIdentifier(expr) ? expr.text : ts.isPropertyAccessExpression(expr) ? expr.name.text : undefined;

/** The literal codes an expression can evaluate to, or null when it is not made of literals. */
function literalsOf(expr: ts.Expression): string[] | null {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
  if (ts.isParenthesizedExpression(expr)) return literalsOf(expr.expression);
  if (ts.isConditionalExpression(expr)) {
    const [a, b] = [literalsOf(expr.whenTrue), literalsOf(expr.whenFalse)];
    return a && b ? [...a, ...b] : null;
  }
  // `stored.code ?? 'unknown'`: a code handed on, or a literal one when there is none.
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken && isHandedOn(expr.left)) return literalsOf(expr.right);
  return null;
}

/** A code handed on unchanged: a parameter named `code`, or `something.code` (a caught refusal passed along). */
const isHandedOn = (expr: ts.Expression): boolean =>
  (ts.isIdentifier(expr) && expr.text === 'code') || (ts.isPropertyAccessExpression(expr) && expr.name.text === 'code');

function parse(root: string, file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.ES2022, true);
}

/** Functions of ours with a parameter named `code` (name → its position), e.g. parseFiniteDecimal → 1. */
function codeForwarders(sources: ts.SourceFile[]): Map<string, number> {
  const found = new Map<string, number>();
  const visit = (node: ts.Node) => {
    let name: string | undefined;
    let params: ts.NodeArray<ts.ParameterDeclaration> | undefined;
    if (ts.isFunctionDeclaration(node) && node.name) [name, params] = [node.name.text, node.parameters];
    else if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    ) {
      [name, params] = [node.name.text, node.initializer.parameters];
    }
    const index = params?.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === 'code') ?? -1;
    if (name && index >= 0 && !REFUSAL_HELPERS.has(name)) found.set(name, index);
    ts.forEachChild(node, visit);
  };
  sources.forEach((s) => visit(s));
  return found;
}

export function scanRefusalCodes(root: string): RefusalCodeScan {
  const sources = sourceFiles(root).map((file) => parse(root, file));
  const forwarders = codeForwarders(sources);
  const codes = new Map<string, RefusalCodeSite[]>();
  const unresolved: RefusalCodeSite[] = [];

  for (const source of sources) {
    const site = (node: ts.Node, code: string): RefusalCodeSite => ({
      code,
      file: source.fileName,
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    });
    const record = (expr: ts.Expression) => {
      const literals = literalsOf(expr);
      if (literals) for (const code of literals) codes.set(code, [...(codes.get(code) ?? []), site(expr, code)]);
      else if (!isHandedOn(expr)) unresolved.push(site(expr, expr.getText(source)));
    };
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const name = calleeName(node.expression);
        const args = node.arguments ?? ts.factory.createNodeArray();
        const isHelper = ts.isCallExpression(node) ? name !== undefined && REFUSAL_HELPERS.has(name) : name === 'DomainError';
        const index = isHelper ? 0 : name !== undefined && ts.isCallExpression(node) ? forwarders.get(name) : undefined;
        if (index !== undefined && args[index]) record(args[index]);
      } else if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && node.name.text === 'code') {
        record(node.initializer);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { codes, unresolved };
}
