/**
 * The kinds of event in the calendar. The numeric value is also the kind's priority at equal
 * times: when two events fall at the same minute, the lower value happens first, and events of
 * one kind at one time happen in the order they were scheduled (their sequence number).
 *
 * The order is chosen so that capacity is released before it is claimed:
 * 1. DEPARTURE: an agent finishes a ticket and takes the next waiting one;
 * 2. ABANDON: a waiting ticket whose patience ran out leaves (so a departure at the very minute
 *    a patience expires still serves that ticket);
 * 3. ARRIVAL: a new ticket arrives (and finds the agents freed by departures at that minute);
 * 4. END: the horizon; everything at the horizon itself is processed before the run stops.
 */
export const EVENT = {
  DEPARTURE: 0,
  ABANDON: 1,
  ARRIVAL: 2,
  END: 3,
} as const;

export type EventKind = (typeof EVENT)[keyof typeof EVENT];

/** Names of the event kinds, for traces. */
export const EVENT_NAMES: Record<EventKind, string> = {
  0: 'departure',
  1: 'abandon',
  2: 'arrival',
  3: 'end',
};
