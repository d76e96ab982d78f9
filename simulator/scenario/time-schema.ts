import Type, { type Static } from 'typebox';

/** A time of day, "HH:MM" on the 24-hour clock ("24:00" is the end of the day). */
export const ClockTimeSchema = Type.String({
  pattern: '^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$',
  description: 'a time of day such as "08:00" or "17:30" (24-hour clock)',
});

export const DayNameSchema = Type.Union(
  [
    Type.Literal('mon'),
    Type.Literal('tue'),
    Type.Literal('wed'),
    Type.Literal('thu'),
    Type.Literal('fri'),
    Type.Literal('sat'),
    Type.Literal('sun'),
  ],
  { description: 'a day: "mon", "tue", "wed", "thu", "fri", "sat" or "sun"' },
);

const Days = Type.Array(DayNameSchema, {
  minItems: 1,
  maxItems: 7,
  uniqueItems: true,
  description: 'a list of distinct days such as ["mon", "tue", "wed", "thu", "fri"]',
});

/** A working-time calendar: open hours on some days, closed on public holidays. */
export const CalendarSchema = Type.Object(
  {
    id: Type.String({
      pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$',
      description: 'an identifier of letters, digits, "_", "." or "-"',
    }),
    days: Type.Optional(Days),
    start: ClockTimeSchema,
    end: ClockTimeSchema,
    holidays: Type.Optional(
      Type.Array(
        Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'a date "YYYY-MM-DD"' }),
        {
          maxItems: 1000,
          description: 'public holidays as dates "YYYY-MM-DD" (needs run.startDate)',
        },
      ),
    ),
    timeOffset: Type.Optional(
      Type.String({
        pattern: '^[+-]([01]\\d|2[0-3]):[0-5]\\d$',
        description: 'local time minus the simulation clock, such as "+05:30" or "-08:00"',
      }),
    ),
  },
  { additionalProperties: false },
);

/** A shift: agents on duty on some days from a start to an end time (an end at or before the start runs past midnight). */
export const ShiftSchema = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 200 })),
    days: Type.Optional(Days),
    start: ClockTimeSchema,
    end: ClockTimeSchema,
    agents: Type.Integer({
      minimum: 0,
      maximum: 100_000,
      description: 'a whole number of agents from 0 to 100000',
    }),
  },
  { additionalProperties: false },
);

export type CalendarDefinition = Static<typeof CalendarSchema>;
export type Shift = Static<typeof ShiftSchema>;
export type DayName = Static<typeof DayNameSchema>;

/** Day names in order: index 0 is Monday. */
export const DAY_NAMES: readonly DayName[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Minutes from midnight of a "HH:MM" time. */
export function clockMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours as number) * 60 + (minutes as number);
}
