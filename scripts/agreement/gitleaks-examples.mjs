// Agreement harness for secrets: runs Drydock's engine over gitleaks' own per-rule examples (the
// true positives each rule must catch and the false positives it must leave alone) and reports
// recall and false-positive rate. See docs/agreement.md, "gitleaks examples".
//
// Usage: node scripts/agreement/gitleaks-examples.mjs [--corpus DIR] [--json] [--json-out FILE]
//                                                      [--rule ID] [--all] [--quiet] [--no-build]
//
// The corpus is `<DIR>/examples.json` (default DIR: /work/agreement-corpus/gitleaks), built
// outside this repository by that folder's gen.mjs. Each example is linted on its own, in memory,
// as a file named `example.txt` or by the path gitleaks' rule gives it (nuget.config, *.tf, …).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { cliOptions, loadEngine, readCorpus, repoRoot } from './common.mjs';

// ---- options -------------------------------------------------------------------------------
const { flag, option } = cliOptions(import.meta.filename);
const corpusDir = resolve(option('--corpus', '/work/agreement-corpus/gitleaks'));
const onlyRule = option('--rule', undefined);
const includeUnregistered = flag('--all');
const asJson = flag('--json');
const jsonOut = option('--json-out', undefined);
const quiet = flag('--quiet');

// ---- the engine ----------------------------------------------------------------------------
// One small bundle of the pure engine (no CLI, no process per example): 6,000 examples lint in
// a few seconds this way.
const { lint, DEFAULT_CONFIG } = await loadEngine(
  'gitleaks-examples',
  ["export { lint } from './src/engine/lint';", "export { DEFAULT_CONFIG } from './src/engine/config';"],
  !flag('--no-build'),
);

// ---- the corpus ----------------------------------------------------------------------------
const all = readCorpus(corpusDir);
const examples = all.filter((e) => (includeUnregistered || e.registered) && (!onlyRule || e.rule === onlyRule));

