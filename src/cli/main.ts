/**
 * The `drydock` executable (bundled to dist/cli.js, started by bin/drydock.js). The only module
 * that touches `process`; everything else takes an Io.
 */
import { version } from '../../package.json';
import type { Io } from './io';
import { isLintWorker, runLintWorker } from './parallel';
import { run } from './run';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

// `drydock check | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const io: Io = {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTty: process.stdout.isTTY === true,
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readStdin,
};

if (isLintWorker()) {
  // This bundle also runs as a lint worker thread for big trees (see parallel.ts).
  void runLintWorker();
} else {
  // exitCode rather than exit(): exit() can cut off output still queued for a pipe.
  void run(process.argv.slice(2), io, version).then((code) => {
    process.exitCode = code;
  });
}
