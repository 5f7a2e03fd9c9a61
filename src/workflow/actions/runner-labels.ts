/**
 * Runner labels `runs-on:` may name: GitHub-hosted images, the labels every self-hosted runner gets,
 * and labels GitHub has retired. This is dated data: GitHub adds an image or two a year and retires
 * the oldest ones, so the table says when it was last checked and is meant to be updated with it.
 *
 * Sources: docs.github.com "GitHub-hosted runners reference" (standard and larger runners) and the
 * actions/runner-images README and announcements (macOS 14 retired on 2026-11-02, macOS 13 on
 * 2025-12-04, Windows 2019 on 2025-06-30, Ubuntu 20.04 on 2025-04-15).
 */

export type RunnerOs = 'linux' | 'windows' | 'macos';
export type RunnerArch = 'x64' | 'arm64';

export interface HostedLabel {
  readonly os: RunnerOs;
  readonly arch: RunnerArch;
  /**
   * The image the label runs on (`ubuntu-24.04`); size variants (`-large`, `-xlarge`, `-intel`) of one
   * macOS version share an image per architecture. `latest` labels name no fixed image (they move
   * to the next version now and then): their image is the word `latest`.
   */
  readonly image: string;
}

export interface RetiredLabel {
  /** When GitHub stopped running jobs with the label (YYYY-MM). */
  readonly since: string;
  /** Labels to move to. */
  readonly instead: string;
}

/** GitHub-hosted labels, as of 2026-11. */
export const GITHUB_HOSTED_LABELS: ReadonlyMap<string, HostedLabel> = new Map<string, HostedLabel>([
  ['ubuntu-latest', { os: 'linux', arch: 'x64', image: 'latest' }],
  ['ubuntu-slim', { os: 'linux', arch: 'x64', image: 'ubuntu-slim' }],
  ['ubuntu-26.04', { os: 'linux', arch: 'x64', image: 'ubuntu-26.04' }],
  ['ubuntu-24.04', { os: 'linux', arch: 'x64', image: 'ubuntu-24.04' }],
  ['ubuntu-22.04', { os: 'linux', arch: 'x64', image: 'ubuntu-22.04' }],
  ['ubuntu-26.04-arm', { os: 'linux', arch: 'arm64', image: 'ubuntu-26.04-arm' }],
  ['ubuntu-24.04-arm', { os: 'linux', arch: 'arm64', image: 'ubuntu-24.04-arm' }],
  ['ubuntu-22.04-arm', { os: 'linux', arch: 'arm64', image: 'ubuntu-22.04-arm' }],
  ['windows-latest', { os: 'windows', arch: 'x64', image: 'latest' }],
  ['windows-2025', { os: 'windows', arch: 'x64', image: 'windows-2025' }],
  ['windows-2025-vs2026', { os: 'windows', arch: 'x64', image: 'windows-2025-vs2026' }],
  ['windows-2022', { os: 'windows', arch: 'x64', image: 'windows-2022' }],
  ['windows-11-arm', { os: 'windows', arch: 'arm64', image: 'windows-11-arm' }],
  ['macos-latest', { os: 'macos', arch: 'arm64', image: 'latest' }],
  ['macos-latest-xlarge', { os: 'macos', arch: 'arm64', image: 'latest' }],
  ['macos-latest-large', { os: 'macos', arch: 'x64', image: 'latest' }],
  ['macos-26', { os: 'macos', arch: 'arm64', image: 'macos-26-arm64' }],
  ['macos-26-xlarge', { os: 'macos', arch: 'arm64', image: 'macos-26-arm64' }],
  ['macos-26-intel', { os: 'macos', arch: 'x64', image: 'macos-26-x64' }],
  ['macos-26-large', { os: 'macos', arch: 'x64', image: 'macos-26-x64' }],
  ['macos-15', { os: 'macos', arch: 'arm64', image: 'macos-15-arm64' }],
  ['macos-15-xlarge', { os: 'macos', arch: 'arm64', image: 'macos-15-arm64' }],
  ['macos-15-intel', { os: 'macos', arch: 'x64', image: 'macos-15-x64' }],
  ['macos-15-large', { os: 'macos', arch: 'x64', image: 'macos-15-x64' }],
]);

