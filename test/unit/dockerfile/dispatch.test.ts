/**
 * The walk dispatches `onInstruction` by keyword: a rule that declares `instructions` is called
 * only for those keywords (an ONBUILD's inner instruction by its own keyword), one that does not is
 * called for every instruction. A declaration must never change what a rule finds, so every rule is
 * also run undeclared (called for every instruction) over every Dockerfile fixture and documented
 * example, and must report exactly the same findings.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, mergeConfig, parseConfigFile, type ConfigProblem, type DockerfileOptions } from '../../../src/engine/config';
import { dockerfileRules } from '../../../src/engine/registry';
import { lintDockerfile, type RepoFileAccess } from '../../../src/dockerfile/lint-dockerfile';
import { KEYWORDS, type Instruction, type Stage } from '../../../src/dockerfile/model';
import { defineDockerfileRule, type DockerfileRule } from '../../../src/dockerfile/rule';
import { recordingContexts, ROOT } from '../support';

/** One instruction of every kind, ONBUILD wrapping a declared and an undeclared keyword, and a typo. */
const EVERY_KEYWORD = [
  'ARG BASE=alpine:3.20',
  'FROM ${BASE} AS build',
  'MAINTAINER someone',
  'LABEL a=b',
  'ENV A=1',
  'RUN echo hi && apt-get install -y curl',
  'COPY a /b/',
  'ADD https://example.com/x.tgz /x/',
  'EXPOSE 22',
  'WORKDIR app',
  'USER 1000',
  'VOLUME /data',
  'SHELL ["/bin/sh", "-c"]',
  'STOPSIGNAL SIGTERM',
  'HEALTHCHECK CMD true',
  'ONBUILD RUN chmod 777 /x',
  'ONBUILD COPY . /app',
  'ONBUILD ONBUILD RUN true',
  'RUNN typo',
  'ENTRYPOINT run',
  'CMD run',
  '',
].join('\n');

/** The findings of a file as comparable strings, in the order the rules reported them. */
function run(
  text: string,
  rules: readonly DockerfileRule[],
  options: DockerfileOptions = DEFAULT_CONFIG.dockerfile,
  files?: RepoFileAccess,
): string[] {
  const { contextFor, reported } = recordingContexts('Dockerfile', text, (id, input) => {
    const { start, end } = input.range;
    const fixes = JSON.stringify(input.fixes ?? []);
    return `${id} ${start.line}:${start.character}-${end.line}:${end.character} ${input.message} ${input.severity ?? ''} ${fixes}`;
  });
  lintDockerfile(text, rules, contextFor, options, files);
  return reported;
}

/** A rule that records the keyword of every instruction it is called with. */
function recorder(id: string, instructions?: readonly string[]): { rule: DockerfileRule; seen: string[] } {
  const seen: string[] = [];
  const rule = defineDockerfileRule({
    id,
    name: id,
    aliases: [],
    severity: 'info',
    confidence: 'high',
    summary: 'records calls',
    fix: 'none',
    ...(instructions ? { instructions } : {}),
    onInstruction(instruction) {
      seen.push(instruction.keyword);
    },
  });
  return { rule, seen };
}

/** The same rule without its keyword declaration: the walk then calls it for every instruction. */
function undeclared(rule: DockerfileRule): DockerfileRule {
  const copy: { -readonly [K in keyof DockerfileRule]: DockerfileRule[K] } = { ...rule };
  delete copy.instructions;
  return copy;
}

interface Sample {
  readonly name: string;
  readonly text: string;
  readonly options: DockerfileOptions;
  readonly files?: RepoFileAccess;
}

/** Every Dockerfile fixture (with its folder's config and .dockerignore) and every documented example. */
function samples(): Sample[] {
  const out: Sample[] = [{ name: 'every keyword', text: EVERY_KEYWORD, options: DEFAULT_CONFIG.dockerfile }];
  const fixtures = join(ROOT, 'test/fixtures/rules');
  for (const dir of readdirSync(fixtures)) {
    const folder = join(fixtures, dir);
    const configPath = join(folder, 'config.yaml');
    const problems: ConfigProblem[] = [];
    const options = existsSync(configPath)
      ? mergeConfig(DEFAULT_CONFIG, parseConfigFile(readFileSync(configPath, 'utf8'), configPath, problems)).dockerfile
      : DEFAULT_CONFIG.dockerfile;
    const ignorePath = join(folder, 'dockerignore');
    const dockerignore = existsSync(ignorePath) ? readFileSync(ignorePath, 'utf8') : undefined;
    const files: RepoFileAccess | undefined =
      dockerignore === undefined
        ? undefined
        : { repoPath: 'Dockerfile', readRepoFile: (p) => (p === '.dockerignore' ? dockerignore : undefined) };
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.Dockerfile'))) {
      out.push({ name: `${dir}/${file}`, text: readFileSync(join(folder, file), 'utf8'), options, ...(files ? { files } : {}) });
    }
  }
  const docs = join(ROOT, 'docs/rules');
  for (const page of readdirSync(docs).filter((f) => f.endsWith('.md'))) {
    const markdown = readFileSync(join(docs, page), 'utf8');
    let n = 0;
    for (const m of markdown.matchAll(/^```dockerfile[^\n]*\n([\s\S]*?)^```$/gm))
      out.push({ name: `${page} example ${++n}`, text: m[1] ?? '', options: DEFAULT_CONFIG.dockerfile });
  }
  return out;
}

