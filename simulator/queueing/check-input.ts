import { fail, SIM_ERR } from '../errors.ts';

/** Throws SIM_ERR_INVALID_MODEL_INPUT unless `value` is finite and > 0 (≥ 0 when `allowZero`). */
export function checkPositive(field: string, value: number, allowZero = false): void {
  if (Number.isFinite(value) && (allowZero ? value >= 0 : value > 0)) return;
  fail(
    SIM_ERR.INVALID_MODEL_INPUT,
    field,
    value,
    allowZero ? 'a finite number ≥ 0' : 'a finite number > 0',
  );
}

/** Throws SIM_ERR_INVALID_MODEL_INPUT unless `value` is a whole number ≥ 1. */
export function checkAgents(field: string, value: number): void {
  if (Number.isInteger(value) && value >= 1) return;
  fail(SIM_ERR.INVALID_MODEL_INPUT, field, value, 'a whole number of agents ≥ 1');
}
