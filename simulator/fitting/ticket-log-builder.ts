import { fail, SIM_ERR } from '../errors.ts';
import { type ActivityRules, DEFAULT_ACTIVITY_RULES } from './activity-rules.ts';
import { type ColumnMapping, type LogField, mapColumns } from './column-mapping.ts';
import type { RejectedRow, TicketLog, TicketRecord } from './ticket-log.ts';
import { MAX_REJECTED_SHOWN, newTicket } from './ticket-log.ts';
import { checkTimeZone, detectTimestampFormat, parseTimestamp } from './timestamp-format.ts';

export interface TicketLogOptions {
  /** Field → column name, overriding what is found by name. */
  map?: Partial<Record<LogField, string>>;
  /** IANA zone of timestamps written without an offset, and of the hour-of-week analysis. */
  timeZone?: string;
  /** A luxon pattern for every time column (default: detected from the first rows). */
  dateFormat?: string;
  /** Event logs: how activities map to milestones. */
  activities?: ActivityRules;
}

/** Values of each time column read before its format is chosen. */
const SAMPLE_VALUES = 200;
/** Rows held back at most while sampling: beyond, formats are chosen from what was seen. */
const MAX_PENDING_ROWS = 20_000;
const TIME_FIELDS = ['opened', 'firstTouched', 'resolved', 'closed', 'timestamp'] as const;
type TimeField = (typeof TIME_FIELDS)[number];

interface EventTicket {
  record: TicketRecord;
  lastResource: string | null;
  firstLine: number;
  /** The latest event time seen for it, to notice events listed out of time order. */
  lastTime: number;
}

/**
 * Builds a ticket log from the rows of a CSV export, one row at a time, so that a large file can
 * stream through: memory grows with the tickets, not the rows. The header decides the shape (see
 * mapColumns); the first rows decide each time column's format. A row that cannot be read (no id,
 * an unreadable or missing time, a resolution before the opening, a duplicate ticket) is rejected
 * with its line number and reason, and the rest go on.
 *
 * @example
 * const builder = new TicketLogBuilder(['id', 'created', 'resolved'], { timeZone: 'UTC' });
 * builder.add(['T1', '2024-03-04 09:00', '2024-03-04 10:30'], 2);
 * builder.finish().tickets[0].resolved // => 1709548200000
 */
export class TicketLogBuilder {
  readonly mapping: ColumnMapping;
  private readonly zone: string;
  private readonly rules: ActivityRules;
  private readonly dateFormat: string | undefined;
  private formats: Partial<Record<TimeField, string>> | null = null;
  private readonly warnings: string[] = [];
  private readonly pending: { row: readonly string[]; line: number }[] = [];
  private unreadableEffort = 0;
  private outOfOrder = 0;
  private firstUnreadableEffort = '';
  private readonly timeColumns: number[];
  private readonly sampled: number[];
  private readonly tickets = new Map<string, EventTicket>();
  private readonly activeByHour = new Map<number, Set<string>>();
  private readonly transitions = new Map<string, number>();
  private readonly groupTransitions = new Map<string, number>();
  private readonly rejected: RejectedRow[] = [];
  private rejectedCount = 0;
  private rows = 0;
  private start = Number.POSITIVE_INFINITY;
  private end = Number.NEGATIVE_INFINITY;

  constructor(header: readonly string[], options: TicketLogOptions = {}) {
    this.mapping = mapColumns(header, options.map);
    this.zone = checkTimeZone(options.timeZone ?? 'UTC');
    this.rules = options.activities ?? DEFAULT_ACTIVITY_RULES;
    this.dateFormat = options.dateFormat;
    this.timeColumns = TIME_FIELDS.flatMap((f) => {
      const column = this.mapping.columns[f];
      return column === undefined ? [] : [column];
    });
    this.sampled = this.timeColumns.map(() => 0);
  }

  /** Reads one data row; `line` is its line number in the file. */
  add(row: readonly string[], line: number): void {
    this.rows++;
    if (this.formats === null) {
      this.pending.push({ row, line });
      // Enough values of every time column to tell their formats (a column may be empty for
      // thousands of rows: tickets still open at the top of a newest-first export).
      let ready = true;
      for (const [i, column] of this.timeColumns.entries()) {
        if ((row[column] ?? '').trim() !== '') this.sampled[i] = (this.sampled[i] as number) + 1;
        if ((this.sampled[i] as number) < SAMPLE_VALUES) ready = false;
      }
      if (ready || this.pending.length >= MAX_PENDING_ROWS) this.flush();
      return;
    }
    this.read(row, line);
  }

  /** A rejected row: listed (the first ones) and counted. */
  reject(line: number, reason: string): void {
    this.rejectedCount++;
    if (this.rejected.length < MAX_REJECTED_SHOWN) this.rejected.push({ line, reason });
  }

