/**
 * Inputs of popular actions, so `with:` can be checked offline: unknown inputs (usually typos, which
 * the runner only warns about and the action then ignores), missing required inputs, deprecated ones.
 *
 * Dated data, as of 2026-11, read from each action's action.yml. Each entry covers a range of major
 * versions whose inputs are close enough to check together: the entry lists every input any of those
 * majors accepts (so a newer input is never called unknown on an older major) and marks an input
 * required only when all of them require it. Majors outside every entry are not checked: a newer
 * major may have added inputs this table does not know yet.
 */

export interface ActionInput {
  /** The input's name as the action spells it. */
  readonly name: string;
  /** Required and without a default (a required input with a default can be left out). */
  readonly required: boolean;
  /** The action's `deprecationMessage`, when the input is deprecated. */
  readonly deprecated?: string;
  /** The release that deprecated it (`3.1`), when later than the first release of its major. */
  readonly deprecatedSince?: readonly number[];
}

/** An action's inputs, keyed by lower-cased name (GitHub matches input names case-insensitively). */
export interface ActionInputs {
  readonly inputs: ReadonlyMap<string, ActionInput>;
  /** Input name prefixes that are all accepted (`permission-` for create-github-app-token). */
  readonly prefixes: readonly string[];
  /** Docker actions also take `args` and `entrypoint` through `with:`. */
  readonly docker: boolean;
}

/** `name!` is required; `{ name, deprecated, since? }` is deprecated (since release `since`). */
type InputDecl = string | { readonly name: string; readonly deprecated: string; readonly since?: string };

interface ActionDecl {
  /** `owner/repo` or `owner/repo/path`, as written in `uses:`. */
  readonly slug: string;
  readonly majors: readonly number[];
  readonly inputs: readonly InputDecl[];
  readonly prefixes?: readonly string[];
  readonly docker?: boolean;
}

