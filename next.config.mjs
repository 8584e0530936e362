const isDev = process.env.NODE_ENV === 'development'

// Pages are prerendered once at build time, so a per-request nonce cannot be placed in their HTML, and hashes
// of Next's inline bootstrap scripts change with every build. Scripts therefore allow 'unsafe-inline' but only
// this origin for files; React refresh in `next dev` evaluates code, so 'unsafe-eval' exists in development only.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ')

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Browsers ignore it over plain http (localhost), and keep a deployment behind TLS on https.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets a second build (a benchmark, a parallel checkout) leave the main one alone.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // Every instance of one release is built and started with the same id (`deploy/`, `scripts/cluster/`): asset
  // URLs carry it, and a browser holding another release's page reloads instead of navigating into a mismatch.
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
  // `next dev` refuses its live-reload socket to hosts it does not know; the preview is often opened as 127.0.0.1.
  allowedDevOrigins: ['127.0.0.1'],
  poweredByHeader: false,
  // app/global-not-found.tsx: the 404 page is a document of its own, not part of every page's payload.
  experimental: { globalNotFound: true },
  reactStrictMode: true,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }]
  },
}

export default nextConfig
