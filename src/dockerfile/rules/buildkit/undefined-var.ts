/**
 * UndefinedVar (BuildKit build check): an instruction that expands a variable no ARG or ENV defined
 * before it in the stage (or in the stage it builds on): `COPY $foo .`, `ENV PATH=$PAHT:/app`, a
 * stage using `$TARGETARCH` without `ARG TARGETARCH`. The variable expands to the empty string, so
 * the build quietly does something else. Like BuildKit, it checks the instructions BuildKit expands
 * itself (ENV, ARG defaults, LABEL, ADD, COPY, WORKDIR, USER, VOLUME, STOPSIGNAL, RUN --mount), not
 * shell-form RUN/CMD/ENTRYPOINT (the shell expands those), counts `${VAR:-default}` as a use of VAR,
 * reads an instruction's pairs as BuildKit does (`ENV A=1 B=$A` reads the old A; `ARG A=1 B=$A` the
 * new one), and suggests a defined name within a small edit distance.
 *
 * Difference from BuildKit: BuildKit knows the base image's environment (it pulls the image config);
 * Drydock works offline, so it knows only PATH, plus a short list of variables the popular official
 * images set (JAVA_HOME, NODE_VERSION…). A finding in a stage built on an external image therefore
 * has medium confidence: the image may define the variable.
 */
import type { Instruction, Stage, Word } from '../../model';
import { expandVariables, unquote } from '../../parse';
import { defineDockerfileRule, type DockerfileRuleContext } from '../../rule';
import { baseStage, flagValue, globalScope, suggest, variableRefs, wordSpan, type GlobalScope } from './helpers';

/** ARGs BuildKit never reports (`nonEnvArgs`). */
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

/** Variables popular official images set in their config, which an offline linter cannot see. */
const COMMON_IMAGE_ENV = new Set([
  'HOME',
  'LANG',
  'LANGUAGE',
  'LC_ALL',
  'JAVA_HOME',
  'JAVA_VERSION',
  'JDK_VERSION',
  'MAVEN_HOME',
  'MAVEN_CONFIG',
  'GRADLE_HOME',
  'GRADLE_VERSION',
  'GOLANG_VERSION',
  'GOPATH',
  'GOTOOLCHAIN',
  'NODE_VERSION',
  'YARN_VERSION',
  'PYTHON_VERSION',
  'PYTHON_SHA256',
  'PYTHON_PIP_VERSION',
  'GPG_KEY',
  'RUBY_VERSION',
  'RUBY_MAJOR',
  'GEM_HOME',
  'BUNDLE_PATH',
  'BUNDLE_APP_CONFIG',
  'BUNDLE_SILENCE_ROOT_WARNING',
  'PHP_VERSION',
  'PHP_INI_DIR',
  'PHPIZE_DEPS',
  'RUSTUP_HOME',
  'CARGO_HOME',
  'RUST_VERSION',
  'NGINX_VERSION',
  'DOTNET_VERSION',
  'ASPNET_VERSION',
  'APP_UID',
  'DEBIAN_FRONTEND',
]);

interface StageEnv {
  readonly env: Map<string, string>;
  readonly buildArgs: Set<string>;
  /** Built on an image whose environment Drydock cannot see. */
  readonly external: boolean;
}

/** What the walk over one file carries from word to word (one object per file, not closures per instruction). */
interface Walk {
  readonly ctx: DockerfileRuleContext;
  readonly escape: string;
  state: StageEnv;
  inst: Instruction;
  /** Names already reported for the current instruction (ARG: the current pair), created on first report. */
  seen: Set<string> | undefined;
}

function undefinedHere(state: StageEnv, name: string): boolean {
  return !state.env.has(name) && !state.buildArgs.has(name) && !NON_ENV_ARGS.has(name) && !(state.external && COMMON_IMAGE_ENV.has(name));
}

/** Reports the undefined variables `word.value.slice(from)` expands. */
function checkWord(walk: Walk, word: Word, from: number): void {
  const text = from === 0 ? word.value : word.value.slice(from);
  // No `$`, no reference: most words, and no array or string built for them.
  if (!text.includes('$')) return;
  for (const ref of variableRefs(text, walk.escape)) {
    if (walk.seen?.has(ref.name) || !undefinedHere(walk.state, ref.name)) continue;
    (walk.seen ??= new Set()).add(ref.name);
    report(walk, ref.name, ref, word, from);
  }
}