const CHECKOUT = [
  'repository',
  'ref',
  'token',
  'ssh-key',
  'ssh-known-hosts',
  'ssh-strict',
  'ssh-user',
  'persist-credentials',
  'path',
  'clean',
  'filter',
  'sparse-checkout',
  'sparse-checkout-cone-mode',
  'fetch-depth',
  'fetch-tags',
  'show-progress',
  'lfs',
  'submodules',
  'set-safe-directory',
  'github-server-url',
];
const CACHE_COMMON = ['path!', 'key!', 'enableCrossOsArchive'];
const STALE = [
  'repo-token',
  'stale-issue-message',
  'stale-pr-message',
  'close-issue-message',
  'close-pr-message',
  'days-before-stale',
  'days-before-issue-stale',
  'days-before-pr-stale',
  'days-before-close',
  'days-before-issue-close',
  'days-before-pr-close',
  'stale-issue-label',
  'close-issue-label',
  'exempt-issue-labels',
  'close-issue-reason',
  'stale-pr-label',
  'close-pr-label',
  'exempt-pr-labels',
  'exempt-milestones',
  'exempt-issue-milestones',
  'exempt-pr-milestones',
  'exempt-all-milestones',
  'exempt-all-issue-milestones',
  'exempt-all-pr-milestones',
  'only-labels',
  'only-issue-labels',
  'only-pr-labels',
  'any-of-labels',
  'any-of-issue-labels',
  'any-of-pr-labels',
  'operations-per-run',
  'remove-stale-when-updated',
  'remove-issue-stale-when-updated',
  'remove-pr-stale-when-updated',
  'debug-only',
  'ascending',
  'sort-by',
  'delete-branch',
  'start-date',
  'exempt-assignees',
  'exempt-issue-assignees',
  'exempt-pr-assignees',
  'exempt-all-assignees',
  'exempt-all-issue-assignees',
  'exempt-all-pr-assignees',
  'exempt-draft-pr',
  'enable-statistics',
  'labels-to-add-when-unstale',
  'labels-to-remove-when-stale',
  'labels-to-remove-when-unstale',
  'ignore-updates',
  'ignore-issue-updates',
  'ignore-pr-updates',
  'include-only-assigned',
  'only-issue-types',
];
const BUILD_PUSH = [
  'add-hosts',
  'allow',
  'annotations',
  'attests',
  'build-args',
  'build-contexts',
  'builder',
  'cache-from',
  'cache-to',
  'call',
  'cgroup-parent',
  'context',
  'file',
  'github-token',
  'labels',
  'load',
  'network',
  'no-cache',
  'no-cache-filters',
  'outputs',
  'platforms',
  'provenance',
  'pull',
  'push',
  'sbom',
  'secret-envs',
  'secret-files',
  'secrets',
  'shm-size',
  'ssh',
  'tags',
  'target',
  'ulimit',
];
const CODEQL_MATRIX_TOKEN = ['token', 'matrix'];
const AWS_CREDENTIALS = [
  'aws-region!',
  'role-to-assume',
  'aws-access-key-id',
  'aws-secret-access-key',
  'aws-session-token',
  'web-identity-token-file',
  'role-chaining',
  'audience',
  'http-proxy',
  'no-proxy',
  'mask-aws-account-id',
  'role-duration-seconds',
  'role-external-id',
  'role-session-name',
  'role-skip-session-tagging',
  'transitive-tag-keys',
  'inline-session-policy',
  'managed-session-policies',
  'output-credentials',
  'output-env-credentials',
  'unset-current-credentials',
  'disable-retry',
  'retry-max-attempts',
  'special-characters-workaround',
  'use-existing-credentials',
  'allowed-account-ids',
  'force-skip-oidc',
  'action-timeout-s',
];
const CODECOV = [
  'base_sha',
  'binary',
  'codecov_yml_path',
  'commit_parent',
  'directory',
  'disable_file_fixes',
  'disable_safe_directory',
  'disable_search',
  'disable_telem',
  'dry_run',
  'env_vars',
  'exclude',
  'fail_ci_if_error',
  'files',
  'flags',
  'gcov_args',
  'gcov_executable',
  'gcov_ignore',
  'gcov_include',
  'git_service',
  'handle_no_reports_found',
  'job_code',
  'name',
  'network_filter',
  'network_prefix',
  'os',
  'override_branch',
  'override_build',
  'override_build_url',
  'override_commit',
  'override_pr',
  'plugins',
  'recurse_submodules',
  'report_code',
  'report_type',
  'root_dir',
  'run_command',
  'skip_validation',
  'slug',
  'swift_project',
  'token',
  'url',
  'use_legacy_upload_endpoint',
  'use_oidc',
  'use_pypi',
  'verbose',
  'version',
  'working-directory',
  { name: 'file', deprecated: 'Use "files" instead' },
  { name: 'plugin', deprecated: 'Use "plugins" instead' },
];
const PYPI_KEBAB = 'The inputs have been normalized to use kebab-case';

