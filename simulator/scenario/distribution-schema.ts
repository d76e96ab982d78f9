import Type, { type Static } from 'typebox';
import { DurationSchema } from './duration-schema.ts';

const Cv = Type.Number({
  exclusiveMinimum: 0,
  description: 'the coefficient of variation (standard deviation / mean), a number > 0',
});

/**
 * A distribution of durations (work time, patience), tagged by `kind`. Every duration field
 * takes a string with a unit or plain minutes.
 */
export const DistributionSchema = Type.Union(
  [
    Type.Object(
      { kind: Type.Literal('exponential'), mean: DurationSchema },
      { additionalProperties: false },
    ),
    Type.Object(
      { kind: Type.Literal('deterministic'), value: DurationSchema },
      { additionalProperties: false },
    ),
    Type.Object(
      { kind: Type.Literal('uniform'), min: DurationSchema, max: DurationSchema },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        kind: Type.Literal('erlang'),
        mean: DurationSchema,
        k: Type.Integer({
          minimum: 1,
          maximum: 1000,
          description: 'the number of phases, an integer from 1 to 1000',
        }),
      },
      { additionalProperties: false },
    ),
    Type.Object(
      { kind: Type.Literal('gamma'), mean: DurationSchema, cv: Cv },
      { additionalProperties: false },
    ),
    Type.Object(
      { kind: Type.Literal('lognormal'), mean: DurationSchema, cv: Cv },
      { additionalProperties: false },
    ),
    Type.Object(
      { kind: Type.Literal('weibull'), mean: DurationSchema, cv: Cv },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        kind: Type.Literal('empirical'),
        values: Type.Array(DurationSchema, { minItems: 1, maxItems: 1_000_000 }),
      },
      { additionalProperties: false },
    ),
  ],
  {
    description:
      'a distribution: {"kind": "exponential" | "deterministic" | "uniform" | "erlang" | "gamma" | "lognormal" | "weibull" | "empirical", ...its parameters}',
  },
);

export type DistributionSpec = Static<typeof DistributionSchema>;
