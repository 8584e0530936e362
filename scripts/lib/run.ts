import { spawn, spawnSync } from 'node:child_process'

export const toolEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' }

/** Runs a command to completion with inherited output; exits this process if it fails. */
export function runOrExit(command: string, args: string[], label: string) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: toolEnv })
  if (result.status !== 0) {
    console.error(`\n${label} failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status ?? 1)
  }
}

/** Starts a long-running child and forwards Ctrl-C / SIGTERM to it. */
export function serve(command: string, args: string[], env: NodeJS.ProcessEnv = toolEnv) {
  const child = spawn(command, args, { stdio: 'inherit', env })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
  child.on('exit', (code) => process.exit(code ?? 0))
  return child
}
