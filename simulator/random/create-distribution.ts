import type { DistributionSpec } from '../scenario/distribution-schema.ts';
import { toMinutes } from '../units.ts';
import { Deterministic } from './deterministic.ts';
import type { Distribution } from './distribution.ts';
import { Empirical } from './empirical.ts';
import { Erlang } from './erlang.ts';
import { Exponential } from './exponential.ts';
import { Gamma } from './gamma.ts';
import { Lognormal } from './lognormal.ts';
import { Uniform } from './uniform.ts';
import { Weibull } from './weibull.ts';

/**
 * Builds a distribution from its scenario form, converting durations to minutes. `field` is the
 * path of the spec in the scenario, used in error messages.
 *
 * @throws SimulatorError SIM_ERR_INVALID_DISTRIBUTION or SIM_ERR_INVALID_DURATION naming the field.
 * @example
 * createDistribution({ kind: 'lognormal', mean: '20m', cv: 1.5 }, 'workTime').mean // => 20
 */
export function createDistribution(spec: DistributionSpec, field: string): Distribution {
  const at = (name: string) => `${field}.${name}`;
  switch (spec.kind) {
    case 'exponential':
      return new Exponential(toMinutes(spec.mean, at('mean')), at('mean'));
    case 'deterministic':
      return new Deterministic(toMinutes(spec.value, at('value')), at('value'));
    case 'uniform':
      return new Uniform(toMinutes(spec.min, at('min')), toMinutes(spec.max, at('max')), field);
    case 'erlang':
      return new Erlang(toMinutes(spec.mean, at('mean')), spec.k, field);
    case 'gamma':
      return new Gamma(toMinutes(spec.mean, at('mean')), spec.cv, field);
    case 'lognormal':
      return new Lognormal(toMinutes(spec.mean, at('mean')), spec.cv, field);
    case 'weibull':
      return new Weibull(toMinutes(spec.mean, at('mean')), spec.cv, field);
    case 'empirical':
      return new Empirical(
        spec.values.map((value, i) => toMinutes(value, `${at('values')}[${i}]`)),
        at('values'),
      );
    default:
      return assertNever(spec);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled distribution ${JSON.stringify(value)}`);
}
