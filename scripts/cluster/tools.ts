import type { DebianTool } from '../lib/debian-package'

// Debian's paths: the cluster and the load generator run these binaries directly.
export const NGINX = '/usr/sbin/nginx'
export const WRK = '/usr/bin/wrk'

/** nginx (the cluster's front) and wrk (the load generator) come from apt, like the browser tests' Chromium. */
export const SERVING_TOOLS: DebianTool = {
  purpose: 'Serving the cluster and load testing need nginx and wrk',
  binaries: [NGINX, WRK],
  packages: ['nginx-light', 'wrk'],
}
