import fs from 'node:fs'
import path from 'node:path'

const TEMPLATE = path.join(import.meta.dirname, '..', '..', 'deploy', 'nginx.conf.template')
const indent = (lines: string[]) => lines.map((line) => `        ${line}`).join('\n')

export type NginxParams = { port: number; upstreams: number[]; rateExempt: string[] }

/** deploy/nginx.conf.template with its ${ATLAS_*} placeholders filled for one cluster. */
export function renderNginxConfig(params: NginxParams): string {
  const values: Record<string, string> = {
    ATLAS_PORT: String(params.port),
    ATLAS_UPSTREAM_SERVERS: indent(params.upstreams.map((port) => `server 127.0.0.1:${port} max_fails=0;`)),
    ATLAS_RATE_EXEMPT: indent(params.rateExempt.map((address) => `${address} 1;`)),
  }
  return fs.readFileSync(TEMPLATE, 'utf8').replace(/\$\{(ATLAS_[A-Z_]+)\}/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined) throw new Error(`deploy/nginx.conf.template: unknown placeholder \${${name}}`)
    return value
  })
}
