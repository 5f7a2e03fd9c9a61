/** Help texts, kept apart from the logic so the wording can change without touching it. */

export const MAIN_HELP = `Usage: drydock <command> [options]

Commands:
  check [PATH...]   Check Dockerfiles, GitHub Actions workflows and secrets (default PATH: .)
  rules             List every rule

Options:
  -h, --help        Show help (also: drydock <command> --help)
  --version         Print the version
`;

export const CHECK_HELP = `Usage: drydock check [options] [PATH...]

Checks files and folders (default: the current folder). Folders are walked recursively,
honouring .gitignore files and skipping .git and node_modules.

Options:
  --format text|json|sarif        Output format (default: text)
  --fail-on error|warning|info|never
                                  Exit 1 when a finding at or above this severity is
                                  reported (default: warning)
  --config FILE                   Use this .drydock.yaml (or .hadolint.yaml, zizmor.yml,
                                  actionlint.yaml) instead of discovering config files
  --fix                           Apply safe fixes in place, then report what is left
  --fix=all                       Apply unsafe fixes as well
  --stdin                         Check standard input instead of files
  --stdin-filename NAME           The file name standard input is checked as (classifies it);
                                  with --fix the fixed text goes to stdout, the report to stderr
  --quiet                         Report errors only (warnings and infos neither print nor fail)
  --no-shellcheck                 Do not run ShellCheck on Dockerfile RUN and workflow run: scripts
                                  (it runs when a shellcheck binary is on PATH, unless
                                  dockerfile.shellcheck / workflow.shellcheck is false)
  --registry                      Ask the base images' registries which platforms they provide
                                  (InvalidBaseImagePlatform; same as dockerfile.registryLookups)
  --jobs N                        Lint with N threads, this one included (default: one per core, on 3+ cores, for big trees)
  --verbose                       Explain skipped files, applied fixes and a missing shellcheck
  -h, --help                      Show this help

Exit codes: 0 no finding at the --fail-on level, 1 findings at that level, 2 usage or I/O error.
`;

export const RULES_HELP = `Usage: drydock rules [--format text|json]

Lists every rule with its id, aliases, category, default severity, confidence, whether it has
a fix, and its documentation URL.
`;
