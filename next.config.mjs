/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets a second build (a benchmark, a parallel checkout) leave the main one alone.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
}

export default nextConfig
