/**
 * What a scenario made from a data set is planned for: the recent level (no forecast week given)
 * or a forecast week. A plan is said by its key, so that "3", " 3 " and "03" are one plan.
 */

/**
 * The plan of a forecast-week field's text: "recent" when empty, else the week's number as
 * written by the app ("03" → "3"); text that is not a number is kept trimmed.
 *
 * @example
 * planKey(' 03 ') // => '3'
 * planKey('') // => 'recent'
 */
export function planKey(forecastWeek: string): string {
  const text = forecastWeek.trim();
  if (text === '') return 'recent';
  const week = Number(text);
  return Number.isFinite(week) ? String(week) : text;
}

/**
 * A plan in words.
 *
 * @example
 * planText('3') // => 'forecast week 3'
 * planText('recent') // => 'the recent level'
 */
export function planText(key: string): string {
  return key === 'recent' ? 'the recent level' : `forecast week ${key}`;
}

/**
 * The name the server gave a scenario it made, from its answer (`scenario.name`); null when the
 * answer has none.
 *
 * @example
 * madeName({ scenario: { name: 'Fitted from Helpdesk' } }) // => 'Fitted from Helpdesk'
 */
export function madeName(made: { scenario?: unknown }): string | null {
  const scenario = made.scenario;
  if (typeof scenario !== 'object' || scenario === null || !('name' in scenario)) return null;
  return typeof scenario.name === 'string' && scenario.name !== '' ? scenario.name : null;
}
