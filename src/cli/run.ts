/** Dispatches a command line to a command and maps failures to exit code 2 and one stderr line. */
import { runCheck } from './check-command';
import { oneLine, quote, UsageError } from './errors';
import { MAIN_HELP } from './help';
import type { Io } from './io';
import { runRules } from './rules-command';

export async function run(argv: readonly string[], io: Io, version: string): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case undefined:
        throw new UsageError('missing command: try "drydock check" or "drydock --help"');
      case '-h':
      case '--help':
      case 'help':
        io.out(MAIN_HELP);
        return 0;
      case '--version':
        io.out(`${version}\n`);
        return 0;
      case 'check':
        return await runCheck(rest, io, version);
      case 'rules':
        return runRules(rest, io);
      default:
        throw new UsageError(
          command.startsWith('-')
            ? `unknown option ${quote(command)} (expected a command first: check or rules)`
            : `unknown command ${quote(command)}: expected check or rules`,
        );
    }
  } catch (error) {
    if (error instanceof UsageError) io.err(`drydock: ${oneLine(error.message)}\n`);
    else io.err(`drydock: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return 2;
  }
}
