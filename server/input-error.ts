// A request the user can correct: a period too long, a number out of range, a search too long.
// It names the field and says what is accepted, and the API passes it through (known-errors.ts)
// where any other error is masked.
export class InputError extends Error {
  readonly code = 'BAD_INPUT';

  constructor(
    /** The argument or field at fault, as the user wrote it. */
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}
