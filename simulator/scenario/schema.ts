import Type, { type Static } from 'typebox';
import { DistributionSchema } from './distribution-schema.ts';
import { DurationSchema, FractionSchema } from './duration-schema.ts';
import { CalendarSchema, ShiftSchema } from './time-schema.ts';

/** The scenario schema version this release writes and reads. */
export const SCHEMA_VERSION = 1;

const Id = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$',
  description: 'an identifier of letters, digits, "_", "." or "-" (at most 64 characters)',
});

const DailyVolumeCv = Type.Number({
  minimum: 0,
  maximum: 2,
  description:
    'the coefficient of variation of a random daily volume multiplier with mean 1: 0 (plain Poisson) or from 0.001 to 2',
});

const VolumeChanges = Type.Array(
  Type.Object(
    {
      from: DurationSchema,
      factor: Type.Number({
        exclusiveMinimum: 0,
        maximum: 100,
        description: 'a volume factor > 0 and ≤ 100 (1.2 = 20 % more tickets)',
      }),
    },
    { additionalProperties: false },
  ),
  {
    maxItems: 100,
    description: 'planned volume changes: from a time on, arrivals are multiplied by a factor',
  },
);

/** Tickets arriving at a constant rate (a homogeneous Poisson process). */
export const PoissonArrivalsSchema = Type.Object(
  {
    kind: Type.Literal('poisson'),
    ticketsPerHour: Type.Number({
      exclusiveMinimum: 0,
      description: 'tickets per hour, a number > 0',
    }),
    dailyVolumeCv: Type.Optional(DailyVolumeCv),
    changes: Type.Optional(VolumeChanges),
  },
  { additionalProperties: false },
);

/** Tickets arriving by an hour-of-week profile (a non-homogeneous Poisson process). */
export const HourOfWeekArrivalsSchema = Type.Object(
  {
    kind: Type.Literal('hour-of-week'),
    ticketsPerWeek: Type.Number({
      exclusiveMinimum: 0,
      description: 'tickets per week, a number > 0',
    }),
    hourWeights: Type.Array(Type.Number({ minimum: 0, description: 'a weight ≥ 0' }), {
      minItems: 168,
      maxItems: 168,
      description: '168 relative weights ≥ 0, one per hour of the week from Monday 00:00',
    }),
    dailyVolumeCv: Type.Optional(DailyVolumeCv),
    changes: Type.Optional(VolumeChanges),
  },
  { additionalProperties: false },
);

export const ArrivalsSchema = Type.Union([PoissonArrivalsSchema, HourOfWeekArrivalsSchema], {
  description:
    'arrivals: {"kind": "poisson", "ticketsPerHour": …} or {"kind": "hour-of-week", "ticketsPerWeek": …, "hourWeights": [168 numbers]}',
});

export const ServiceLevelTargetSchema = Type.Object(
  {
    targetTime: DurationSchema,
    attainment: FractionSchema,
    calendar: Type.Optional(
      Type.String({
        description:
          'the id of the calendar whose business hours the target time counts, or "always" (the default)',
      }),
    ),
  },
  { additionalProperties: false },
);

/** A managed service provider's contract: how it is paid and what it pays for breaches. */
export const ContractSchema = Type.Object(
  {
    pricePerTicket: Type.Optional(
      Type.Number({ minimum: 0, description: 'paid per ticket resolved, an amount ≥ 0' }),
    ),
    pricePerUserMonth: Type.Optional(
      Type.Number({
        minimum: 0,
        description: 'paid per supported user a month, an amount ≥ 0 (needs users)',
      }),
    ),
    users: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 10_000_000,
        description: 'users supported, a whole number',
      }),
    ),
    penalties: Type.Optional(
      Type.Array(
        Type.Object(
          {
            class: Type.String({ description: 'the id of a class' }),
            perBreach: Type.Number({
              minimum: 0,
              description: 'paid back per breached target, an amount ≥ 0',
            }),
          },
          { additionalProperties: false },
        ),
        { maxItems: 50 },
      ),
    ),
  },
  { additionalProperties: false },
);

/** A major incident: a burst of tickets of one class. */
export const SurgeSchema = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 200 })),
    at: DurationSchema,
    over: Type.Optional(DurationSchema),
    class: Type.String({ description: 'the id of the class of the tickets' }),
    tickets: Type.Integer({
      minimum: 1,
      maximum: 100_000,
      description: 'a whole number of tickets from 1 to 100000',
    }),
  },
  { additionalProperties: false },
);

