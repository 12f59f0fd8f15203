import { join, relative } from 'node:path';
import * as ts from 'typescript';
import type { ResponseSchemas, RouteResponse, SchemaObject } from './response-schemas';

const HTTP_METHOD_DECORATORS = new Set(['Get', 'Post', 'Put', 'Delete', 'Patch']);

/**
 * Reads every controller's TypeScript and turns what each route returns (its method's return type, awaited) into
 * an OpenAPI schema, so the contract is the code's own types and cannot be a second copy of them. Named types
 * (interfaces, type aliases, classes) become components; anything that serialises through toJSON (Date, Decimal)
 * takes toJSON's return type, as JSON.stringify does. A route whose type is `any` is an error: it would document
 * nothing. Routes that write their own body (@Res() without passthrough, @Sse, StreamableFile, a non-JSON
 * Content-Type) are left out; the contract test lists them.
 */
export function generateResponseSchemas(repoRoot: string): ResponseSchemas {
  const configPath = join(repoRoot, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot);
  const controllerFiles = parsed.fileNames.filter((f) => f.includes('/apps/api/src/http/') && f.endsWith('.controller.ts'));
  const program = ts.createProgram(controllerFiles, { ...parsed.options, noEmit: true, incremental: false });
  const converter = new TypeToSchema(program.getTypeChecker(), repoRoot);
  const operations: Record<string, RouteResponse> = {};
  const problems: string[] = [];
  for (const file of controllerFiles.sort()) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    for (const statement of source.statements) {
      if (!ts.isClassDeclaration(statement) || !statement.name || !decoratorNamed(statement, 'Controller')) continue;
      for (const member of statement.members) {
        if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
        if (![...HTTP_METHOD_DECORATORS].some((d) => decoratorNamed(member, d))) continue;
        const operationId = `${statement.name.text}_${member.name.text}`;
        // Terminus documents its health check itself (200 and 503 with their schemas).
        if (writesOwnBody(member) || decoratorNamed(member, 'HealthCheck')) continue;
        try {
          const schema = converter.routeSchema(member, operationId);
          if (schema) operations[operationId] = { status: successStatus(member), schema };
        } catch (err) {
          problems.push((err as Error).message);
        }
      }
    }
  }
  if (problems.length > 0) throw new Error(`Routes whose answer the contract cannot describe:\n${problems.join('\n')}`);
  return { components: converter.components(), operations };
}

function decorators(node: ts.Node): readonly ts.Decorator[] {
  return ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
}

function decoratorCall(node: ts.Node, name: string): ts.CallExpression | undefined {
  for (const decorator of decorators(node)) {
    const expression = decorator.expression;
    if (ts.isCallExpression(expression) && ts.isIdentifier(expression.expression) && expression.expression.text === name) return expression;
  }
  return undefined;
}

function decoratorNamed(node: ts.Node, name: string): boolean {
  return decoratorCall(node, name) !== undefined;
}

/** As Nest answers: @HttpCode's, else 201 for POST and 200 for the rest. */
function successStatus(method: ts.MethodDeclaration): number {
  const [code] = decoratorCall(method, 'HttpCode')?.arguments ?? [];
  if (code && ts.isNumericLiteral(code)) return Number(code.text);
  return decoratorNamed(method, 'Post') ? 201 : 200;
}

/** The route answers with something other than its JSON return value. */
function writesOwnBody(method: ts.MethodDeclaration): boolean {
  if (decoratorNamed(method, 'Sse')) return true;
  const header = decoratorCall(method, 'Header');
  if (header) {
    const [name, value] = header.arguments;
    if (name && value && ts.isStringLiteral(name) && ts.isStringLiteral(value) && name.text.toLowerCase() === 'content-type' && !value.text.includes('json'))
      return true;
  }
  for (const parameter of method.parameters) {
    const res = decoratorCall(parameter, 'Res');
    if (res && !res.arguments.some((a) => a.getText().replace(/\s/g, '').includes('passthrough:true'))) return true;
  }
  return false;
}

