import type { Corpus } from './load'
import type { Problem } from './problems'
import { monthIsAfter, yearIsAfter } from '@/lib/occupations'

/**
 * An occupation's figures must be ones that can have been published: a wage month after the month of `today`, or
 * a projection that starts after its year, is refused at its key, and a projection must end after it starts. The
 * schema already refuses a malformed month or SOC code, and the reference check an unknown source. Pure.
 */
export function checkOccupations(corpus: Corpus, today: string): Problem[] {
  const problems: Problem[] = []
  for (const entry of corpus.occupations) {
    const { medianWage, outlook } = entry.data
    const report = (at: PropertyKey[], message: string) => problems.push({ file: entry.file, ...entry.locate(at), message })
    if (monthIsAfter(medianWage.period, today)) {
      report(['medianWage', 'period'], `field "medianWage.period": ${medianWage.period} is in the future (today is ${today})`)
    }
    if (yearIsAfter(outlook.from, today)) {
      report(['outlook', 'from'], `field "outlook.from": ${outlook.from} is in the future (today is ${today})`)
    }
    if (outlook.to <= outlook.from) {
      report(['outlook', 'to'], `field "outlook.to": expected a year after outlook.from (${outlook.from}), found ${outlook.to}`)
    }
  }
  return problems
}
