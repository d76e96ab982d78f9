/** One ticket as read from an export: times in ms since 1970 (UTC), null where unknown. */
export interface TicketRecord {
  id: string;
  opened: number;
  firstTouched: number | null;
  resolved: number | null;
  closed: number | null;
  priority: string | null;
  category: string | null;
  group: string | null;
  /** Who resolved it, or the last resource seen. */
  assignee: string | null;
  /** Effort recorded on the ticket, minutes; null when the export has none. */
  workMinutes: number | null;
  /** Escalation activities seen (event logs). */
  handOffs: number;
  /** The resources that worked it, in the order met, consecutive repeats merged (event logs). */
  resources: string[];
}

/** An event of an event log, kept for what tickets alone cannot say (who was active when). */
export interface ResourceEvent {
  time: number;
  resource: string;
}

/** A row that could not be read, with its line in the file (1 = the header). */
export interface RejectedRow {
  line: number;
  reason: string;
}

/** Everything read from an export: the tickets, what was rejected, and how the file was read. */
export interface TicketLog {
  shape: 'tickets' | 'events';
  /** Field → column name, and the fields whose column was found by name. */
  columns: Record<string, string>;
  guessed: string[];
  /** Time-column format per column, with warnings. */
  formats: Record<string, string>;
  warnings: string[];
  timeZone: string;
  rows: number;
  tickets: TicketRecord[];
  /** Resource activity (event logs with a resource column); empty otherwise. */
  resourceEvents: ResourceEvent[];
  /** The first rejected rows (at most MAX_REJECTED_SHOWN) and how many there were in all. */
  rejected: RejectedRow[];
  rejectedCount: number;
  /** The span of the data: the earliest and the latest time seen. */
  start: number;
  end: number;
}

/** Rejected rows listed one by one; beyond, only counted. */
export const MAX_REJECTED_SHOWN = 50;