const DECLS: readonly ActionDecl[] = [
  { slug: 'actions/checkout', majors: [3, 4, 5, 6], inputs: CHECKOUT },
  {
    slug: 'actions/setup-node',
    majors: [3, 4, 5, 6],
    inputs: [
      'node-version',
      'node-version-file',
      'architecture',
      'check-latest',
      'registry-url',
      'scope',
      'token',
      'cache',
      'package-manager-cache',
      'cache-dependency-path',
      'mirror',
      'mirror-token',
      { name: 'always-auth', deprecated: 'npm no longer reads always-auth; setup-node 6.1 stopped writing it' },
    ],
  },
  {
    slug: 'actions/setup-python',
    majors: [4, 5, 6],
    inputs: [
      'python-version',
      'python-version-file',
      'cache',
      'architecture',
      'check-latest',
      'token',
      'cache-dependency-path',
      'update-environment',
      'allow-prereleases',
      'freethreaded',
      'pip-version',
      'pip-install',
    ],
  },
  {
    slug: 'actions/setup-go',
    majors: [3, 4, 5, 6],
    inputs: [
      'go-version',
      'go-version-file',
      'check-latest',
      'token',
      'cache',
      'cache-dependency-path',
      'architecture',
      'go-download-base-url',
    ],
  },
  {
    slug: 'actions/setup-java',
    majors: [3, 4, 5],
    inputs: [
      'java-version',
      'java-version-file',
      'distribution!',
      'java-package',
      'architecture',
      'jdkFile',
      'check-latest',
      'server-id',
      'server-username',
      'server-password',
      'settings-path',
      'overwrite-settings',
      'gpg-private-key',
      'gpg-passphrase',
      'cache',
      'cache-dependency-path',
      'job-status',
      'token',
      'mvn-toolchain-id',
      'mvn-toolchain-vendor',
    ],
  },
  {
    slug: 'actions/setup-dotnet',
    majors: [3, 4, 5],
    inputs: [
      'dotnet-version',
      'dotnet-quality',
      'global-json-file',
      'source-url',
      'owner',
      'config-file',
      'cache',
      'cache-dependency-path',
      'workloads',
      'architecture',
    ],
  },
  {
    slug: 'actions/cache',
    majors: [3, 4, 5],
    inputs: [
      ...CACHE_COMMON,
      'restore-keys',
      'upload-chunk-size',
      'fail-on-cache-miss',
      'lookup-only',
      {
        name: 'save-always',
        deprecated:
          'save-always does not work as intended and will be removed in a future release; use actions/cache/save with if: always() instead',
      },
    ],
  },
  { slug: 'actions/cache/restore', majors: [3, 4, 5], inputs: [...CACHE_COMMON, 'restore-keys', 'fail-on-cache-miss', 'lookup-only'] },
  { slug: 'actions/cache/save', majors: [3, 4, 5], inputs: [...CACHE_COMMON, 'upload-chunk-size'] },
  { slug: 'actions/upload-artifact', majors: [3], inputs: ['name', 'path!', 'if-no-files-found', 'retention-days'] },
  {
    slug: 'actions/upload-artifact',
    majors: [4, 5, 6],
    inputs: ['name', 'path!', 'if-no-files-found', 'retention-days', 'compression-level', 'overwrite', 'include-hidden-files', 'archive'],
  },
  { slug: 'actions/download-artifact', majors: [3], inputs: ['name', 'path'] },
  {
    slug: 'actions/download-artifact',
    majors: [4, 5, 6, 7],
    inputs: [
      'name',
      'artifact-ids',
      'path',
      'pattern',
      'merge-multiple',
      'github-token',
      'repository',
      'run-id',
      'skip-decompress',
      'digest-mismatch',
    ],
  },
  {
    slug: 'actions/github-script',
    majors: [6, 7, 8],
    inputs: [
      'script!',
      'github-token',
      'debug',
      'user-agent',
      'previews',
      'result-encoding',
      'retries',
      'retry-exempt-status-codes',
      'base-url',
    ],
  },
  { slug: 'actions/labeler', majors: [4, 5, 6], inputs: ['repo-token', 'configuration-path', 'sync-labels', 'dot', 'pr-number'] },
  { slug: 'actions/stale', majors: [5, 6, 7, 8, 9, 10], inputs: STALE },
  {
    slug: 'actions/create-github-app-token',
    majors: [1, 2],
    inputs: ['app-id!', 'private-key!', 'owner', 'repositories', 'skip-token-revoke', 'github-api-url'],
    prefixes: ['permission-'],
  },
  {
    slug: 'actions/create-github-app-token',
    majors: [3],
    inputs: [
      'client-id',
      'private-key!',
      'owner',
      'repositories',
      'skip-token-revoke',
      'github-api-url',
      { name: 'app-id', deprecated: "Use 'client-id' instead", since: '3.1' },
    ],
    prefixes: ['permission-'],
  },
  {
    slug: 'actions/attest-build-provenance',
    majors: [1, 2, 3],
    inputs: [
      'subject-path',
      'subject-digest',
      'subject-name',
      'subject-checksums',
      'push-to-registry',
      'show-summary',
      'github-token',
      'create-storage-record',
    ],
  },
  { slug: 'actions/configure-pages', majors: [3, 4, 5], inputs: ['static_site_generator', 'generator_config_file', 'token', 'enablement'] },
  {
    slug: 'actions/deploy-pages',
    majors: [2, 3, 4],
    inputs: ['token', 'timeout', 'error_count', 'reporting_interval', 'artifact_name', 'preview'],
  },
  { slug: 'actions/upload-pages-artifact', majors: [1, 2, 3, 4], inputs: ['name', 'path', 'retention-days'] },
  {
    slug: 'actions/dependency-review-action',
    majors: [3, 4],
    inputs: [
      'repo-token',
      'fail-on-severity',
      'fail-on-scopes',
      'base-ref',
      'head-ref',
      'config-file',
      'allow-licenses',
      'deny-licenses',
      'allow-dependencies-licenses',
      'allow-ghsas',
      'external-repo-token',
      'license-check',
      'vulnerability-check',
      'comment-summary-in-pr',
      'deny-packages',
      'deny-groups',
      'retry-on-snapshot-warnings',
      'retry-on-snapshot-warnings-timeout',
      'show-openssf-scorecard',
      'warn-on-openssf-scorecard-level',
      'show-patched-versions',
      'warn-only',
    ],
  },
  { slug: 'docker/login-action', majors: [2, 3], inputs: ['registry', 'username', 'password', 'ecr', 'logout', 'scope', 'registry-auth'] },
  {
    slug: 'docker/setup-buildx-action',
    majors: [2, 3],
    inputs: [
      'version',
      'driver',
      'driver-opts',
      'buildkitd-flags',
      'buildkitd-config',
      'buildkitd-config-inline',
      'install',
      'use',
      'name',
      'endpoint',
      'platforms',
      'append',
      'keep-state',
      'cache-binary',
      'cleanup',
      { name: 'config', deprecated: 'Use buildkitd-config instead' },
      { name: 'config-inline', deprecated: 'Use buildkitd-config-inline instead' },
    ],
  },
  { slug: 'docker/setup-qemu-action', majors: [2, 3], inputs: ['image', 'platforms', 'cache-image'] },
  { slug: 'docker/build-push-action', majors: [3, 4, 5, 6], inputs: BUILD_PUSH },
  {
    slug: 'docker/metadata-action',
    majors: [4, 5],
    inputs: [
      'context',
      'images',
      'tags',
      'flavor',
      'labels',
      'annotations',
      'sep-tags',
      'sep-labels',
      'sep-annotations',
      'bake-target',
      'github-token',
    ],
  },
  {
    slug: 'github/codeql-action/init',
    majors: [2, 3, 4],
    inputs: [
      ...CODEQL_MATRIX_TOKEN,
      'tools',
      'languages',
      'build-mode',
      'config-file',
      'config',
      'db-location',
      'queries',
      'packs',
      'external-repository-token',
      'source-root',
      'ram',
      'threads',
      'debug',
      'debug-artifact-name',
      'debug-database-name',
      'trap-caching',
      'dependency-caching',
      'registries',
      'analysis-kinds',
      { name: 'setup-python-dependencies', deprecated: 'This input is deprecated and has no effect' },
    ],
  },
  {
    slug: 'github/codeql-action/analyze',
    majors: [2, 3, 4],
    inputs: [
      ...CODEQL_MATRIX_TOKEN,
      'check_name',
      'output',
      'upload',
      'cleanup-level',
      'ram',
      'add-snippets',
      'skip-queries',
      'threads',
      'checkout_path',
      'ref',
      'sha',
      'category',
      'upload-database',
      'wait-for-processing',
      'expect-error',
      'post-processed-sarif-path',
    ],
  },
  { slug: 'github/codeql-action/autobuild', majors: [2, 3, 4], inputs: [...CODEQL_MATRIX_TOKEN, 'working-directory'] },
  {
    slug: 'github/codeql-action/upload-sarif',
    majors: [2, 3, 4],
    inputs: [...CODEQL_MATRIX_TOKEN, 'sarif_file', 'checkout_path', 'ref', 'sha', 'category', 'wait-for-processing'],
  },
  { slug: 'aws-actions/configure-aws-credentials', majors: [2, 3, 4, 5], inputs: AWS_CREDENTIALS },
  {
    slug: 'azure/login',
    majors: [1, 2],
    inputs: [
      'creds',
      'client-id',
      'tenant-id',
      'subscription-id',
      'enable-AzPSSession',
      'environment',
      'allow-no-subscriptions',
      'audience',
      'auth-type',
    ],
  },
  {
    slug: 'google-github-actions/auth',
    majors: [1, 2, 3],
    inputs: [
      'project_id',
      'workload_identity_provider',
      'service_account',
      'audience',
      'credentials_json',
      'create_credentials_file',
      'export_environment_variables',
      'token_format',
      'delegates',
      'universe',
      'request_reason',
      'cleanup_credentials',
      'access_token_lifetime',
      'access_token_scopes',
      'access_token_subject',
      'retries',
      'backoff',
      'backoff_limit',
      'id_token_audience',
      'id_token_include_email',
    ],
  },
  {
    slug: 'softprops/action-gh-release',
    majors: [1, 2],
    inputs: [
      'body',
      'body_path',
      'name',
      'tag_name',
      'draft',
      'prerelease',
      'preserve_order',
      'files',
      'working_directory',
      'overwrite_files',
      'fail_on_unmatched_files',
      'repository',
      'token',
      'target_commitish',
      'discussion_category_name',
      'generate_release_notes',
      'previous_tag',
      'append_body',
      'make_latest',
    ],
  },
  {
    slug: 'peter-evans/create-pull-request',
    majors: [4, 5, 6, 7],
    inputs: [
      'token',
      'branch-token',
      'git-token',
      'path',
      'add-paths',
      'commit-message',
      'committer',
      'author',
      'signoff',
      'branch',
      'delete-branch',
      'branch-suffix',
      'base',
      'push-to-fork',
      'sign-commits',
      'title',
      'body',
      'body-path',
      'labels',
      'assignees',
      'reviewers',
      'team-reviewers',
      'milestone',
      'draft',
      'maintainer-can-modify',
    ],
  },
  {
    slug: 'pypa/gh-action-pypi-publish',
    majors: [1],
    inputs: [
      'user',
      'password',
      'repository-url',
      'packages-dir',
      'verify-metadata',
      'skip-existing',
      'verbose',
      'print-hash',
      'attestations',
      { name: 'repository_url', deprecated: `${PYPI_KEBAB}; use repository-url` },
      { name: 'packages_dir', deprecated: `${PYPI_KEBAB}; use packages-dir` },
      { name: 'verify_metadata', deprecated: `${PYPI_KEBAB}; use verify-metadata` },
      { name: 'skip_existing', deprecated: `${PYPI_KEBAB}; use skip-existing` },
      { name: 'print_hash', deprecated: `${PYPI_KEBAB}; use print-hash` },
    ],
    docker: true,
  },
  {
    slug: 'ossf/scorecard-action',
    majors: [2],
    inputs: [
      'results_file!',
      'results_format!',
      'repo_token',
      'publish_results',
      'file_mode',
      'internal_publish_base_url',
      'internal_default_token',
    ],
    docker: true,
  },
  { slug: 'codecov/codecov-action', majors: [4, 5], inputs: CODECOV },
  {
    slug: 'pnpm/action-setup',
    majors: [2, 3, 4],
    inputs: ['version', 'dest', 'run_install', 'package_json_file', 'standalone', 'nodejs_bundled'],
  },
  {
    slug: 'hashicorp/setup-terraform',
    majors: [2, 3],
    inputs: [
      'cli_config_credentials_hostname',
      'cli_config_credentials_token',
      'terraform_version',
      'terraform_version_file',
      'terraform_wrapper',
    ],
  },
];