/** Self-service and knowledge-base effects. */
export const KnowledgeBaseSchema = Type.Object(
  {
    deflection: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        description: 'the share of tickets users solve themselves, which never arrive (a fraction)',
      }),
    ),
    handleTimeReduction: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 0.99,
        description: 'the share of work time saved on every ticket, a fraction below 1',
      }),
    ),
  },
  { additionalProperties: false },
);

/** What an hour of a user's lost work costs, and when users work. */
export const EconomicsSchema = Type.Object(
  {
    userHourCost: Type.Number({
      minimum: 0,
      description: 'what one user-hour of lost work costs the business, an amount ≥ 0',
    }),
    currency: Type.Optional(
      Type.String({ maxLength: 8, description: 'a currency code or symbol such as "EUR" or "€"' }),
    ),
    userCalendar: Type.Optional(
      Type.String({
        description:
          'the id of the calendar users work on, or "always" (the default): lost time counts only then',
      }),
    ),
  },
  { additionalProperties: false },
);

/** A class's visit to a group: its work time there and where tickets go next. */
export const RouteSchema = Type.Object(
  {
    group: Type.String({ description: 'the id of a group' }),
    workTime: Type.Optional(DistributionSchema),
    escalate: Type.Optional(
      Type.Array(
        Type.Object(
          { to: Type.String({ description: 'the id of a group' }), probability: FractionSchema },
          { additionalProperties: false },
        ),
        {
          maxItems: 20,
          description:
            'where tickets are passed after a visit here, with probabilities (the rest are resolved here)',
        },
      ),
    ),
  },
  { additionalProperties: false },
);

/** A ticket class (priority): its share of arrivals, work time, patience and target. */
export const TicketClassSchema = Type.Object(
  {
    id: Id,
    name: Type.Optional(Type.String({ maxLength: 200 })),
    share: FractionSchema,
    priority: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 99,
        description: 'a priority from 1 (most urgent) to 99',
      }),
    ),
    workTime: DistributionSchema,
    patience: Type.Optional(DistributionSchema),
    serviceLevel: Type.Optional(ServiceLevelTargetSchema),
    entryGroup: Type.Optional(
      Type.String({
        description:
          'the id of the group tickets of this class go to first (default: the first group)',
      }),
    ),
    routing: Type.Optional(
      Type.Array(RouteSchema, {
        maxItems: 20,
        description: 'what a visit of this class to each group involves',
      }),
    ),
    reopenProbability: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 0.99,
        description:
          'the probability a resolved ticket is reopened (goes back to its entry group), below 1',
      }),
    ),
    usersAffected: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1_000_000,
        description: 'users who cannot work fully while a ticket is open, a number ≥ 0 (default 1)',
      }),
    ),
    productivityLoss: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        description: "the fraction of those users' work lost while the ticket is open (default 1)",
      }),
    ),
  },
  { additionalProperties: false },
);

export const DisciplineSchema = Type.Union(
  [
    Type.Literal('fifo'),
    Type.Literal('priority'),
    Type.Literal('preemptive'),
    Type.Literal('edf'),
    Type.Literal('cherry-pick'),
  ],
  { description: '"fifo", "priority", "preemptive", "edf" or "cherry-pick"' },
);

/** How a group that also does project work takes tickets. */
export const ProjectWorkSchema = Type.Object(
  {
    policy: Type.Union([Type.Literal('interrupt'), Type.Literal('rota'), Type.Literal('review')], {
      description:
        '"interrupt" (drop project work for each ticket), "rota" (some agents take tickets, the others stay on projects) or "review" (look at the queue every so often)',
    }),
    rotaAgents: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 100_000,
        description: 'with "rota": the agents taking tickets at a time',
      }),
    ),
    reviewEvery: Type.Optional(DurationSchema),
    refocusTime: Type.Optional(DurationSchema),
  },
  { additionalProperties: false },
);

