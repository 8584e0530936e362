export type Problem = {
  file: string
  line: number
  column: number
  message: string
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.message}`
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  )
}

export function formatReport(problems: Problem[]): string {
  const lines = sortProblems(problems).map(formatProblem)
  const files = new Set(problems.map((p) => p.file)).size
  lines.push(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`)
  return lines.join('\n')
}
