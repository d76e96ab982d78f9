import Type from 'typebox';
import { DURATION_EXPECTED, DURATION_STRING_PATTERN } from '../units.ts';

/** A duration: a string with a unit ("20s", "3m", "4h", "2d", "1w") or a number of minutes. */
export const DurationSchema = Type.Union(
  [Type.String({ pattern: DURATION_STRING_PATTERN, maxLength: 100 }), Type.Number({ minimum: 0 })],
  { description: DURATION_EXPECTED },
);

/** A probability or share: a fraction in [0, 1], never a percentage. */
export const FractionSchema = Type.Number({
  minimum: 0,
  maximum: 1,
  description: 'a fraction between 0 and 1 (not a percentage)',
});