/** A group of agents serving the tickets. */
export const GroupSchema = Type.Object(
  {
    id: Id,
    name: Type.Optional(Type.String({ maxLength: 200 })),
    agents: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 100_000,
        description: 'a whole number of agents from 1 to 100000',
      }),
    ),
    shifts: Type.Optional(
      Type.Array(ShiftSchema, {
        minItems: 1,
        maxItems: 200,
        description: 'a list of 1 to 200 shifts',
      }),
    ),
    discipline: Type.Optional(DisciplineSchema),
    atShiftEnd: Type.Optional(
      Type.Union([Type.Literal('finish'), Type.Literal('hand-over')], {
        description:
          'when a shift ends with its agents busy: "finish" the ticket in hand as overtime (default), or "hand-over" its remaining work to the front of the line for the next agent',
      }),
    ),
    cherryPickProbability: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        description:
          'with "cherry-pick": the probability an agent picks the quickest ticket rather than the oldest (default 1)',
      }),
    ),
    projectWork: Type.Optional(ProjectWorkSchema),
    crossTrained: Type.Optional(
      Type.Array(
        Type.Object(
          {
            group: Type.String({ description: 'the id of another group' }),
            agents: Type.Integer({
              minimum: 1,
              maximum: 100_000,
              description: "how many of this group's agents may work its tickets at a time",
            }),
          },
          { additionalProperties: false },
        ),
        {
          maxItems: 20,
          description:
            "groups this one's agents may help when their own line is empty, in order of preference",
        },
      ),
    ),
    costPerAgentHour: Type.Optional(
      Type.Number({
        minimum: 0,
        description: 'what an agent-hour on duty costs (salary and overheads), an amount ≥ 0',
      }),
    ),
    shrinkage: Type.Optional(
      Type.Number({
        minimum: 0,
        exclusiveMaximum: 1,
        description:
          'a share ≥ 0 and below 1 of paid agent time not available for tickets (breaks, meetings, training, absence), such as 0.3',
      }),
    ),
    speed: Type.Optional(
      Type.Number({
        exclusiveMinimum: 0,
        maximum: 10,
        description:
          "a speed above 0 and at most 10: how fast the group's agents work relative to the work times given, 1.25 a quarter faster (experienced staff), 0.8 slower (new staff); default 1",
      }),
    ),
  },
  { additionalProperties: false },
);

export const RunSettingsSchema = Type.Object(
  {
    horizon: DurationSchema,
    warmUp: Type.Optional(DurationSchema),
    startDate: Type.Optional(
      Type.String({
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
        description:
          'the date of the first Monday of the simulation, "YYYY-MM-DD" (needed for holidays)',
      }),
    ),
    replications: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 10_000, description: 'a whole number from 1 to 10000' }),
    ),
    seed: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 2 ** 32 - 1,
        description: 'a whole number from 0 to 4294967295',
      }),
    ),
  },
  { additionalProperties: false },
);

/** A whole scenario, as stored in a scenario file (schemaVersion 1). */
export const ScenarioSchema = Type.Object(
  {
    schemaVersion: Type.Literal(SCHEMA_VERSION, {
      description: `the schema version ${SCHEMA_VERSION}`,
    }),
    name: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'a name of 1 to 200 characters',
    }),
    description: Type.Optional(Type.String({ maxLength: 5000 })),
    calendars: Type.Optional(
      Type.Array(CalendarSchema, { maxItems: 50, description: 'a list of at most 50 calendars' }),
    ),
    economics: Type.Optional(EconomicsSchema),
    contract: Type.Optional(ContractSchema),
    knowledgeBase: Type.Optional(KnowledgeBaseSchema),
    surges: Type.Optional(
      Type.Array(SurgeSchema, { maxItems: 100, description: 'a list of at most 100 surges' }),
    ),
    arrivals: ArrivalsSchema,
    classes: Type.Array(TicketClassSchema, {
      minItems: 1,
      maxItems: 50,
      description: 'a list of 1 to 50 ticket classes',
    }),
    groups: Type.Array(GroupSchema, {
      minItems: 1,
      maxItems: 20,
      description: 'a list of 1 to 20 groups (the service desk, resolver groups, a provider…)',
    }),
    run: RunSettingsSchema,
  },
  { additionalProperties: false },
);

export type Scenario = Static<typeof ScenarioSchema>;
export type Arrivals = Static<typeof ArrivalsSchema>;
export type TicketClass = Static<typeof TicketClassSchema>;
export type Group = Static<typeof GroupSchema>;
export type RunSettings = Static<typeof RunSettingsSchema>;
export type Discipline = Static<typeof DisciplineSchema>;
export type Economics = Static<typeof EconomicsSchema>;