  /**
   * The log read so far.
   *
   * @throws SimulatorError SIM_ERR_INVALID_TICKET_DATA when no row gave a ticket.
   */
  finish(): TicketLog {
    this.flush();
    const tickets = [...this.tickets.values()].map((t) => t.record);
    if (tickets.length === 0) {
      fail(
        SIM_ERR.INVALID_TICKET_DATA,
        'rows',
        this.rows,
        `rows with a ticket id and a readable time${this.rejected[0] === undefined ? '' : ` (line ${this.rejected[0].line}: ${this.rejected[0].reason})`}`,
      );
    }
    if (this.outOfOrder > 0) {
      this.warnings.push(
        `${this.outOfOrder} events come before an event listed above them for the same ticket: times are read right, but hand-offs between technicians are counted in the order of the file`,
      );
    }
    if (this.unreadableEffort > 0) {
      this.warnings.push(
        `${this.unreadableEffort} effort values in column "${this.header('workMinutes')}" are neither minutes nor h:mm(:ss) (first on ${this.firstUnreadableEffort}): those tickets have no work time`,
      );
    }
    const columns: Record<string, string> = {};
    for (const [field, index] of Object.entries(this.mapping.columns)) {
      columns[field] = this.mapping.header[index as number] as string;
    }
    const formats: Record<string, string> = {};
    for (const [field, pattern] of Object.entries(this.formats ?? {})) formats[field] = pattern;
    return {
      shape: this.mapping.shape,
      columns,
      guessed: [...this.mapping.guessed],
      formats,
      warnings: [...this.warnings],
      timeZone: this.zone,
      rows: this.rows,
      tickets,
      activity: [...this.activeByHour.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([hour, set]) => ({ hour, resources: [...set] })),
      transitions: pairs(this.transitions),
      groupTransitions: pairs(this.groupTransitions),
      rejected: [...this.rejected],
      rejectedCount: this.rejectedCount,
      start: this.start,
      end: this.end,
    };
  }

  /** Chooses each time column's format from the rows held back, then reads them. */
  private flush(): void {
    if (this.formats !== null) return;
    if (this.pending.length === 0) {
      // A header and no rows: nothing to read formats from; finish() says there are no tickets.
      this.formats = {};
      return;
    }
    const formats: Partial<Record<TimeField, string>> = {};
    for (const field of TIME_FIELDS) {
      const column = this.mapping.columns[field];
      if (column === undefined) continue;
      if (this.dateFormat !== undefined) {
        formats[field] = this.dateFormat;
        continue;
      }
      const sample = this.pending
        .map((p) => p.row[column] ?? '')
        .filter((v) => v.trim() !== '')
        .slice(0, SAMPLE_VALUES);
      const format = detectTimestampFormat(sample, this.zone);
      if (format === null) {
        const example = sample.find((v) => v.trim() !== '');
        if (example === undefined && field !== 'opened' && field !== 'timestamp') continue;
        fail(
          SIM_ERR.INVALID_TICKET_DATA,
          `column "${this.mapping.header[column]}"`,
          example ?? '(empty)',
          'timestamps such as 2024-03-04T09:15:00+01:00, 2024-03-04 09:15 or 04/03/2024 09:15 (or give --date-format)',
        );
      }
      formats[field] = format.pattern;
      if (format.warning !== null)
        this.warnings.push(`column "${this.mapping.header[column]}": ${format.warning}`);
    }
    this.formats = formats;
    for (const { row, line } of this.pending.splice(0)) this.read(row, line);
  }

  private read(row: readonly string[], line: number): void {
    if (row.length < this.mapping.header.length) {
      this.reject(line, `${row.length} fields where the header has ${this.mapping.header.length}`);
      return;
    }
    const id = this.text(row, 'id');
    if (id === null) {
      this.reject(line, `no ticket id in column "${this.header('id')}"`);
      return;
    }
    if (this.mapping.shape === 'events') this.readEvent(row, line, id);
    else this.readTicket(row, line, id);
  }

  private readTicket(row: readonly string[], line: number, id: string): void {
    const times: Partial<Record<TimeField, number | null>> = {};
    for (const field of ['opened', 'firstTouched', 'resolved', 'closed'] as const) {
      const value = this.time(row, field);
      if (value === undefined) {
        this.reject(
          line,
          `unreadable time "${row[this.mapping.columns[field] as number]}" in column "${this.header(field)}"`,
        );
        return;
      }
      times[field] = value;
    }
    const opened = times.opened ?? null;
    if (opened === null) {
      this.reject(line, `no opening time in column "${this.header('opened')}"`);
      return;
    }
    for (const field of ['firstTouched', 'resolved', 'closed'] as const) {
      const value = times[field];
      if (value !== null && value !== undefined && value < opened) {
        this.reject(
          line,
          `${field} (${row[this.mapping.columns[field] as number]}) is before the opening time`,
        );
        return;
      }
    }
    if (this.tickets.has(id)) {
      this.reject(
        line,
        `ticket "${id}" appears again (first on line ${this.tickets.get(id)?.firstLine})`,
      );
      return;
    }
    const workText = this.text(row, 'workMinutes');
    const work = workText === null ? null : effortMinutes(workText);
    if (workText !== null && work === null) {
      // Effort is optional: the ticket stays, without it; the count is reported once.
      this.unreadableEffort++;
      if (this.unreadableEffort === 1) this.firstUnreadableEffort = `line ${line}: "${workText}"`;
    }
    const record: TicketRecord = {
      id,
      opened,
      firstTouched: times.firstTouched ?? null,
      resolved: times.resolved ?? null,
      closed: times.closed ?? null,
      priority: this.text(row, 'priority'),
      category: this.text(row, 'category'),
      group: this.text(row, 'group'),
      assignee: this.text(row, 'assignee'),
      workMinutes: work,
      handOffs: 0,
      handedOver: false,
    };
    this.tickets.set(id, { record, lastResource: null, firstLine: line, lastTime: opened });
    for (const t of [opened, record.firstTouched, record.resolved, record.closed])
      if (t !== null) this.see(t);
  }

