import { type ColumnMapping, type LogField, mapColumns } from '../../simulator/index.ts';

/** A field a column can be mapped to, as the analyst reads it. */
export interface FieldInfo {
  field: LogField;
  label: string;
  hint: string;
}

/** The fields, in groups: those of both shapes, then a ticket export's, then an event log's. */
export const FIELD_GROUPS: readonly { title: string; fields: readonly FieldInfo[] }[] = [
  {
    title: 'Every export',
    fields: [
      { field: 'id', label: 'Ticket id', hint: 'Required: one value per ticket.' },
      { field: 'priority', label: 'Priority', hint: 'One class per priority (2 to 12 values).' },
      { field: 'group', label: 'Group', hint: 'The team or queue that worked the ticket.' },
    ],
  },
  {
    title: 'One row per ticket',
    fields: [
      { field: 'opened', label: 'Opened at', hint: 'Required for this shape: when it arrived.' },
      { field: 'firstTouched', label: 'First touched at', hint: 'First response by a person.' },
      { field: 'resolved', label: 'Resolved at', hint: 'Gives the time to resolve.' },
      { field: 'closed', label: 'Closed at', hint: 'Used when there is no resolution time.' },
      { field: 'category', label: 'Category', hint: 'The kind of request.' },
      { field: 'assignee', label: 'Assignee', hint: 'The technician who resolved it.' },
      {
        field: 'workMinutes',
        label: 'Work, minutes',
        hint: 'Effort recorded, in minutes only (handle time).',
      },
    ],
  },
  {
    title: 'One row per event (an event log)',
    fields: [
      { field: 'activity', label: 'Activity', hint: 'Required for this shape: what happened.' },
      { field: 'timestamp', label: 'Time of the event', hint: 'Required for this shape.' },
      { field: 'resource', label: 'Resource', hint: 'The technician who did it.' },
    ],
  },
];

/** What the server will read, given a header and the columns the analyst chose. */
export interface MappingState {
  /** The mapping (null when the header lacks a required column). */
  mapping: ColumnMapping | null;
  /** Field → column name, for every field that has one. */
  columnOf: Partial<Record<LogField, string>>;
  /** The simulator's message when no mapping can be made (it says which column to name). */
  error: string | null;
}

/**
 * The mapping the server will use: the simulator's own mapColumns, with the analyst's explicit
 * choices first and the rest found by name.
 *
 * @example
 * mappingState(['Ticket', 'Created'], {}).columnOf // => { id: 'Ticket', opened: 'Created' }
 */
export function mappingState(
  header: readonly string[],
  explicit: Partial<Record<LogField, string>>,
): MappingState {
  try {
    const mapping = mapColumns(header, explicit);
    const columnOf: Partial<Record<LogField, string>> = {};
    for (const [field, index] of Object.entries(mapping.columns) as [LogField, number][]) {
      const name = header[index];
      if (name !== undefined) columnOf[field] = name;
    }
    return { mapping, columnOf, error: null };
  } catch (error) {
    return {
      mapping: null,
      columnOf: { ...explicit },
      error: withoutCliAdvice((error as Error).message),
    };
  }
}

/**
 * The simulator's message with the CLI's advice ("name the column with --map id=COLUMN", "give
 * --date-format") said as the web page's ("choose the column of “Ticket id” below").
 *
 * @example
 * withoutCliAdvice('id not found: name the column with --map id=COLUMN') // => 'id not found: choose the column of “Ticket id” below'
 */
export function withoutCliAdvice(message: string): string {
  return message
    .replace('give --date-format', 'fill in “Date format”')
    .replace(/name the column with --map (\w+)=COLUMN/, (_, field: string) => {
      const label = FIELD_GROUPS.flatMap((g) => g.fields).find((f) => f.field === field)?.label;
      return `choose the column of “${label ?? field}” below`;
    });
}

/**
 * The explicit choices after the analyst picks `column` for `field` (the empty string: let the
 * server find it by name again).
 *
 * @example
 * chooseColumn({ id: 'Ref' }, 'id', '') // => {}
 */
export function chooseColumn(
  explicit: Partial<Record<LogField, string>>,
  field: LogField,
  column: string,
): Partial<Record<LogField, string>> {
  const next = { ...explicit };
  if (column === '') delete next[field];
  else next[field] = column;
  return next;
}

/**
 * The upload's address: POST /api/datasets with the name, the time zone, the date format when
 * given and the explicit columns (the `map` parameter, as the CLI's --map) when any.
 *
 * @example
 * uploadPath({ name: 'Desk', timeZone: 'Europe/Rome', dateFormat: '', map: { id: 'Ref' } })
 * // => '/api/datasets?name=Desk&timezone=Europe%2FRome&map=%7B%22id%22%3A%22Ref%22%7D'
 */
export function uploadPath(options: {
  name: string;
  timeZone: string;
  dateFormat: string;
  map: Partial<Record<LogField, string>>;
}): string {
  const query = new URLSearchParams();
  if (options.name.trim() !== '') query.set('name', options.name.trim());
  query.set('timezone', options.timeZone.trim() || 'UTC');
  if (options.dateFormat.trim() !== '') query.set('dateFormat', options.dateFormat.trim());
  if (Object.keys(options.map).length > 0) query.set('map', JSON.stringify(options.map));
  return `/api/datasets?${query.toString()}`;
}

/**
 * A data set's default name: the file's name without its extension.
 *
 * @example
 * nameFromFile('helpdesk-event-log.csv') // => 'helpdesk-event-log'
 */
export function nameFromFile(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').slice(0, 200);
}
