import { type Static, Type } from 'typebox';
import { SIM_ERR, SimulatorError } from '../errors.ts';
import { schemaIssues } from '../scenario/schema-issues.ts';
import type { Variant } from './apply-variant.ts';

const PathSchema = Type.String({
  minLength: 1,
  maxLength: 300,
  description: 'a path such as "groups[desk].agents" or "classes[0].workTime.mean"',
});

/** A file of variants of one base scenario: `{ "variants": [{ "name", "changes": […] }] }`. */
export const VariantsFileSchema = Type.Object(
  {
    variants: Type.Array(
      Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 200, description: 'a name for the option' }),
          changes: Type.Array(
            Type.Union(
              [
                Type.Object(
                  { path: PathSchema, value: Type.Unknown() },
                  { additionalProperties: false },
                ),
                Type.Object(
                  { path: PathSchema, remove: Type.Literal(true) },
                  { additionalProperties: false },
                ),
              ],
              {
                description:
                  '{ "path": …, "value": … } to set a field, { "path": …, "remove": true } to remove it',
              },
            ),
            { maxItems: 100, description: 'the changes, applied in order' },
          ),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 20, description: 'one to twenty variants' },
    ),
  },
  { additionalProperties: false },
);

/**
 * The variants of a variants file, checked against {@link VariantsFileSchema}.
 *
 * @throws SimulatorError SIM_ERR_INVALID_SCENARIO naming each field that is wrong.
 */
export function parseVariants(input: unknown): Variant[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new SimulatorError(SIM_ERR.INVALID_SCENARIO, [
      {
        field: '',
        value: input,
        expected: 'a variants object ({"variants": [{"name": …, "changes": […]}]})',
      },
    ]);
  }
  const issues = schemaIssues(VariantsFileSchema, input);
  if (issues.length > 0) throw new SimulatorError(SIM_ERR.INVALID_SCENARIO, issues);
  return (input as Static<typeof VariantsFileSchema>).variants as Variant[];
}