describe('Dockerfile walk: onInstruction dispatched by keyword', () => {
  it('calls a rule that declares keywords only for those, ONBUILD inner instructions included', () => {
    const run1 = recorder('run-only', ['RUN']);
    const copyAdd = recorder('copy-add', ['COPY', 'ADD']);
    const onbuild = recorder('onbuild', ['ONBUILD']);
    const every = recorder('every');
    run(EVERY_KEYWORD, [run1.rule, copyAdd.rule, onbuild.rule, every.rule]);
    // The plain RUN and the RUN inside `ONBUILD RUN` (not the one inside `ONBUILD ONBUILD RUN`:
    // the walk visits one level of wrapping, as it always has).
    assert.deepEqual(run1.seen, ['RUN', 'RUN']);
    assert.deepEqual(copyAdd.seen, ['COPY', 'ADD', 'COPY']);
    // The three ONBUILD lines, and the inner ONBUILD of `ONBUILD ONBUILD RUN true`.
    assert.deepEqual(onbuild.seen, ['ONBUILD', 'ONBUILD', 'ONBUILD', 'ONBUILD']);
    assert.equal(
      every.seen.length,
      EVERY_KEYWORD.split('\n').filter(Boolean).length + 3,
      'undeclared: every instruction and inner instruction',
    );
    assert.ok(every.seen.includes('RUNN'), 'undeclared rules see unknown keywords too');
  });

  it('calls every registered rule only for the keywords it declares', () => {
    const declared = dockerfileRules().filter((r) => r.instructions !== undefined);
    assert.ok(declared.length > 30, 'most instruction rules declare their keywords');
    const bad: string[] = [];
    const spies = declared.map((rule) => {
      const hook = rule.onInstruction?.bind(rule);
      return defineDockerfileRule({
        ...rule,
        onInstruction(instruction, ctx) {
          if (!rule.instructions?.includes(instruction.keyword)) bad.push(`${rule.id} called for ${instruction.keyword}`);
          hook?.(instruction, ctx);
        },
      });
    });
    for (const sample of samples()) run(sample.text, spies, sample.options, sample.files);
    assert.deepEqual(bad, []);
  });

  it('declares only real, upper-case keywords', () => {
    for (const rule of dockerfileRules()) {
      for (const keyword of rule.instructions ?? []) assert.ok(KEYWORDS.has(keyword), `${rule.id}: ${keyword}`);
      if (rule.instructions) assert.ok(rule.onInstruction !== undefined, `${rule.id} declares instructions but has no onInstruction`);
    }
  });

  it('finds the stage of every instruction (ctx.stageOf), ONBUILD inner instructions included', () => {
    const problems: string[] = [];
    const probe = defineDockerfileRule({
      id: 'stage-probe',
      name: 'stage-probe',
      aliases: [],
      severity: 'info',
      confidence: 'high',
      summary: 'checks ctx.stageOf',
      fix: 'none',
      onFile(dockerfile, ctx) {
        // The plain answer: the stage whose FROM or instruction list holds it, else undefined.
        const expected = new Map<Instruction, Stage>();
        for (const stage of dockerfile.stages) {
          expected.set(stage.from, stage);
          for (const inst of stage.instructions) {
            expected.set(inst, stage);
            if (inst.onbuild) expected.set(inst.onbuild, stage);
          }
        }
        for (const inst of dockerfile.instructions) {
          for (const one of inst.onbuild ? [inst, inst.onbuild] : [inst]) {
            if (ctx.stageOf(one) !== expected.get(one)) problems.push(`${one.keyword} at ${one.start}`);
          }
        }
      },
    });
    for (const sample of samples()) run(sample.text, [probe], sample.options, sample.files);
    assert.deepEqual(problems, []);
  });

  it('gives every rule the same findings as calling it for every instruction', () => {
    const all = dockerfileRules();
    const everywhere = all.map(undeclared);
    let compared = 0;
    for (const sample of samples()) {
      const expected = run(sample.text, everywhere, sample.options, sample.files);
      assert.deepEqual(run(sample.text, all, sample.options, sample.files), expected, sample.name);
      compared += expected.length;
    }
    assert.ok(compared > 500, `the samples produce findings to compare (${compared})`);
  });
});
