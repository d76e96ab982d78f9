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
  /** Whether it passed from one resource to another (event logs). */
  handedOver: boolean;
}

/** The resources with an event in one hour (hours counted from 1970, UTC). */
export interface HourActivity {
  hour: number;
  resources: string[];
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
  /** Who was active in each hour with events (event logs with a resource column); empty otherwise. */
  activity: HourActivity[];
  /** Hand-offs between resources, counted over all tickets (event logs). */
  transitions: { from: string; to: string; count: number }[];
  /** Moves between groups, counted over all tickets (event logs with a group column). */
  groupTransitions: { from: string; to: string; count: number }[];
  /** The first rejected rows (at most MAX_REJECTED_SHOWN) and how many there were in all. */
  rejected: RejectedRow[];
  rejectedCount: number;
  /** Set when the data is known to run until this time (a backtest's split), whatever came last. */
  observedUntil?: number;
  /** The span of the data: the earliest and the latest time seen. */
  start: number;
  end: number;
}

/** Rejected rows listed one by one; beyond, only counted. */
export const MAX_REJECTED_SHOWN = 50;

/** A ticket opened at `opened` of which nothing else is known yet. */
export function newTicket(id: string, opened: number): TicketRecord {
  return {
    id,
    opened,
    firstTouched: null,
    resolved: null,
    closed: null,
    priority: null,
    category: null,
    group: null,
    assignee: null,
    workMinutes: null,
    handOffs: 0,
    handedOver: false,
  };
}
