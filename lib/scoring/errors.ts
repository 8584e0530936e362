/** Bad input to a scoring function, naming the offending field the way the API reports it. */
export class ScoringInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
    this.name = 'ScoringInputError'
  }
}