/** Labels GitHub no longer runs jobs for, as of 2026-11; a job using one waits and then fails. */
export const RETIRED_LABELS: ReadonlyMap<string, RetiredLabel> = new Map<string, RetiredLabel>([
  ['ubuntu-16.04', { since: '2021-09', instead: 'ubuntu-24.04' }],
  ['ubuntu-18.04', { since: '2023-04', instead: 'ubuntu-24.04' }],
  ['ubuntu-20.04', { since: '2025-04', instead: 'ubuntu-24.04 or ubuntu-22.04' }],
  ['windows-2016', { since: '2022-03', instead: 'windows-2025 or windows-2022' }],
  ['windows-2019', { since: '2025-06', instead: 'windows-2025 or windows-2022' }],
  ['macos-10.15', { since: '2022-08', instead: 'macos-15' }],
  ['macos-11', { since: '2024-06', instead: 'macos-15' }],
  ['macos-11.0', { since: '2024-06', instead: 'macos-15' }],
  ['macos-12', { since: '2024-12', instead: 'macos-15' }],
  ['macos-12.0', { since: '2024-12', instead: 'macos-15' }],
  ['macos-12-xl', { since: '2024-12', instead: 'macos-15-large' }],
  ['macos-12-large', { since: '2024-12', instead: 'macos-15-large' }],
  ['macos-12-xlarge', { since: '2024-12', instead: 'macos-15-xlarge' }],
  ['macos-latest-xl', { since: '2024-12', instead: 'macos-latest-large' }],
  ['macos-13', { since: '2025-12', instead: 'macos-15-intel (x64) or macos-15 (arm64)' }],
  ['macos-13.0', { since: '2025-12', instead: 'macos-15-intel (x64) or macos-15 (arm64)' }],
  ['macos-13-xl', { since: '2025-12', instead: 'macos-15-large' }],
  ['macos-13-large', { since: '2025-12', instead: 'macos-15-large' }],
  ['macos-13-xlarge', { since: '2025-12', instead: 'macos-15-xlarge' }],
  ['macos-14', { since: '2026-11', instead: 'macos-15 or macos-26' }],
  ['macos-14.0', { since: '2026-11', instead: 'macos-15 or macos-26' }],
  ['macos-14-large', { since: '2026-11', instead: 'macos-15-large' }],
  ['macos-14-xlarge', { since: '2026-11', instead: 'macos-15-xlarge' }],
]);

/** Labels every self-hosted runner carries: its OS, its architecture, and `self-hosted` itself. */
export const SELF_HOSTED_OS_LABELS: ReadonlyMap<string, RunnerOs> = new Map<string, RunnerOs>([
  ['linux', 'linux'],
  ['windows', 'windows'],
  ['macos', 'macos'],
]);
export const SELF_HOSTED_OTHER_LABELS: ReadonlySet<string> = new Set(['self-hosted', 'x64', 'arm', 'arm64']);

/**
 * Every machine a label can run on, as image keys, for telling labels that no single runner can
 * carry together (`[ubuntu-latest, windows-latest]`). A `-latest` label stands for every image of
 * its OS and architecture, so `[ubuntu-latest, ubuntu-24.04]` is not called a conflict whichever
 * version `-latest` points to this month. Built once at module load.
 */
export const LABEL_MACHINES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const byFamily = new Map<string, Set<string>>();
  const byOs = new Map<RunnerOs, Set<string>>();
  for (const info of GITHUB_HOSTED_LABELS.values()) {
    if (info.image === 'latest') continue;
    const family = `${info.os}/${info.arch}`;
    (byFamily.get(family) ?? byFamily.set(family, new Set()).get(family))?.add(info.image);
    (byOs.get(info.os) ?? byOs.set(info.os, new Set()).get(info.os))?.add(info.image);
  }
  const out = new Map<string, ReadonlySet<string>>();
  for (const [label, info] of GITHUB_HOSTED_LABELS) {
    out.set(label, info.image === 'latest' ? (byFamily.get(`${info.os}/${info.arch}`) ?? new Set()) : new Set([info.image]));
  }
  for (const [label, os] of SELF_HOSTED_OS_LABELS) {
    // A self-hosted `linux` runner is not a GitHub image, but it cannot also be a Windows one.
    out.set(label, new Set([...(byOs.get(os) ?? []), `self-hosted-${os}`]));
  }
  return out;
})();

/** Every label the rule knows without configuration, for suggestions and messages. */
export const KNOWN_LABELS: readonly string[] = [
  ...GITHUB_HOSTED_LABELS.keys(),
  ...SELF_HOSTED_OS_LABELS.keys(),
  ...SELF_HOSTED_OTHER_LABELS,
];
