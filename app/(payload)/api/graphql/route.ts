import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

const handleGraphQL = GRAPHQL_POST(config)

/**
 * Payload's GraphQL handler parses the body outside its error handling, so invalid JSON would reach
 * Next as a 500: it is answered here with a 400 in Payload's error shape.
 */
export const POST = async (request: Request): Promise<Response> => {
  const isJson = request.headers.get('content-type')?.includes('application/json')
  if (isJson) {
    try {
      JSON.parse(await request.clone().text())
    } catch {
      return Response.json(
        { errors: [{ message: 'The request body is not valid JSON.', path: 'body' }] },
        { status: 400 },
      )
    }
  }
  return handleGraphQL(request)
}
export const OPTIONS = REST_OPTIONS(config)
