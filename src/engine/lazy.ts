/**
 * Modules that only some runs need, loaded on first use. The Dockerfile and workflow linters (with
 * their rule lists), the YAML library and the regex engine for user-supplied patterns are over two
 * thirds of the CLI bundle, and a tree of plain source files, or a pre-commit run on a few of them,
 * needs none of them: behind a `require`, their module code runs, and their compiled code is read
 * from the code cache, only when a Dockerfile, a workflow or a config file with patterns turns up.
 *
 * esbuild turns each `require` of a bundled ES module into a call that initialises it once (a
 * static `import` anywhere on the way from the entry point would load it at start-up instead;
 * test/unit/cli/lazy-modules.test.ts checks), and it wraps what such a module imports the same
 * way, the engine and the secret scanner included. Measured with each build's own code cache: an
 * empty folder's run 199 M → 162 M instructions; the 51 MB benchmark tree 10–25 ms faster.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- loading on first use is the point */
import type * as Re2js from 're2js';
import type * as SmolToml from 'smol-toml';
import type * as Yaml from 'yaml';
import type * as DockerfileLinter from '../dockerfile/lint-dockerfile';
import type * as DockerfileRules from '../dockerfile/rules';
import type * as DockerfileShellcheck from '../dockerfile/shellcheck';
import type * as RegistryPrefetch from '../registry/prefetch';
import type * as WorkflowLinter from '../workflow/lint-workflow';
import type * as WorkflowRules from '../workflow/rules';
import type * as WorkflowShellcheck from '../workflow/shellcheck';

function once<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}

export const dockerfileLinter = once(() => require('../dockerfile/lint-dockerfile') as typeof DockerfileLinter);
export const dockerfileRules = once(() => require('../dockerfile/rules') as typeof DockerfileRules);
export const dockerfileShellcheck = once(() => require('../dockerfile/shellcheck') as typeof DockerfileShellcheck);
export const workflowLinter = once(() => require('../workflow/lint-workflow') as typeof WorkflowLinter);
export const workflowRules = once(() => require('../workflow/rules') as typeof WorkflowRules);
export const workflowShellcheck = once(() => require('../workflow/shellcheck') as typeof WorkflowShellcheck);
/** Base-image lookups for InvalidBaseImagePlatform (`--registry`). */
export const registryPrefetch = once(() => require('../registry/prefetch') as typeof RegistryPrefetch);
/** The linear-time regex engine for user-supplied patterns (.gitleaks.toml, zizmor.yml, actionlint.yaml). */
export const re2js = once(() => require('re2js') as typeof Re2js);
/** The YAML library, for config files (workflows are read by their own parser, with it as the fallback). */
export const yaml = once(() => require('yaml') as typeof Yaml);
/** The TOML parser, for .gitleaks.toml. */
export const smolToml = once(() => require('smol-toml') as typeof SmolToml);
