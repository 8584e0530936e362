import { z } from 'zod'

/** The part of JSON Schema the editor guide and the problem messages read. */
export type JsonNode = {
  type?: string | string[]
  description?: string
  properties?: Record<string, JsonNode>
  required?: string[]
  items?: JsonNode
  anyOf?: JsonNode[]
  enum?: unknown[]
  const?: unknown
  default?: unknown
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  minItems?: number
  pattern?: string
  format?: string
}

const cache = new WeakMap<z.ZodType, JsonNode>()

// Editors write the input side: fields with a default may be left out.
export function jsonSchemaOf(schema: z.ZodType): JsonNode {
  let json = cache.get(schema)
  if (!json) {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode // zod's JSON Schema output
    cache.set(schema, json)
  }
  return json
}

/** The schema node at a frontmatter path (object keys and list indexes), looking inside unions. */
export function nodeAt(root: JsonNode, path: readonly PropertyKey[]): JsonNode | undefined {
  let node: JsonNode | undefined = root
  for (const segment of path) {
    if (!node) return undefined
    const options: JsonNode[] = node.anyOf ?? [node]
    node = options
      .map((option) => (typeof segment === 'number' ? option.items : option.properties?.[String(segment)]))
      .find((child) => child !== undefined)
  }
  return node
}
