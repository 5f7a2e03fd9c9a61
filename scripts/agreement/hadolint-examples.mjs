// Agreement harness for Dockerfiles: runs Drydock's engine over hadolint's own rule examples (the
// `ruleCatches` / `ruleCatchesNot` cases of its test/Hadolint/Rule/DL*Spec.hs) and reports how
// often Drydock reaches hadolint's verdict, overall and per rule. See docs/agreement.md,
// "hadolint examples".
//
// Usage: node scripts/agreement/hadolint-examples.mjs [--corpus DIR] [--rule ID] [--json]
//                                                     [--json-out FILE] [--quiet] [--no-build]
//
// The corpus is `<DIR>/examples.json` (default DIR: /work/agreement-corpus/hadolint), built
// outside this repository by that folder's gen.mjs from the transcribed spec files.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { cliOptions, loadEngine, readCorpus, repoRoot } from './common.mjs';

// ---- options -------------------------------------------------------------------------------
const { flag, option } = cliOptions(import.meta.filename);
const corpusDir = resolve(option('--corpus', '/work/agreement-corpus/hadolint'));
const onlyRule = option('--rule', undefined);
const asJson = flag('--json');
const jsonOut = option('--json-out', undefined);
const quiet = flag('--quiet');

// ---- the engine ----------------------------------------------------------------------------
// One small bundle of the pure engine: a thousand examples lint in well under a second, with no
// process or file per example.
const { lint, DEFAULT_CONFIG, mergeConfig, DOCKERFILE_RULES } = await loadEngine(
  'hadolint-examples',
  [
    "export { lint } from './src/engine/lint';",
    "export { DEFAULT_CONFIG, mergeConfig } from './src/engine/config';",
    "export { DOCKERFILE_RULES } from './src/engine/registry';",
  ],
  !flag('--no-build'),
);

// ---- the corpus ----------------------------------------------------------------------------
const all = readCorpus(corpusDir);
const examples = all.filter((e) => !onlyRule || e.rule === onlyRule);

/**
 * Examples where Drydock disagrees with hadolint on purpose. Each entry names the rule page whose
 * "Differences from hadolint" section explains it; the harness checks the page has that section.
 * Keyed by the example's source (spec file and line) and whether it is the ONBUILD variant.
 */
const DOCUMENTED = new Map(
  Object.entries({
    'DL3025Spec.hs:46': { page: 'DL3025', why: 'HEALTHCHECK CMD in shell form is not flagged' },
  }),
);
const documentedKey = (e) => `${e.source.replace(/^.*\//, '')}${e.onbuild ? ' onbuild' : ''}`;

// ---- config --------------------------------------------------------------------------------
// Every DL rule on (three are off by default in Drydock, none in hadolint's specs), ShellCheck off
// (its SC findings are not DL rules), and the example's own hadolint config mapped onto ours.
const allDlRules = Object.fromEntries(DOCKERFILE_RULES.filter((r) => /^DL\d{4}$/.test(r.id)).map((r) => [r.id, r.severity]));
const configs = new Map();
function configFor(example) {
  const key = JSON.stringify(example.config ?? {});
  let config = configs.get(key);
  if (!config) {
    const c = example.config ?? {};
    config = mergeConfig(DEFAULT_CONFIG, {
      rules: allDlRules,
      dockerfile: {
        shellcheck: false,
        ...(c.trustedRegistries ? { trustedRegistries: c.trustedRegistries } : {}),
        ...(c.labelSchema ? { labelSchema: c.labelSchema } : {}),
        ...(c.strictLabels !== undefined ? { strictLabels: c.strictLabels } : {}),
      },
    });
    configs.set(key, config);
  }
  return config;
}

// ---- run -----------------------------------------------------------------------------------
const standsFor = (finding, rule) => finding.ruleId === rule || finding.aliases.includes(rule);
const results = examples.map((e) => {
  const findings = lint({ path: 'Dockerfile', text: e.dockerfile }, configFor(e)).findings.filter((f) => standsFor(f, e.rule));
  const fired = findings.length > 0;
  const agree = fired === (e.verdict === 'catch');
  const documented = !agree ? DOCUMENTED.get(documentedKey(e)) : undefined;
  return { ...e, found: findings.length, agree, documented, countDiffers: e.count !== undefined && e.count !== findings.length };
});

// ---- score ---------------------------------------------------------------------------------
const pct = (n, d) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
const perRule = new Map();
for (const r of results) {
  let row = perRule.get(r.rule);
  if (!row) {
    row = { rule: r.rule, examples: 0, agree: 0, documented: 0, catches: 0, caught: 0, nocatches: 0, silent: 0, mismatches: [] };
    perRule.set(r.rule, row);
  }
  row.examples++;
  if (r.agree) row.agree++;
  else if (r.documented) row.documented++;
  if (r.verdict === 'catch') {
    row.catches++;
    if (r.found > 0) row.caught++;
  } else {
    row.nocatches++;
    if (r.found === 0) row.silent++;
  }
  if (!r.agree) row.mismatches.push(r);
}

