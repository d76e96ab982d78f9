/** The most variants one comparison may have (the server's limit, RUN_LIMITS.variants). */
export const MAX_VARIANTS = 20;
/** The most replications one run may ask for (the server's limit, RUN_LIMITS.replications). */
export const MAX_REPLICATIONS = 1000;

/** A change of a variant being written: the path and value sent, and the words shown. */
export interface DraftChange {
  path: string;
  value: unknown;
  words: string;
}

/** A variant being written: its name and changes. */
export interface DraftVariant {
  name: string;
  changes: DraftChange[];
}

/** A problem with one field of the form, named as the request names it (`variants[0].name`). */
export interface FormProblem {
  field: string;
  message: string;
}

/** The body of POST /api/runs for a comparison. */
export interface CompareRequestBody {
  kind: 'compare';
  scenarioId: string;
  variants: { name: string; changes: { path: string; value: unknown }[] }[];
  replications: number;
  seed: number;
}

/**
 * The request that runs a comparison of a base scenario and its variants, or the problems that
 * stop it: no variant, more than MAX_VARIANTS, a variant without a name or change, two with the
 * same name (or the base's), replications or seed out of range.
 *
 * @example
 * compareRequest({ scenarioId: 'x', baseName: 'Base', variants: [], replications: 10, seed: 1 })
 * // => { problems: [{ field: 'variants', message: 'add at least one variant to compare with the base' }] }
 */
export function compareRequest(input: {
  scenarioId: string;
  baseName: string;
  variants: readonly DraftVariant[];
  replications: number;
  seed: number;
}): { body: CompareRequestBody } | { problems: FormProblem[] } {
  const problems = [...variantProblems(input.variants, input.baseName)];
  problems.push(...runProblems(input.replications, input.seed));
  if (problems.length > 0) return { problems };
  return {
    body: {
      kind: 'compare',
      scenarioId: input.scenarioId,
      variants: input.variants.map((v) => ({
        name: v.name.trim(),
        changes: v.changes.map(({ path, value }) => ({ path, value })),
      })),
      replications: input.replications,
      seed: input.seed,
    },
  };
}

function variantProblems(variants: readonly DraftVariant[], baseName: string): FormProblem[] {
  if (variants.length === 0) {
    return [{ field: 'variants', message: 'add at least one variant to compare with the base' }];
  }
  if (variants.length > MAX_VARIANTS) {
    return [
      { field: 'variants', message: `at most ${MAX_VARIANTS} variants can be compared at once` },
    ];
  }
  const problems: FormProblem[] = [];
  const seen = new Set([baseName.trim()]);
  variants.forEach((variant, i) => {
    const name = variant.name.trim();
    if (name === '')
      problems.push({ field: `variants[${i}].name`, message: 'give the variant a name' });
    else if (name.length > 200)
      problems.push({ field: `variants[${i}].name`, message: 'a name of at most 200 characters' });
    else if (seen.has(name))
      problems.push({
        field: `variants[${i}].name`,
        message: `"${name}" is already the name of ${name === baseName.trim() ? 'the base' : 'another variant'}: choose another`,
      });
    seen.add(name);
    if (variant.changes.length === 0)
      problems.push({ field: `variants[${i}].changes`, message: 'add at least one change' });
  });
  return problems;
}

/**
 * Problems with a run's replications and seed: replications a whole number from 1 to
 * MAX_REPLICATIONS, the seed a whole number from 0 to 4294967295.
 *
 * @example
 * runProblems(0, 1) // => [{ field: 'replications', message: 'a whole number from 1 to 1000' }]
 */
export function runProblems(replications: number, seed: number): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!Number.isInteger(replications) || replications < 1 || replications > MAX_REPLICATIONS)
    problems.push({
      field: 'replications',
      message: `a whole number from 1 to ${MAX_REPLICATIONS}`,
    });
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1)
    problems.push({ field: 'seed', message: 'a whole number from 0 to 4294967295' });
  return problems;
}

/**
 * The variant a server message is about (its messages name `variants[i]` first), or null.
 *
 * @example
 * variantOfMessage('variants[1] "Lean" → groups[0].agents: got 0, expected …') // => 1
 */
export function variantOfMessage(message: string): number | null {
  const match = /^variants\[(\d+)\]/.exec(message);
  return match === null ? null : Number(match[1]);
}
