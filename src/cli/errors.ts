/** A deliberate exit with a code: usage errors are 2, failed inputs 1. */
export class ExitError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message)
  }
}

/** Parses a positive integer option or throws a usage error naming the option. */
export function positiveInt(name: string): (value: string) => number {
  return (value) => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < 1) throw new ExitError(2, `Expected ${name} to be a whole number from 1 and up, got ${JSON.stringify(value)}`)
    return n
  }
}
