import getPort, { portNumbers } from 'get-port'
import { z } from 'zod'

const rangeSchema = z
  .string()
  .regex(/^\d+-\d+$/, 'PORT_RANGE is "from-to", e.g. 4100-4199')
  .transform((value) => value.split('-').map(Number) as [number, number])
  .refine(([from, to]) => from > 0 && from <= to && to < 65536, 'PORT_RANGE must be an ascending range of ports')

/**
 * A free TCP port on loopback. PORT_RANGE ("4100-4199") keeps a run on a shared machine inside its own range;
 * without it the system picks one. get-port also keeps a port it returned from being returned again soon.
 */
export function freePort(): Promise<number> {
  const range = process.env.PORT_RANGE ? rangeSchema.parse(process.env.PORT_RANGE) : null
  return getPort({ host: '127.0.0.1', ...(range ? { port: portNumbers(...range) } : {}) })
}
