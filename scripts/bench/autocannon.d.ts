// The subset of autocannon's programmatic API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  type Request = { method?: string; path?: string; body?: string; headers?: Record<string, string> }
  type Options = {
    url: string
    connections?: number
    duration?: number
    amount?: number
    timeout?: number
    headers?: Record<string, string>
    requests?: Request[]
  }
  type Histogram = { average: number; mean: number; p50: number; p90: number; p99: number; max: number; total: number }
  type Result = {
    errors: number
    timeouts: number
    non2xx: number
    resets: number
    duration: number
    statusCodeStats: Record<string, { count: number }>
    latency: Histogram
    requests: Histogram & { sent: number }
  }
  // The returned tracker is awaitable and can be stopped early.
  function autocannon(options: Options): Promise<Result> & { stop: () => void }
  export default autocannon
}
