import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { queueMeasures, requiredAgents } from '../../simulator/index.ts';
import type { TypeBoxProvider } from '../type-provider.ts';
import { ErrorResponses } from './error-schema.ts';

const Model = Type.Union([Type.Literal('b'), Type.Literal('c'), Type.Literal('a')], {
  description:
    'b: Erlang B (lost tickets), c: Erlang C (tickets wait), a: Erlang A (users may give up)',
});
const Queue = {
  model: Model,
  arrivalsPerHour: Type.Number({
    exclusiveMinimum: 0,
    maximum: 1e7,
    description: 'tickets arriving per hour',
  }),
  meanWorkMinutes: Type.Number({
    exclusiveMinimum: 0,
    maximum: 1e6,
    description: 'mean work (handle) time, minutes',
  }),
  patienceMinutes: Type.Optional(
    Type.Number({
      exclusiveMinimum: 0,
      maximum: 1e6,
      description: 'mean patience, minutes (model a)',
    }),
  ),
};
const Measures = Type.Object({
  model: Model,
  offeredLoad: Type.Number(),
  agents: Type.Integer(),
  waitProbability: Type.Number(),
  serviceLevel: Type.Union([Type.Number(), Type.Null()]),
  asaMinutes: Type.Number(),
  occupancy: Type.Number(),
  abandonProbability: Type.Optional(Type.Number()),
  blockingProbability: Type.Optional(Type.Number()),
  queueLengthMean: Type.Number(),
});

/** The closed-form models, answered at once: what a headcount gives, and the headcount targets need. */
export async function staffingRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxProvider>();
  api.post(
    '/api/staffing/measures',
    {
      schema: {
        summary: 'What a closed-form model says for a given number of agents',
        tags: ['staffing'],
        body: Type.Object(
          {
            ...Queue,
            agents: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
            targetMinutes: Type.Optional(
              Type.Number({
                exclusiveMinimum: 0,
                description: 'service-level target time, minutes',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Measures, ...ErrorResponses },
      },
    },
    async (request) => {
      const { arrivalsPerHour, ...rest } = request.body;
      return queueMeasures({ ...rest, arrivalsPerMinute: arrivalsPerHour / 60 });
    },
  );
  api.post(
    '/api/staffing/required',
    {
      schema: {
        summary: 'The fewest agents that meet every target, and the roster with shrinkage',
        tags: ['staffing'],
        body: Type.Object(
          {
            ...Queue,
            targets: Type.Object(
              {
                serviceLevel: Type.Optional(
                  Type.Object(
                    {
                      attainment: Type.Number({ exclusiveMinimum: 0, maximum: 1 }),
                      targetMinutes: Type.Number({ exclusiveMinimum: 0 }),
                    },
                    { additionalProperties: false },
                  ),
                ),
                asaMinutes: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
                maxWaitProbability: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
                maxOccupancy: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
                maxAbandon: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
                maxBlocking: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
              },
              { additionalProperties: false },
            ),
            shrinkage: Type.Optional(Type.Number({ minimum: 0, exclusiveMaximum: 1 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Intersect([
            Measures,
            Type.Object({
              rosteredAgents: Type.Integer(),
              shrinkage: Type.Number(),
              bindingTargets: Type.Array(Type.String()),
            }),
          ]),
          ...ErrorResponses,
        },
      },
    },
    async (request) => {
      const { arrivalsPerHour, ...rest } = request.body;
      return requiredAgents({ ...rest, arrivalsPerMinute: arrivalsPerHour / 60 });
    },
  );
}
