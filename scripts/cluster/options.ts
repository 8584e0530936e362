import path from 'node:path'
import { z } from 'zod'

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  CLUSTER_INSTANCES: z.coerce.number().int().min(2).max(16).default(2),
  CLUSTER_DIR: z.string().min(1).default('.cluster'),
})

/** serve:cluster and serve:rollout read the same settings, so the rollout finds the cluster the other started. */
export function clusterEnv() {
  const env = envSchema.parse(process.env)
  return { port: env.PORT, instances: env.CLUSTER_INSTANCES, runDir: path.resolve(env.CLUSTER_DIR) }
}