function report(walk: Walk, name: string, ref: { start: number; end: number }, word: Word, from: number): void {
  const { ctx, state, inst } = walk;
  const hint = suggest(name, state.env.keys());
  const span = wordSpan(inst, word, from + ref.start, from + ref.end);
  ctx.report({
    range: ctx.lines.range(span.start, span.end),
    message: `Usage of undefined variable '$${name}'${hint ? ` (did you mean $${hint}?)` : ''}: declare it with ARG or ENV before this ${inst.keyword}${state.external ? ', unless the base image sets it' : ''}.`,
    confidence: state.external ? 'medium' : 'high',
  });
}

/** Checks the words of `inst` BuildKit expands itself (operands, then the named flags in this order). */
function checkFlags(walk: Walk, ...names: string[]): void {
  for (const name of names) {
    const flag = flagValue(walk.inst, name);
    if (flag) checkWord(walk, flag.word, flag.valueFrom);
  }
}

function checkOperands(walk: Walk, skipHeredocs: boolean): void {
  for (const word of walk.inst.operands) if (!(skipHeredocs && word.value.startsWith('<<'))) checkWord(walk, word, 0);
}

/** The words of an instruction BuildKit expands itself, checked in BuildKit's order. */
function checkExpanded(walk: Walk): void {
  const inst = walk.inst;
  switch (inst.keyword) {
    case 'ENV':
    case 'LABEL':
    case 'WORKDIR':
    case 'USER':
    case 'VOLUME':
    case 'STOPSIGNAL':
      checkOperands(walk, false);
      break;
    case 'ADD':
      checkOperands(walk, true);
      checkFlags(walk, 'chown', 'chmod', 'checksum');
      break;
    case 'COPY':
      checkOperands(walk, true);
      checkFlags(walk, 'chown', 'chmod');
      break;
    case 'RUN':
      for (const word of inst.flags) if (word.value.startsWith('--mount=')) checkWord(walk, word, 8);
      break;
    default:
      break;
  }
}

export const undefinedVar = defineDockerfileRule({
  id: 'UndefinedVar',
  name: 'undefined-var',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'Variables should be defined before they are used.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    if (!ctx.text.includes('$')) return;
    const scope = globalScope(dockerfile);
    const finals = new Map<Stage, StageEnv>();
    let walk: Walk | undefined;
    for (const stage of dockerfile.stages) {
      const state = initialState(stage, dockerfile, scope, finals);
      for (const inst of stage.instructions) {
        walk ??= { ctx, escape: dockerfile.escape, state, inst, seen: undefined };
        walk.state = state;
        walk.inst = inst;
        walk.seen = undefined;
        if (inst.keyword === 'ARG') {
          // Pairs are dispatched one by one: `ARG A=1 B=$A` sees the new A.
          for (const word of inst.operands) {
            const eq = word.value.indexOf('=');
            const key = eq < 0 ? word.value : word.value.slice(0, eq);
            if (eq >= 0) {
              walk.seen = undefined;
              checkWord(walk, word, eq + 1);
              state.env.set(key, '');
            } else if (scope.values.get(key) !== undefined) state.env.set(key, '');
            state.buildArgs.add(key);
          }
          continue;
        }
        checkExpanded(walk);
        if (inst.keyword === 'ENV') {
          const first = inst.operands[0];
          if (first && !first.value.includes('=')) state.env.set(first.value, '');
          else
            for (const word of inst.operands) {
              const eq = word.value.indexOf('=');
              state.env.set(eq < 0 ? word.value : word.value.slice(0, eq), '');
            }
        }
      }
      finals.set(stage, state);
    }
  },
});

function initialState(
  stage: Stage,
  dockerfile: Parameters<typeof globalScope>[0],
  scope: GlobalScope,
  finals: ReadonlyMap<Stage, StageEnv>,
): StageEnv {
  const parent = baseStage(stage, dockerfile, scope);
  const inherited = parent ? finals.get(parent) : undefined;
  if (inherited) return { env: new Map(inherited.env), buildArgs: new Set(inherited.buildArgs), external: inherited.external };
  // BuildKit always sets PATH, even on scratch.
  const image = stage.image ? expandVariables(unquote(stage.image.value), scope.values).toLowerCase() : '';
  return { env: new Map([['PATH', '']]), buildArgs: new Set(), external: image !== 'scratch' };
}
