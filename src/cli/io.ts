/**
 * The process as the CLI sees it. Commands take this instead of touching `process` so the only
 * module that knows about the real process is main.ts.
 */
export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTty: boolean;
  /** Bytes pass through untouched: `--stdin --fix` echoes input it could not decode. */
  out(text: string | Uint8Array): void;
  err(text: string): void;
  readStdin(): Promise<Uint8Array>;
}

export function warn(io: Io, message: string): void {
  io.err(`drydock: warning: ${message}\n`);
}

/** `--verbose` notes; prefixed like every other line the CLI writes to stderr. */
export function note(io: Io, message: string): void {
  io.err(`drydock: ${message}\n`);
}
