/**
 * The lint worker thread's entry (dist/cli-worker.js, see parallel.ts). It bundles only what
 * linting a file needs, not the CLI's arguments, help and report formats, so each worker loads
 * less code before its first file.
 */
import { runLintWorker } from './parallel';

void runLintWorker();
