import { Ajv, type ErrorObject } from 'ajv'
import addFormats from 'ajv-formats'
import type { FastifySchemaCompiler } from 'fastify'

/**
 * Bodies are validated as sent: no type coercion, no removal of unknown fields, no defaults
 * (a changed value would be a silent change). Path and query strings arrive as text, so
 * they are coerced to the schema's types.
 */
function ajv(coerceTypes: boolean | 'array'): Ajv {
  const instance = new Ajv({
    coerceTypes,
    removeAdditional: false,
    useDefaults: false,
    verbose: true,
    allErrors: false,
    strict: false,
  })
  addFormats.default(instance)
  return instance
}

const forBodies = ajv(false)
const forUrls = ajv('array')

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? forBodies : forUrls).compile(schema)

const path = (error: ErrorObject) => error.instancePath.replace(/^\//, '').replaceAll('/', '.')

/** A sentence a person can act on, and the field at fault. */
export function describeValidationError(
  error: ErrorObject,
  part: string,
): { field: string; message: string } {
  const at = path(error)
  const field = at || part
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required': {
      const missing = [at, params.missingProperty].filter(Boolean).join('.')
      return { field: missing, message: `"${missing}" is required.` }
    }
    case 'additionalProperties': {
      const extra = [at, params.additionalProperty].filter(Boolean).join('.')
      return { field: extra, message: `"${extra}" is not a known field.` }
    }
    case 'format':
      return {
        field,
        message: `"${field}" must be ${params.format === 'email' ? 'an e-mail address' : `a valid ${params.format}`}.`,
      }
    case 'type':
      return { field, message: `"${field}" must be of type ${params.type}.` }
    case 'minLength':
      return {
        field,
        message:
          params.limit === 1
            ? `"${field}" must not be empty.`
            : `"${field}" must have at least ${params.limit} characters.`,
      }
    case 'maxLength':
      return { field, message: `"${field}" must have at most ${params.limit} characters.` }
    case 'minProperties':
      return { field, message: `The ${field} must contain at least ${params.limit} field(s).` }
    case 'pattern': {
      const described = (error.parentSchema as { description?: string } | undefined)?.description
      return {
        field,
        message: described ? `"${field}" must be ${described}.` : `"${field}" is not in the expected format.`,
      }
    }
    case 'anyOf':
    case 'const':
    case 'enum':
      return { field, message: `"${field}" has a value that is not allowed.` }
    default:
      return { field, message: `"${field}" ${error.message ?? 'is not valid'}.` }
  }
}