const rulesPages = new Map();
const pageHasDifferences = (id) => {
  if (!rulesPages.has(id)) {
    const page = join(repoRoot, 'docs/rules', `${id}.md`);
    rulesPages.set(id, existsSync(page) && /^## Differences from hadolint/m.test(readFileSync(page, 'utf8')));
  }
  return rulesPages.get(id);
};
const undocumentedPages = [...new Set(results.filter((r) => r.documented).map((r) => r.documented.page))].filter(
  (id) => !pageHasDifferences(id),
);

const agreeing = results.filter((r) => r.agree).length;
const documentedCount = results.filter((r) => !r.agree && r.documented).length;
const summary = {
  corpus: join(corpusDir, 'examples.json'),
  examples: results.length,
  rules: perRule.size,
  agree: agreeing,
  agreement: agreeing / (results.length || 1),
  documentedDifferences: documentedCount,
  agreementCountingDocumented: (agreeing + documentedCount) / (results.length || 1),
  undocumentedMismatches: results.length - agreeing - documentedCount,
  catchExamples: results.filter((r) => r.verdict === 'catch').length,
  caught: results.filter((r) => r.verdict === 'catch' && r.found > 0).length,
  nocatchExamples: results.filter((r) => r.verdict === 'nocatch').length,
  keptSilent: results.filter((r) => r.verdict === 'nocatch' && r.found === 0).length,
  // hadolint's onBuild catches and `failsWith N` expect an exact count; informational only.
  countDiffers: results.filter((r) => r.agree && r.countDiffers).length,
};

const short = (text) => JSON.stringify(text.length > 120 ? `${text.slice(0, 117)}...` : text);
const where = (m) => `${m.source.replace(/^.*\//, '')}${m.onbuild ? ' (onbuild)' : ''}`;

if (jsonOut || asJson) {
  const json = JSON.stringify(
    {
      summary,
      rules: [...perRule.values()].map(({ mismatches, ...row }) => ({
        ...row,
        mismatches: mismatches.map((m) => ({
          source: m.source,
          onbuild: Boolean(m.onbuild),
          verdict: m.verdict,
          found: m.found,
          dockerfile: m.dockerfile,
          ...(m.config ? { config: m.config } : {}),
          ...(m.documented ? { documented: m.documented } : {}),
        })),
      })),
    },
    null,
    1,
  );
  if (jsonOut) writeFileSync(jsonOut, json + '\n');
  if (asJson) {
    console.log(json);
    process.exit(0);
  }
}

console.log(
  `hadolint examples: ${summary.examples} examples over ${summary.rules} rules (${summary.catchExamples} catch, ${summary.nocatchExamples} no-catch)`,
);
console.log(`  agreement (rule fires == hadolint catches): ${pct(agreeing, results.length)} (${agreeing}/${results.length})`);
console.log(
  `  + documented differences:                   ${pct(agreeing + documentedCount, results.length)} (${documentedCount} documented)`,
);
console.log(`  catches caught:     ${pct(summary.caught, summary.catchExamples)} (${summary.caught}/${summary.catchExamples})`);
console.log(`  no-catches silent:  ${pct(summary.keptSilent, summary.nocatchExamples)} (${summary.keptSilent}/${summary.nocatchExamples})`);
if (summary.countDiffers)
  console.log(`  (agreeing examples where hadolint expects an exact count and Drydock's differs: ${summary.countDiffers})`);
for (const id of undocumentedPages) console.log(`  ! docs/rules/${id}.md has no "Differences from hadolint" section`);
if (quiet) process.exit(undocumentedPages.length ? 1 : 0);

console.log('\nPer rule (only rules with a mismatch): agree/examples, catches caught, no-catches silent');
for (const row of [...perRule.values()].sort((a, b) => a.rule.localeCompare(b.rule))) {
  if (row.agree === row.examples) continue;
  console.log(
    `  ${row.rule}: ${row.agree}/${row.examples}; caught ${row.caught}/${row.catches}; silent ${row.silent}/${row.nocatches}${row.documented ? `; ${row.documented} documented` : ''}`,
  );
  for (const m of row.mismatches) {
    const what = m.verdict === 'catch' ? 'missed' : `flagged (${m.found})`;
    const note = m.documented ? `  [documented: ${m.documented.page}: ${m.documented.why}]` : '';
    console.log(`    ${what} ${where(m)}${m.config ? ` ${JSON.stringify(m.config)}` : ''}: ${short(m.dockerfile)}${note}`);
  }
}
process.exit(undocumentedPages.length ? 1 : 0);
