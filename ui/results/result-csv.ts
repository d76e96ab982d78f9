import { stringify } from 'csv-stringify/browser/esm/sync';
import type { MetricRow } from './metric-table.ts';

/**
 * The CSV of metric rows: a header, then one line per metric with mean and 95 % bounds, numbers
 * unrounded so a spreadsheet can compute with them.
 */
export function resultCsv(rows: readonly MetricRow[]): string {
  return stringify(
    rows.map((r) => [r.scope, r.metric, r.label, r.unit, r.mean, r.low, r.high, r.replications]),
    {
      header: true,
      // Names typed by users must not run as spreadsheet formulas ("=…", "+…", "@…").
      escape_formulas: true,
      columns: ['scope', 'metric', 'label', 'unit', 'mean', 'low95', 'high95', 'replications'],
    },
  );
}
