import { stringify } from 'csv-stringify/browser/esm/sync';

/** A cell of a CSV table: text, or a number a spreadsheet computes with. */
export type CsvCell = string | number;

/**
 * A table as CSV text, safe to open in a spreadsheet: a text cell starting with =, +, -, @, a
 * tab or a carriage return (a name a user typed, such as `=HYPERLINK(…)`) is prefixed with a
 * quote so that it is shown rather than run as a formula (OWASP "CSV injection"). Numbers are
 * left as they are, negative ones included.
 *
 * @example
 * csvText([['Option', 'Difference'], ['=1+2', -5]]) // => "Option,Difference\n'=1+2,-5\n"
 */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((row) => [...row]),
    { escape_formulas: true },
  );
}