interface CompiledEntry extends ActionInputs {
  readonly majors: readonly number[];
}

function compile(decl: ActionDecl): CompiledEntry {
  const inputs = new Map<string, ActionInput>();
  for (const input of decl.inputs) {
    if (typeof input === 'string') {
      const required = input.endsWith('!');
      const name = required ? input.slice(0, -1) : input;
      inputs.set(name.toLowerCase(), { name, required });
    } else
      inputs.set(input.name.toLowerCase(), {
        name: input.name,
        required: false,
        deprecated: input.deprecated,
        ...(input.since !== undefined ? { deprecatedSince: input.since.split('.').map(Number) } : {}),
      });
  }
  return { inputs, prefixes: decl.prefixes ?? [], docker: decl.docker ?? false, majors: decl.majors };
}

/** Entries by lower-cased slug, built once at module load. */
const TABLE: ReadonlyMap<string, readonly CompiledEntry[]> = (() => {
  const out = new Map<string, CompiledEntry[]>();
  for (const decl of DECLS) {
    const key = decl.slug.toLowerCase();
    const list = out.get(key) ?? [];
    list.push(compile(decl));
    out.set(key, list);
  }
  return out;
})();

/**
 * For a ref whose version is unknown (a SHA without a `# vX` comment, a branch): every input any
 * known major accepts, required only when every major requires it. Built lazily, once per slug.
 */