class TypeToSchema {
  private readonly named = new Map<string, { type: ts.Type; schema: SchemaObject | undefined; declaredIn: string }>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly repoRoot: string,
  ) {}

  components(): Record<string, SchemaObject> {
    return Object.fromEntries([...this.named.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, { schema }]) => [name, schema as SchemaObject]));
  }

  routeSchema(method: ts.MethodDeclaration, operationId: string): SchemaObject | undefined {
    const signature = this.checker.getSignatureFromDeclaration(method);
    if (!signature) return undefined;
    const returned = this.checker.getReturnTypeOfSignature(signature);
    const awaited = this.checker.getAwaitedType(returned) ?? returned;
    if (awaited.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) return undefined;
    if (this.typeName(awaited) === 'StreamableFile') return undefined;
    return this.convert(awaited, operationId);
  }

  private convert(type: ts.Type, path: string): SchemaObject {
    const f = type.flags;
    if (f & ts.TypeFlags.Any) throw new Error(`${path} is typed any: give it a type so that the contract can say what it is`);
    if (f & ts.TypeFlags.Unknown) return {};
    if (f & ts.TypeFlags.Union && type.aliasSymbol && !type.aliasTypeArguments?.length) return this.reference(type.aliasSymbol.getName(), type, path);
    if (f & ts.TypeFlags.Union) return this.union(type as ts.UnionType, path);
    if (f & ts.TypeFlags.StringLiteral) return { type: 'string', enum: [(type as ts.StringLiteralType).value] };
    if (f & ts.TypeFlags.NumberLiteral) return { type: 'number', enum: [(type as ts.NumberLiteralType).value] };
    if (f & ts.TypeFlags.BooleanLiteral) return { type: 'boolean', enum: [this.checker.typeToString(type) === 'true'] };
    if (f & ts.TypeFlags.String || f & ts.TypeFlags.TemplateLiteral) return { type: 'string' };
    if (f & ts.TypeFlags.Number) return { type: 'number' };
    if (f & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (f & ts.TypeFlags.Null) return { nullable: true };
    if (f & (ts.TypeFlags.BigInt | ts.TypeFlags.ESSymbol | ts.TypeFlags.Never | ts.TypeFlags.Void | ts.TypeFlags.Undefined)) {
      throw new Error(`${path} is ${this.checker.typeToString(type)}, which JSON cannot carry`);
    }
    const toJson = type.getProperty('toJSON');
    if (toJson) {
      const [signature] = this.checker.getTypeOfSymbol(toJson).getCallSignatures();
      if (signature) {
        const schema = this.convert(this.checker.getReturnTypeOfSignature(signature), `${path}.toJSON()`);
        return this.typeName(type) === 'Date' ? { ...schema, format: 'date-time' } : schema;
      }
    }
    if (this.checker.isArrayType(type) || this.checker.isTupleType(type)) {
      const elements = this.checker.getTypeArguments(type as ts.TypeReference);
      if (this.checker.isTupleType(type)) {
        return {
          type: 'array',
          items: this.oneOf(elements.map((e, i) => this.convert(e, `${path}[${i}]`))),
          minItems: elements.length,
          maxItems: elements.length,
        };
      }
      return { type: 'array', items: this.convert(elements[0], `${path}[]`) };
    }
    const name = this.componentName(type);
    if (name) return this.reference(name, type, path);
    return this.object(type, path);
  }

  private union(type: ts.UnionType, path: string): SchemaObject {
    const members = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
    const nullable = members.some((t) => t.flags & ts.TypeFlags.Null);
    const rest = members.filter((t) => !(t.flags & ts.TypeFlags.Null));
    const withNull = (schema: SchemaObject): SchemaObject =>
      nullable ? (schema.$ref ? { allOf: [schema], nullable: true } : { ...schema, nullable: true }) : schema;
    if (rest.length === 0) return { nullable: true };
    if (rest.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) {
      return withNull(rest.length === 2 ? { type: 'boolean' } : this.convert(rest[0], path));
    }
    if (rest.every((t) => t.flags & ts.TypeFlags.StringLiteral)) return withNull({ type: 'string', enum: rest.map((t) => (t as ts.StringLiteralType).value) });
    if (rest.every((t) => t.flags & ts.TypeFlags.NumberLiteral)) return withNull({ type: 'number', enum: rest.map((t) => (t as ts.NumberLiteralType).value) });
    if (rest.length === 1) return withNull(this.convert(rest[0], path));
    // `true | false` arrive as two members next to others; keep them as one boolean.
    const booleans = rest.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral);
    const others = rest.filter((t) => !(t.flags & ts.TypeFlags.BooleanLiteral));
    const schemas = others.map((t, i) => this.convert(t, `${path}|${i}`));
    if (booleans.length === 2) schemas.push({ type: 'boolean' });
    else for (const b of booleans) schemas.push(this.convert(b, path));
    return withNull(this.oneOf(schemas));
  }

  private oneOf(schemas: SchemaObject[]): SchemaObject {
    const distinct = [...new Map(schemas.map((s) => [JSON.stringify(s), s])).values()];
    return distinct.length === 1 ? distinct[0] : { oneOf: distinct };
  }

  private object(type: ts.Type, path: string): SchemaObject {
    const properties: Record<string, SchemaObject> = {};
    const required: string[] = [];
    for (const property of this.checker.getPropertiesOfType(type)) {
      if (property.flags & ts.SymbolFlags.Method) continue;
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      const propertyType = declaration ? this.checker.getTypeOfSymbolAtLocation(property, declaration) : this.checker.getTypeOfSymbol(property);
      if (propertyType.getCallSignatures().length > 0) continue;
      const schema = this.convert(propertyType, `${path}.${property.name}`);
      const description = ts.displayPartsToString(property.getDocumentationComment(this.checker)).trim();
      properties[property.name] = description && !schema.$ref ? { ...schema, description } : schema;
      const optional =
        property.flags & ts.SymbolFlags.Optional ||
        (propertyType.flags & ts.TypeFlags.Union && (propertyType as ts.UnionType).types.some((t) => t.flags & ts.TypeFlags.Undefined));
      if (!optional) required.push(property.name);
    }
    const schema: SchemaObject = { type: 'object', properties };
    if (required.length > 0) schema.required = required;
    const index = this.checker.getIndexInfoOfType(type, ts.IndexKind.String);
    if (index) schema.additionalProperties = this.convert(index.type, `${path}[key]`);
    return schema;
  }

  private typeName(type: ts.Type): string | undefined {
    return (type.aliasSymbol ?? type.getSymbol())?.getName();
  }

  /** Interfaces, classes and type aliases without type arguments get a component of their own name. */
  private componentName(type: ts.Type): string | undefined {
    if (type.aliasSymbol) return type.aliasTypeArguments?.length ? undefined : type.aliasSymbol.getName();
    const symbol = type.getSymbol();
    if (!symbol || !(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class))) return undefined;
    if ((type as ts.TypeReference).typeArguments?.length) return undefined;
    return symbol.getName();
  }

  private reference(name: string, type: ts.Type, path: string): SchemaObject {
    const symbol = type.aliasSymbol ?? type.getSymbol();
    const declaredIn = relative(this.repoRoot, symbol?.declarations?.[0]?.getSourceFile().fileName ?? '?');
    const known = this.named.get(name);
    if (known && known.type !== type) {
      // Same name, another type: the web UI would get one of them under that name. Rename one of them.
      if (known.declaredIn !== declaredIn || this.checker.typeToString(known.type) !== this.checker.typeToString(type)) {
        throw new Error(`${path}: two response types are named ${name} (${known.declaredIn} and ${declaredIn}); give one a name of its own`);
      }
    }
    if (!known) {
      this.named.set(name, { type, schema: undefined, declaredIn });
      const schema = type.aliasSymbol && !(type.flags & ts.TypeFlags.Object) ? this.convertUnnamed(type, name) : this.object(type, name);
      const description = symbol ? ts.displayPartsToString(symbol.getDocumentationComment(this.checker)).trim() : '';
      this.named.set(name, { type, schema: description ? { ...schema, description } : schema, declaredIn });
    }
    return { $ref: `#/components/schemas/${name}` };
  }

  /** An alias of a union or primitive: convert what it names, not the alias again. */
  private convertUnnamed(type: ts.Type, path: string): SchemaObject {
    if (type.flags & ts.TypeFlags.Union) return this.union(type as ts.UnionType, path);
    if (type.flags & ts.TypeFlags.Intersection) return this.object(type, path);
    return this.convert(type, path);
  }
}
