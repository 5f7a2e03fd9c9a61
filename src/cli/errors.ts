/**
 * Errors that end the run with exit code 2 and one line on stderr. Anything else that escapes is a
 * bug, reported the same way so CI logs stay one line, but worded as an internal error.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Quotes a user-supplied value so an error message stays on one line whatever it contains. */
export function quote(value: string): string {
  return JSON.stringify(value);
}

/** One line, without the stack: messages go to CI logs where a multi-line error is noise. */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
