/**
 * The kinds of event in the calendar. The numeric value is also the kind's priority at equal
 * times: when two events fall at the same minute, the lower value happens first, and events of
 * one kind at one time happen in the order they were scheduled (their sequence number).
 *
 * The order is chosen so that capacity is released before it is claimed:
 * 0. STAFFING: the number of agents on duty changes (a new hour of an hourly staffing plan), so
 *    agents who come on duty at a minute serve what happens at that minute, and agents who go off
 *    duty leave with the first tickets finished at that minute;
 * 1. REVIEW: a group that reviews its queue periodically opens it;
 * 2. DEPARTURE: an agent finishes a ticket and takes the next waiting one;
 * 3. ABANDON: a waiting ticket whose patience ran out leaves (so a departure at the very minute
 *    a patience expires still serves that ticket);
 * 4. ARRIVAL: a new ticket arrives (and finds the agents freed by departures at that minute);
 * 5. END: the horizon; everything at the horizon itself is processed before the run stops.
 */
export const EVENT = {
  STAFFING: 0,
  REVIEW: 1,
  DEPARTURE: 2,
  ABANDON: 3,
  ARRIVAL: 4,
  END: 5,
} as const;

export type EventKind = (typeof EVENT)[keyof typeof EVENT];

/** Names of the event kinds, for traces. */
export const EVENT_NAMES: Record<EventKind, string> = {
  0: 'staffing',
  1: 'review',
  2: 'departure',
  3: 'abandon',
  4: 'arrival',
  5: 'end',
};
