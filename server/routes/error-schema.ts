import { Type } from 'typebox';

/** The one shape of every error response, in the OpenAPI document. */
export const ErrorSchema = Type.Object(
  {
    statusCode: Type.Integer(),
    code: Type.String({ description: 'a stable code: API_ERR_NOT_FOUND, API_ERR_INVALID_INPUT…' }),
    error: Type.String({ description: 'the HTTP reason phrase' }),
    message: Type.String({
      description: 'what went wrong: the field, the value and what was expected',
    }),
  },
  { description: 'an error' },
);

/** The error statuses every route may answer with. */
export const ErrorResponses = {
  400: ErrorSchema,
  404: ErrorSchema,
  422: ErrorSchema,
} as const;
