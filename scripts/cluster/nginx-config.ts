import fs from 'node:fs'
import path from 'node:path'

const TEMPLATE = path.join(import.meta.dirname, '..', '..', 'deploy', 'nginx.conf.template')
const indent = (lines: string[]) => lines.map((line) => `        ${line}`).join('\n')

/** A template's ${ATLAS_*} placeholders filled in; one without a value is an error, not an empty string. */
export function renderTemplate(file: string, values: Record<string, string>): string {
  return fs.readFileSync(file, 'utf8').replace(/\$\{(ATLAS_[A-Z_]+)\}/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined) throw new Error(`${file}: no value for \${${name}}`)
    return value
  })
}

export type NginxParams = { port: number; upstreams: number[]; rateExempt: string[] }

/** deploy/nginx.conf.template filled in for one cluster. */
export function renderNginxConfig(params: NginxParams): string {
  return renderTemplate(TEMPLATE, {
    ATLAS_PORT: String(params.port),
    ATLAS_UPSTREAM_SERVERS: indent(params.upstreams.map((port) => `server 127.0.0.1:${port} max_fails=0;`)),
    ATLAS_RATE_EXEMPT: indent(params.rateExempt.map((address) => `${address} 1;`)),
  })
}
