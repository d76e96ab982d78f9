import type { FastifyTypeProvider } from 'fastify';
import type { Static, TSchema } from 'typebox';

/**
 * Fastify's type provider for the `typebox` 1.x schemas the simulator is written in: route
 * handlers get the static types of their schemas. (The @fastify provider targets the older
 * @sinclair/typebox; the schemas themselves are plain JSON Schema, which Fastify validates.)
 */
export interface TypeBoxProvider extends FastifyTypeProvider {
  validator: this['schema'] extends TSchema ? Static<this['schema']> : unknown;
  serializer: this['schema'] extends TSchema ? Static<this['schema']> : unknown;
}