const LENIENT = new Map<string, ActionInputs>();

function lenient(key: string, entries: readonly CompiledEntry[]): ActionInputs {
  let merged = LENIENT.get(key);
  if (merged) return merged;
  const inputs = new Map<string, ActionInput>();
  for (const entry of entries)
    for (const [name, input] of entry.inputs) {
      const required = entries.every((e) => e.inputs.get(name)?.required === true);
      const deprecated = entries.every((e) => e.inputs.get(name)?.deprecated !== undefined) ? input.deprecated : undefined;
      inputs.set(name, { name: input.name, required, ...(deprecated !== undefined ? { deprecated } : {}) });
    }
  merged = {
    inputs,
    prefixes: [...new Set(entries.flatMap((e) => e.prefixes))],
    docker: entries.some((e) => e.docker),
  };
  LENIENT.set(key, merged);
  return merged;
}

/** The version a ref names, as numbers: `v4` → [4], `v4.2.1` → [4, 2, 1], `release/v1` → [1]. */
const VERSION_REF = /^(?:releases?\/)?v?(\d+(?:\.\d+)*)$/i;

export function versionOf(ref: string): number[] | undefined {
  const m = VERSION_REF.exec(ref.trim());
  return m?.[1] !== undefined ? m[1].split('.').map(Number) : undefined;
}