// ---- deliberate differences ------------------------------------------------------------------
// gitleaks' examples that Drydock leaves alone on purpose, each documented on its family page
// (docs/rules/secrets-<family>.md, "Deliberate differences from gitleaks"). They still count in
// the headline numbers; the "outside deliberate differences" lines leave them out.
/** A base64-encoded JWT whose header says `alg: none` or does not parse (gitleaks' `{"svt":}`). */
function unsignedOrBrokenHeader(text) {
  const encoded = /ZXlK[A-Za-z0-9+/_-]+/.exec(text)?.[0] ?? '';
  const header = Buffer.from(Buffer.from(encoded, 'base64').toString('latin1').split('.')[0] ?? '', 'base64url').toString('latin1');
  try {
    return JSON.parse(header).alg === 'none';
  } catch {
    return true;
  }
}
const PLACEHOLDER_UUID = /12345678-ABCD-ABCD-ABCD-1234567890AB|12345678ABCDEFH1234567890ABCDEFH12345678/;
const DELIBERATE = [
  { rule: 'jwt-base64', why: 'alg "none", or a header that is not JSON', test: (e) => unsignedOrBrokenHeader(e.text) },
  { rule: 'jwt', why: 'not a JWT once decoded (random ey… segments), or alg "none"', test: (e) => !/eyJhbGciOiJ(?!ub25l)/.test(e.text) },
  { rule: 'age-secret-key', why: 'AGE-SECRET-KEY-1QQQ…: fails the bech32 checksum', test: () => true },
  { rule: '*', why: 'the placeholder 12345678-ABCD-…-1234567890AB', test: (e) => PLACEHOLDER_UUID.test(e.text) },
  { rule: 'mapbox-api-token', why: 'not pk.eyJ… (base64 JSON naming the account) like real tokens', test: () => true },
  { rule: 'sendgrid-api-token', why: 'not SG.<22>.<43> like real keys', test: () => true },
  { rule: 'slack-legacy-workspace-token', why: 'low-entropy sample (511111111-31111111111-…)', test: (e) => /511111111/.test(e.text) },
  { rule: 'slack-webhook-url', why: 'not /services/T…/B…/<secret> like real webhook URLs', test: (e) => !/\/T[A-Z0-9]{6,}\//.test(e.text) },
  { rule: '1password-service-account-token', why: 'not base64 JSON like real tokens', test: (e) => /1password_api_token/.test(e.text) },
  {
    rule: 'kubernetes-secret-yaml',
    why: 'decodes to a sample (example host), a default (admin:password), filler (mypassword) or a CA certificate (public)',
    test: (e) =>
      /eyJhdXRocyI6eyJodHRwczovL2V4YW1wbGU|YWRtaW46cGFzc3dvcmQ|bXlwYXNzd29yZA|ca\.pem: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0/.test(e.text),
  },
  { rule: 'pkcs12-file', why: 'binary files are skipped: Drydock lints text', test: () => true },
];
const deliberate = (e) => e.kind === 'tp' && DELIBERATE.some((d) => (d.rule === '*' || d.rule === e.rule) && d.test(e));

// ---- run -----------------------------------------------------------------------------------
/**
 * Drydock detectors that split one gitleaks rule in two (their docs rows say so): a finding of
 * either stands for the gitleaks rule, though only one of them can carry its id.
 */
const SPLIT = {
  'stripe-access-token': ['stripe-test-key'],
  jwt: ['jwt-low-confidence'],
  'jwt-base64': ['jwt-low-confidence'],
  'curl-auth-header': ['curl-header-credential'],
};

/** A finding stands for a gitleaks rule when its id or one of its aliases is that rule's id. */
const standsFor = (finding, rule) =>
  finding.ruleId === rule || finding.aliases.includes(rule) || (SPLIT[rule] ?? []).includes(finding.ruleId);

const results = examples.map((e) => {
  const findings = lint({ path: e.path, text: e.text }, DEFAULT_CONFIG).findings.filter((f) => f.category === 'secret');
  return {
    ...e,
    ids: [...new Set(findings.map((f) => f.ruleId))],
    any: findings.length > 0,
    deliberate: deliberate(e),
    same: findings.some((f) => standsFor(f, e.rule)),
  };
});

// ---- score ---------------------------------------------------------------------------------
const tps = results.filter((r) => r.kind === 'tp');
const fps = results.filter((r) => r.kind === 'fp');
// An fp that is another gitleaks rule's true positive (gitleaks checks each rule's fps with that
// rule alone) counts only against the same-id number.
const plainFps = fps.filter((r) => !r.cross);
const pct = (n, d) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

const perRule = new Map();
for (const r of results) {
  let row = perRule.get(r.rule);
  if (!row) {
    row = {
      rule: r.rule,
      tps: 0,
      deliberate: 0,
      caughtSame: 0,
      caughtAny: 0,
      fps: 0,
      flaggedAny: 0,
      flaggedSame: 0,
      misses: [],
      falseHits: [],
    };
    perRule.set(r.rule, row);
  }
  if (r.kind === 'tp') {
    row.tps++;
    if (r.deliberate) row.deliberate++;
    if (r.same) row.caughtSame++;
    if (r.any) row.caughtAny++;
    if (!r.same) row.misses.push(r);
  } else {
    row.fps++;
    if (r.any && !r.cross) {
      row.flaggedAny++;
      row.falseHits.push(r);
    }
    if (r.same) row.flaggedSame++;
  }
}

const summary = {
  corpus: join(corpusDir, 'examples.json'),
  rules: perRule.size,
  truePositives: tps.length,
  falsePositives: fps.length,
  crossRuleFalsePositives: fps.length - plainFps.length,
  recallSameRule: tps.filter((r) => r.same).length / (tps.length || 1),
  recallAnySecret: tps.filter((r) => r.any).length / (tps.length || 1),
  falsePositiveRateAny: plainFps.filter((r) => r.any).length / (plainFps.length || 1),
  falsePositiveRateSameRule: fps.filter((r) => r.same).length / (fps.length || 1),
  deliberateTruePositives: tps.filter((r) => r.deliberate).length,
  recallSameRuleOutsideDeliberate: tps.filter((r) => !r.deliberate && r.same).length / (tps.filter((r) => !r.deliberate).length || 1),
  recallAnySecretOutsideDeliberate: tps.filter((r) => !r.deliberate && r.any).length / (tps.filter((r) => !r.deliberate).length || 1),
  rulesWithoutDrydockId: [...perRule.values()].filter((row) => row.caughtSame === 0 && row.tps > 0).map((row) => row.rule),
};

const short = (text) => JSON.stringify(text.length > 110 ? `${text.slice(0, 107)}...` : text);

if (jsonOut || asJson) {
  const json = JSON.stringify(
    {
      summary,
      rules: [...perRule.values()].map(({ misses, falseHits, ...row }) => ({
        ...row,
        misses: misses.map((m) => ({ n: m.n, path: m.path, text: m.text, drydock: m.ids })),
        falseHits: falseHits.map((m) => ({ n: m.n, path: m.path, text: m.text, drydock: m.ids })),
      })),
    },
    null,
    1,
  );
  if (jsonOut) writeFileSync(jsonOut, json + '\n');
  // process.exit() could cut a piped stdout short: the text report below is skipped instead.
  if (asJson) process.stdout.write(json + '\n');
}
if (!asJson) printReport();

function printReport() {
  console.log(
    `gitleaks examples: ${summary.rules} rules, ${tps.length} true positives, ${fps.length} false positives (${summary.crossRuleFalsePositives} of them another rule's true positive)`,
  );
  console.log(`  recall, a finding of the same rule (id or alias): ${pct(tps.filter((r) => r.same).length, tps.length)}`);
  console.log(`  recall, any secret finding:                       ${pct(tps.filter((r) => r.any).length, tps.length)}`);
  const outside = tps.filter((r) => !r.deliberate);
  console.log(`  outside deliberate differences (${tps.length - outside.length} tps left out, see DELIBERATE above):`);
  console.log(
    `    recall, same rule: ${pct(outside.filter((r) => r.same).length, outside.length)}; any secret finding: ${pct(outside.filter((r) => r.any).length, outside.length)}`,
  );
  console.log(
    `  false positives, any secret finding:              ${pct(plainFps.filter((r) => r.any).length, plainFps.length)} (${plainFps.filter((r) => r.any).length}/${plainFps.length})`,
  );
  console.log(`  false positives, a finding of the same rule:      ${pct(fps.filter((r) => r.same).length, fps.length)}`);
  if (quiet) return;

  console.log('\nPer rule (only rules with a mismatch): tps caught by same id / by any finding; fps flagged');
  for (const row of [...perRule.values()].sort((a, b) => a.rule.localeCompare(b.rule))) {
    const missedAny = row.tps - row.caughtAny;
    if (row.caughtSame === row.tps && row.flaggedAny === 0 && row.flaggedSame === 0) continue;
    console.log(
      `  ${row.rule}: ${row.caughtSame}/${row.tps} same, ${row.caughtAny}/${row.tps} any; fps flagged ${row.flaggedAny}/${row.fps}`,
    );
    const shown = new Set();
    for (const m of row.misses) {
      const key = `${m.any ? 'other' : 'none'}:${m.ids.join(',')}`;
      if (shown.has(key)) continue;
      shown.add(key);
      console.log(
        `    missed${m.any ? ` (reported as ${m.ids.join(', ')})` : ''}: ${m.path === 'example.txt' ? '' : `[${m.path}] `}${short(m.text)}`,
      );
    }
    if (missedAny > 0 && row.misses.length > shown.size) console.log(`    … ${row.misses.length} misses in all`);
    for (const f of row.falseHits)
      console.log(`    flagged fp (${f.ids.join(', ')}): ${f.path === 'example.txt' ? '' : `[${f.path}] `}${short(f.text)}`);
  }
}
