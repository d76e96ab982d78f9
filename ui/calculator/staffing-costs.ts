/**
 * What a headcount costs per hour: the technicians' pay, and the work users lose while their
 * tickets wait. Money in any one currency; rates per hour.
 */

/**
 * Staff cost per hour of `agentsOnDuty` technicians working tickets: each on-duty hour needs
 * 1 / (1 − shrinkage) paid hours (the rest goes to meetings, leave, training), so
 *
 *   staff cost / h = agents × cost per paid hour / (1 − shrinkage).
 *
 * The roster is not rounded up here: the cost is that of the hours, as in costOptimalStaffing.
 *
 * @param shrinkage Share of paid time not available for tickets, in [0, 1).
 * @example
 * staffCostPerHour(15, 40, 0.25) // => 800 (15 × 40 / 0.75)
 */
export function staffCostPerHour(
  agentsOnDuty: number,
  costPerAgentHour: number,
  shrinkage: number,
): number {
  return (agentsOnDuty * costPerAgentHour) / (1 - shrinkage);
}

/**
 * Lost productivity per hour: the user-hours spent waiting for work to start, priced. The ASA is
 * the mean wait over all arrivals (those served at once count zero, those who give up count until
 * they leave), so arrivals per hour × ASA in hours is the expected waiting user-hours per hour:
 *
 *   lost productivity / h = arrivals per hour × (ASA minutes / 60) × cost of a user's hour.
 *
 * The work itself is not counted: it is needed whatever the headcount.
 *
 * @example
 * lostProductivityPerHour(60, 3, 50) // => 150 (60 tickets × 0.05 h × 50)
 */
export function lostProductivityPerHour(
  arrivalsPerHour: number,
  asaMinutes: number,
  userHourCost: number,
): number {
  return arrivalsPerHour * (asaMinutes / 60) * userHourCost;
}
