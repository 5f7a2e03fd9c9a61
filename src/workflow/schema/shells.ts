/**
 * Shells `shell:` accepts, and where each is available. Source: "Workflow syntax for GitHub
 * Actions", `jobs.<job_id>.steps[*].shell`; the per-OS split follows actionlint's
 * `rule_shell_name.go`. Anything else must be a custom template containing `{0}`.
 */

export type Platform = 'any' | 'windows' | 'unix';

export const SHELLS_ANY: readonly string[] = ['bash', 'pwsh', 'python', 'sh', 'cmd', 'powershell'];
const SHELLS_WINDOWS: readonly string[] = ['bash', 'pwsh', 'python', 'cmd', 'powershell'];
const SHELLS_UNIX: readonly string[] = ['bash', 'pwsh', 'python', 'sh'];

export function shellsFor(platform: Platform): readonly string[] {
  return platform === 'windows' ? SHELLS_WINDOWS : platform === 'unix' ? SHELLS_UNIX : SHELLS_ANY;
}

/**
 * The OS a set of `runs-on` labels selects: `windows`, `unix` (Linux or macOS), or `any` when the
 * labels say nothing (self-hosted custom labels, expressions) or contradict each other (the
 * runner-label rule reports the conflict).
 */
export function platformOfLabels(labels: readonly string[]): Platform {
  let found: Platform = 'any';
  for (const raw of labels) {
    const label = raw.toLowerCase();
    let kind: Platform = 'any';
    if (label === 'windows' || label.startsWith('windows-')) kind = 'windows';
    else if (label === 'linux' || label === 'macos' || label.startsWith('ubuntu-') || label.startsWith('macos-')) kind = 'unix';
    if (kind === 'any') continue;
    if (found !== 'any' && found !== kind) return 'any';
    found = kind;
  }
  return found;
}
