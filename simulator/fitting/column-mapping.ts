import { fail, SIM_ERR } from '../errors.ts';

/** The two shapes of a service-desk export. */
export type LogShape = 'tickets' | 'events';

/** Fields of a one-row-per-ticket export. */
export const TICKET_FIELDS = [
  'id',
  'opened',
  'firstTouched',
  'resolved',
  'closed',
  'priority',
  'category',
  'group',
  'assignee',
  'workMinutes',
] as const;
/** Fields of an event log (one row per event). */
export const EVENT_FIELDS = [
  'id',
  'activity',
  'timestamp',
  'resource',
  'group',
  'priority',
] as const;

export type TicketField = (typeof TICKET_FIELDS)[number];
export type EventField = (typeof EVENT_FIELDS)[number];
export type LogField = TicketField | EventField;
/** Every field a column can be mapped to. */
export const LOG_FIELDS: readonly LogField[] = [
  ...new Set<LogField>([...TICKET_FIELDS, ...EVENT_FIELDS]),
];

/** Which column (0-based index into the header) holds each field, and the shape it implies. */
export interface ColumnMapping {
  shape: LogShape;
  columns: Partial<Record<LogField, number>>;
  /** The header as read. */
  header: string[];
  /** Fields found by name (rather than given explicitly). */
  guessed: LogField[];
}

/**
 * Column names each field is known by in common exports (ServiceNow, Jira, Zendesk, BMC, XES and
 * Disco event logs…), compared after lower-casing and dropping everything but letters and digits.
 */
const SYNONYMS: Record<LogField, readonly string[]> = {
  id: [
    'caseconceptname',
    'caseid',
    'ticketid',
    'ticketnumber',
    'incidentid',
    'incidentnumber',
    'requestid',
    'issuekey',
    'key',
    'number',
    'ticket',
    'case',
    'id',
  ],
  activity: ['activity', 'conceptname', 'activityname', 'eventname', 'event', 'action'],
  timestamp: ['timetimestamp', 'timestamp', 'eventtime', 'datetime', 'completetimestamp', 'time'],
  resource: ['resource', 'orgresource', 'performedby', 'user', 'technician', 'agent'],
  opened: [
    'opened',
    'openedat',
    'created',
    'createdat',
    'createddate',
    'creationdate',
    'opendate',
    'dateopened',
    'submitted',
    'submitdate',
    'reported',
    'reportedat',
    'loggedat',
  ],
  firstTouched: [
    'firsttouched',
    'firstresponse',
    'firstresponseat',
    'firstresponsetime',
    'respondedat',
    'takenincharge',
    'acknowledged',
    'acknowledgedat',
    'workstarted',
    'inprogressat',
    'started',
  ],
  resolved: [
    'resolved',
    'resolvedat',
    'resolveddate',
    'resolutiondate',
    'solved',
    'solvedat',
    'fixedat',
  ],
  closed: ['closed', 'closedat', 'closeddate', 'dateclosed'],
  priority: ['priority', 'severity', 'seriousness', 'urgency'],
  category: ['category', 'type', 'tickettype', 'requesttype', 'service', 'subcategory'],
  group: [
    'assignmentgroup',
    'assignedgroup',
    'supportgroup',
    'resolvergroup',
    'group',
    'team',
    'queue',
  ],
  assignee: ['assignee', 'assignedto', 'resolvedby', 'owner', 'technician', 'agent'],
  // Only names that say minutes: "Time Spent" is seconds in Jira and hours elsewhere; map such a
  // column with --map workMinutes=… once its unit is known to be minutes.
  workMinutes: [
    'workminutes',
    'effortminutes',
    'timespentminutes',
    'timeworkedminutes',
    'handletimeminutes',
    'worktimeminutes',
  ],
};

/** A header name as compared with the synonyms. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Maps a CSV header to fields: explicit choices first (`explicit`, field → column name), then
 * known names (first matching column, in the order of each field's synonyms). The shape is
 * "events" when an activity and a timestamp column are present and no opening time, else
 * "tickets".
 *
 * @throws SimulatorError SIM_ERR_INVALID_TICKET_DATA naming the missing field when neither
 *   shape's required columns are present, or an explicit column that is not in the header.
 */
export function mapColumns(
  header: readonly string[],
  explicit: Partial<Record<LogField, string>> = {},
): ColumnMapping {
  const names = header.map(normaliseName);
  const columns: Partial<Record<LogField, number>> = {};
  const guessed: LogField[] = [];
  for (const [field, column] of Object.entries(explicit) as [LogField, string][]) {
    const index = header.indexOf(column);
    const loose = index >= 0 ? index : names.indexOf(normaliseName(column));
    if (loose < 0) {
      fail(
        SIM_ERR.INVALID_TICKET_DATA,
        `map.${field}`,
        column,
        `a column of the header (${header.join(', ')})`,
      );
    }
    columns[field] = loose;
  }
  const taken = new Set(Object.values(columns));
  for (const field of Object.keys(SYNONYMS) as LogField[]) {
    if (columns[field] !== undefined) continue;
    for (const synonym of SYNONYMS[field]) {
      const index = names.findIndex((n, i) => n === synonym && !taken.has(i));
      if (index >= 0) {
        columns[field] = index;
        taken.add(index);
        guessed.push(field);
        break;
      }
    }
  }
  const events =
    columns.activity !== undefined &&
    columns.timestamp !== undefined &&
    columns.opened === undefined;
  if (!events && columns.assignee === undefined && columns.resource !== undefined) {
    // In a ticket export an "Agent" or "Technician" column is the ticket's assignee.
    columns.assignee = columns.resource;
    delete columns.resource;
    if (guessed.includes('resource')) guessed.push('assignee');
  }
  const shape: LogShape = events ? 'events' : 'tickets';
  const required: LogField[] = events ? ['id', 'activity', 'timestamp'] : ['id', 'opened'];
  const missing = required.filter((f) => columns[f] === undefined);
  if (missing.length > 0) {
    fail(
      SIM_ERR.INVALID_TICKET_DATA,
      'columns',
      header.join(', '),
      `a ticket id and an opening time (one row per ticket), or a ticket id, an activity and a timestamp (an event log); ${missing.join(' and ')} not found: name the column with --map ${missing[0]}=COLUMN`,
    );
  }
  return { shape, columns, header: [...header], guessed };
}