/** The version in a trailing pin comment: `# v4.2.2`, `#v4`, `# tag=v4.1.0`, `# 4.0.0`. */
const PIN_COMMENT = /^\s*#\s*(?:tag=|ratchet:[^@\s]*@)?v?(\d+(?:\.\d+)*)\b/i;

export function versionOfPinComment(rest: string): number[] | undefined {
  const m = PIN_COMMENT.exec(rest);
  return m?.[1] !== undefined ? m[1].split('.').map(Number) : undefined;
}

/**
 * Whether an input's deprecation applies to `version`: a floating `v3` tag means the newest v3, so
 * it does; `v3.0.0` predates a deprecation made in 3.1, so it does not.
 */
export function deprecationApplies(input: ActionInput, version: readonly number[] | undefined): boolean {
  if (input.deprecated === undefined) return false;
  const since = input.deprecatedSince;
  if (!since || !version || version.length < 2) return true;
  for (let i = 0; i < since.length; i++) {
    const a = version[i] ?? 0;
    const b = since[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

export interface PopularActionMatch {
  readonly metadata: ActionInputs;
  /** False when the ref did not tell which major it is, so the lenient union was used. */
  readonly versionKnown: boolean;
}

/**
 * The inputs of `slug` (`owner/repo[/path]`) at `major`; undefined when the action is not in the table
 * or the major is not covered by it.
 */
export function popularAction(slug: string, major: number | undefined): PopularActionMatch | undefined {
  const key = slug.toLowerCase();
  const entries = TABLE.get(key);
  if (!entries) return undefined;
  if (major === undefined) return { metadata: lenient(key, entries), versionKnown: false };
  const entry = entries.find((e) => e.majors.includes(major));
  return entry ? { metadata: entry, versionKnown: true } : undefined;
}

/** Slugs in the table, for tests and docs. */
export function popularActionSlugs(): string[] {
  return [...new Set(DECLS.map((d) => d.slug))];
}
