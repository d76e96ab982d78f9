import type { TSchema } from 'typebox';
import { Settings } from 'typebox/system';
import { Value } from 'typebox/value';
import type { InputIssue } from '../errors.ts';

interface RawError {
  keyword: string;
  schemaPath: string;
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
}

type SchemaNode = Record<string, unknown>;

/**
 * Checks `value` against a TypeBox schema and returns one plain-words issue per problem, each
 * naming the field (`classes[1].workTime.mean`), the value found and what was expected. Empty
 * when the value is valid.
 *
 * Unions tagged by `kind` are explained by the variant the value names (so a lognormal without a
 * `cv` is told about `cv`, not about every other distribution); other unions fall back to their
 * `description`.
 */
export function schemaIssues(schema: TSchema, value: unknown): InputIssue[] {
  const errors = allErrors(schema, value);
  const unions = errors.filter((e) => e.keyword === 'anyOf');
  const issues: InputIssue[] = [];
  const hidden: string[] = [];
  for (const union of unions) {
    const unionSchema = schemaAt(schema, union.schemaPath);
    const found = valueAt(value, union.instancePath);
    const variant = taggedVariant(unionSchema, found);
    const variants = variantPaths(unionSchema, union.schemaPath);
    hidden.push(...variants.filter((_, i) => i !== variant));
    if (variant === null) issues.push(explainUnion(unionSchema, union.instancePath, found));
  }
  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'boolean') continue;
    if (hidden.some((path) => isWithin(error.schemaPath, path))) continue;
    issues.push(...explainError(schema, value, error));
  }
  return dedupe(issues);
}

/** Every schema error (TypeBox stops at 8 by default, too few to explain a union). */
function allErrors(schema: TSchema, value: unknown): RawError[] {
  const previous = Settings.Get().maxErrors;
  Settings.Set({ maxErrors: MAX_ERRORS });
  try {
    return Value.Errors(schema, value) as unknown as RawError[];
  } finally {
    Settings.Set({ maxErrors: previous });
  }
}

const MAX_ERRORS = 500;

function explainError(root: TSchema, value: unknown, error: RawError): InputIssue[] {
  const node = schemaAt(root, error.schemaPath);
  const found = valueAt(value, error.instancePath);
  if (error.keyword === 'required') {
    const names = (error.params.requiredProperties as string[] | undefined) ?? [];
    const properties = (node.properties ?? {}) as Record<string, SchemaNode>;
    return names.map((name) => ({
      field: join(fieldName(error.instancePath), name),
      value: undefined,
      expected: describe(properties[name]) ?? 'a value (this field is required)',
    }));
  }
  if (error.keyword === 'additionalProperties') {
    const names = (error.params.additionalProperties as string[] | undefined) ?? [];
    const allowed = Object.keys((node.properties ?? {}) as object).join(', ');
    return names.map((name) => ({
      field: join(fieldName(error.instancePath), name),
      value: (found as Record<string, unknown>)[name],
      expected: `no such field here (allowed: ${allowed})`,
    }));
  }
  return [
    {
      field: fieldName(error.instancePath),
      value: found,
      expected:
        describe(node) ?? error.message.replace(/^must (be|have|match) /, 'a value that is '),
    },
  ];
}

function explainUnion(node: SchemaNode, instancePath: string, found: unknown): InputIssue {
  const tags = variantTags(node);
  if (tags.length > 0 && isObject(found) && 'kind' in found) {
    return {
      field: join(fieldName(instancePath), 'kind'),
      value: found.kind,
      expected: `one of ${tags.map((tag) => JSON.stringify(tag)).join(', ')}`,
    };
  }
  return {
    field: fieldName(instancePath),
    value: found,
    expected: describe(node) ?? 'a value of another form',
  };
}

/** Index of the union member whose `kind` constant matches the value's `kind`; null if none. */
function taggedVariant(node: SchemaNode, found: unknown): number | null {
  if (!isObject(found) || typeof found.kind !== 'string') return null;
  const index = variantTags(node).indexOf(found.kind);
  return index >= 0 ? index : null;
}

function variantTags(node: SchemaNode): string[] {
  const members = (node.anyOf ?? []) as SchemaNode[];
  return members
    .map((member) => (member.properties as Record<string, SchemaNode> | undefined)?.kind?.const)
    .filter((tag): tag is string => typeof tag === 'string');
}

function variantPaths(node: SchemaNode, unionPath: string): string[] {
  const members = (node.anyOf ?? []) as SchemaNode[];
  return members.map((_, i) => `${unionPath}/anyOf/${i}`);
}

function isWithin(schemaPath: string, variantPath: string): boolean {
  return schemaPath === variantPath || schemaPath.startsWith(`${variantPath}/`);
}

function describe(node: SchemaNode | undefined): string | undefined {
  return typeof node?.description === 'string' ? node.description : undefined;
}

function schemaAt(root: TSchema, schemaPath: string): SchemaNode {
  let node: unknown = root;
  for (const segment of pointerSegments(schemaPath.replace(/^#/, ''))) {
    node =
      isObject(node) || Array.isArray(node)
        ? (node as Record<string, unknown>)[segment]
        : undefined;
  }
  return isObject(node) ? node : {};
}

function valueAt(root: unknown, instancePath: string): unknown {
  let node: unknown = root;
  for (const segment of pointerSegments(instancePath)) {
    node =
      isObject(node) || Array.isArray(node)
        ? (node as Record<string, unknown>)[segment]
        : undefined;
  }
  return node;
}

function pointerSegments(pointer: string): string[] {
  return pointer
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `/classes/1/workTime/mean` → `classes[1].workTime.mean`. */
function fieldName(instancePath: string): string {
  return pointerSegments(instancePath).reduce(
    (path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : join(path, segment)),
    '',
  );
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dedupe(issues: InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.field}|${issue.expected}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