  private readEvent(row: readonly string[], line: number, id: string): void {
    const time = this.time(row, 'timestamp');
    if (time === undefined || time === null) {
      this.reject(
        line,
        `unreadable time "${row[this.mapping.columns.timestamp as number] ?? ''}" in column "${this.header('timestamp')}"`,
      );
      return;
    }
    const activity = this.text(row, 'activity') ?? '';
    const resource = this.text(row, 'resource');
    this.see(time);
    if (resource !== null) {
      const hour = Math.floor(time / 3_600_000);
      const active = this.activeByHour.get(hour);
      if (active === undefined) this.activeByHour.set(hour, new Set([resource]));
      else active.add(resource);
    }
    let ticket = this.tickets.get(id);
    if (ticket === undefined) {
      ticket = {
        record: newTicket(id, time),
        lastResource: null,
        firstLine: line,
        lastTime: time,
      };
      this.tickets.set(id, ticket);
    }
    if (time < ticket.lastTime) this.outOfOrder++;
    ticket.lastTime = Math.max(ticket.lastTime, time);
    const r = ticket.record;
    r.opened = Math.min(r.opened, time);
    if (this.rules.firstTouch.test(activity) && (r.firstTouched === null || time < r.firstTouched))
      r.firstTouched = time;
    if (this.rules.resolve.test(activity) && (r.resolved === null || time > r.resolved)) {
      r.resolved = time;
      r.assignee = resource ?? r.assignee;
    }
    if (this.rules.close.test(activity) && (r.closed === null || time > r.closed)) r.closed = time;
    if (this.rules.handOff.test(activity)) r.handOffs++;
    r.priority = this.text(row, 'priority') ?? r.priority;
    const group = this.text(row, 'group');
    if (group !== null && r.group !== null && group !== r.group) {
      const key = `${r.group}\u0000${group}`;
      this.groupTransitions.set(key, (this.groupTransitions.get(key) ?? 0) + 1);
    }
    r.group = group ?? r.group;
    // Who closes a resolved ticket (often a dispatcher or a batch job) does not take it over.
    if (resource !== null && resource !== ticket.lastResource && !this.rules.close.test(activity)) {
      if (ticket.lastResource !== null) {
        const key = `${ticket.lastResource}\u0000${resource}`;
        this.transitions.set(key, (this.transitions.get(key) ?? 0) + 1);
        r.handedOver = true;
      }
      ticket.lastResource = resource;
    }
    if (r.assignee === null && resource !== null) r.assignee = resource;
  }

  private see(time: number): void {
    if (time < this.start) this.start = time;
    if (time > this.end) this.end = time;
  }

  private header(field: LogField): string {
    return this.mapping.header[this.mapping.columns[field] as number] ?? field;
  }

  private text(row: readonly string[], field: LogField): string | null {
    const column = this.mapping.columns[field];
    if (column === undefined) return null;
    const value = (row[column] ?? '').trim();
    return value === '' ? null : value;
  }

  /** The field's time; null when empty or absent; undefined when unreadable. */
  private time(row: readonly string[], field: TimeField): number | null | undefined {
    const column = this.mapping.columns[field];
    const pattern = this.formats?.[field];
    if (column === undefined) return null;
    const text = (row[column] ?? '').trim();
    if (text === '') return null;
    if (pattern === undefined) {
      // A column empty in every sampled row: its format is taken from its first value.
      const format = detectTimestampFormat([text], this.zone);
      if (format === null || this.formats === null) return undefined;
      this.formats[field] = format.pattern;
      this.warnings.push(
        `column "${this.header(field)}": its first value came late; read as ${format.pattern}`,
      );
      return parseTimestamp(text, format.pattern, this.zone) ?? undefined;
    }
    return parseTimestamp(text, pattern, this.zone) ?? undefined;
  }
}

/** Effort in minutes from "35", "35.5" or "1:05" / "01:05:30" (hours:minutes[:seconds]); null otherwise. */
export function effortMinutes(text: string): number | null {
  const clock = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(text);
  if (clock !== null) return Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3] ?? 0) / 60;
  const minutes = Number(text);
  return text !== '' && Number.isFinite(minutes) && minutes >= 0 ? minutes : null;
}

/** Counted pairs "from\u0000to" as a list. */
function pairs(counts: ReadonlyMap<string, number>): { from: string; to: string; count: number }[] {
  return [...counts.entries()].map(([key, count]) => {
    const [from, to] = key.split('\u0000') as [string, string];
    return { from, to, count };
  });
}
