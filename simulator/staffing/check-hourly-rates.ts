import { fail, SIM_ERR } from '../errors.ts';

/**
 * Throws SIM_ERR_INVALID_MODEL_INPUT naming `arrivalsPerHour` unless the profile is a non-empty
 * list of finite rates ≥ 0.
 */
export function checkHourlyRates(rates: readonly number[]): void {
  if (rates.length === 0 || rates.some((rate) => !(Number.isFinite(rate) && rate >= 0))) {
    fail(
      SIM_ERR.INVALID_MODEL_INPUT,
      'arrivalsPerHour',
      rates,
      'a list of arrival rates ≥ 0, one per hour',
    );
  }
}
