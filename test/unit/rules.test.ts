/**
 * The gate every rule passes (as ESLint's and ruff's builds do): a docs page with a facts table,
 * documented examples that behave as documented, a fixture that fires and one that stays silent
 * (for secret detectors: generated samples in secrets/samples.ts), and unique ids.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfigFile, type ConfigProblem, type PartialConfig } from '../../src/engine/config';
import { allRules, SECRET_RULES } from '../../src/engine/registry';
import { docsUrl } from '../../src/engine/rule';
import { applyEdits } from '../../src/engine/text';
import type { Category, ImagePlatforms, LintDocument } from '../../src/engine/types';
import { lintText, ROOT } from './support';
import { SECRET_SAMPLES } from './secrets/samples';

const FIXTURES = join(ROOT, 'test/fixtures/rules');

/** A path that classifies a fixture or docs example as its rule's domain. */
function pathFor(category: Category, name: string): string {
  if (category === 'dockerfile') return `${name}.Dockerfile`;
  if (category === 'workflow') {
    if (name.endsWith('.action.yml')) return 'action.yml';
    if (name.endsWith('.dependabot.yml')) return '.github/dependabot.yml';
    return `.github/workflows/${name}`;
  }
  return name;
}

/** A workflow rule's docs example that starts with `# action.yml` or `# dependabot.yml` is that file. */
function workflowExampleSuffix(code: string): string {
  if (code.startsWith('# action.yml')) return '.action.yml';
  if (code.startsWith('# dependabot.yml')) return '.dependabot.yml';
  return '.yml';
}

/**
 * Settings a rule needs to fire (a label schema, trusted registries): `config.yaml` in a fixture
 * folder, or a ```yaml config block on a docs page, in `.drydock.yaml` format.
 */
function readConfig(text: string | undefined, source: string): PartialConfig {
  if (text === undefined) return {};
  const problems: ConfigProblem[] = [];
  const config = parseConfigFile(text, source, problems);
  assert.deepEqual(problems, [], `${source} has config problems`);
  return config;
}

/**
 * Other files a rule reads (CopyIgnoredFile reads the `.dockerignore` next to the Dockerfile): a
 * `dockerignore` file in a fixture folder, or a ```text dockerignore block on a docs page, is served
 * as the `.dockerignore` of the linted file's folder. Without one, rules get no file reader.
 */
function repoFiles(
  dockerignore: string | undefined,
  path: string,
  images?: string,
): Pick<LintDocument, 'readRepoFile' | 'repoPath' | 'imageMetadata'> {
  // Registry metadata (InvalidBaseImagePlatform): an `images.json` fixture or a ```json images block,
  // mapping each FROM reference to what a registry would say about it.
  const metadata = images === undefined ? undefined : (JSON.parse(images) as Record<string, ImagePlatforms>);
  const withImages = metadata ? { imageMetadata: (ref: string) => metadata[ref] } : {};
  if (dockerignore === undefined) return withImages;
  return { repoPath: path, readRepoFile: (relativePath) => (relativePath === '.dockerignore' ? dockerignore : undefined), ...withImages };
}

interface DocExample {
  readonly lang: string;
  readonly verdict: 'bad' | 'good';
  readonly code: string;
}

function docExamples(markdown: string): DocExample[] {
  const out: DocExample[] = [];
  const fence = /^```(\w+) (bad|good)\n([\s\S]*?)^```$/gm;
  for (const m of markdown.matchAll(fence)) out.push({ lang: m[1] ?? '', verdict: m[2] === 'bad' ? 'bad' : 'good', code: m[3] ?? '' });
  return out;
}

/**
 * `# want: id[, id]` marks the next line; `id@+N` marks the line N lines below it (for findings
 * inside a RUN's continuation lines or heredoc body, where a comment line cannot go).
 * Returns `line:id` strings.
 */
function wantedFindings(text: string, ruleId: string): string[] {
  const lines = text.split('\n');
  const wanted: string[] = [];
  lines.forEach((line, i) => {
    const m = /#\s*want:\s*(.+)$/.exec(line);
    if (!m) return;
    let target = i + 1;
    while (/#\s*want:/.test(lines[target] ?? '')) target++;
    for (const entry of (m[1] ?? '').split(/[\s,]+/)) {
      const [id, shift] = entry.split('@+');
      if (id === ruleId) wanted.push(`${target + Number(shift ?? 0)}:${id}`);
    }
  });
  return wanted.sort();
}

describe('rule registry', () => {
  it("has unique ids, and no alias that is another rule's id", () => {
    const seen = new Set<string>();
    for (const rule of allRules()) {
      assert.ok(!seen.has(rule.id.toLowerCase()), `duplicate id ${rule.id}`);
      seen.add(rule.id.toLowerCase());
    }
    for (const rule of allRules())
      for (const alias of rule.aliases)
        assert.ok(alias === rule.id || !seen.has(alias.toLowerCase()), `${rule.id}: alias ${alias} is another rule's id`);
  });

  for (const rule of allRules()) {
    describe(rule.id, () => {
      const page = join(ROOT, 'docs/rules', `${rule.docsPage ?? rule.id}.md`);

      it('has a docs page with a facts table, and a docs URL derived from its id', () => {
        assert.ok(existsSync(page), `missing docs/rules/${rule.docsPage ?? rule.id}.md`);
        const markdown = readFileSync(page, 'utf8');
        const id = rule.id.replace(/[-]/g, '\\-');
        if (rule.docsPage === undefined) {
          assert.match(markdown, new RegExp(`^# ${id}: `), 'the page starts with "# <id>: <title>"');
          assert.match(markdown, /\| Default severity \| /);
          assert.ok(docsUrl(rule.id).endsWith(`/docs/rules/${rule.id}.md`));
        } else {
          // A family page: a section per rule (the URL's anchor) and a row in the family's table.
          assert.match(markdown, new RegExp(`^## ${id}$`, 'm'), `the family page needs a "## ${rule.id}" section`);
          assert.match(markdown, new RegExp(`^\\| \`${id}\` \\|`, 'm'), `the family page's table needs a row for ${rule.id}`);
          assert.ok(docsUrl(rule.id, rule.docsPage).endsWith(`/docs/rules/${rule.docsPage}.md#${rule.id.toLowerCase()}`));
        }
      });

      it('behaves as its documented examples say', () => {
        const markdown = readFileSync(page, 'utf8');
        const examples = docExamples(markdown);
        const config = readConfig(/^```yaml config\n([\s\S]*?)^```$/m.exec(markdown)?.[1], page);
        if (rule.category !== 'secret')
          assert.ok(
            examples.some((e) => e.verdict === 'bad'),
            'the page needs at least one `bad` example',
          );
        assert.ok(
          examples.some((e) => e.verdict === 'good'),
          'the page needs at least one `good` example',
        );
        const dockerignore = /^```\w+ dockerignore\n([\s\S]*?)^```$/m.exec(markdown)?.[1];
        const images = /^```json images\n([\s\S]*?)^```$/m.exec(markdown)?.[1];
        examples.forEach((example, i) => {
          // A workflow rule's example that starts with `# action.yml` is linted as an action's metadata.
          const path = pathFor(
            rule.category,
            `docs-example-${i}${rule.category === 'workflow' ? workflowExampleSuffix(example.code) : ''}`,
          );
          const found = lintText(path, example.code, config, repoFiles(dockerignore, path, images)).filter((f) => f.ruleId === rule.id);
          if (example.verdict === 'bad') assert.ok(found.length > 0, `bad example ${i} does not fire:\n${example.code}`);
          else
            assert.deepEqual(
              found.map((f) => f.message),
              [],
              `good example ${i} fires:\n${example.code}`,
            );
        });
      });

      if (rule.category === 'secret') {
        it('has generated samples that fire and placeholders that stay silent', () => {
          const samples = SECRET_SAMPLES[rule.id];
          assert.ok(samples, `no samples for ${rule.id} in test/unit/secrets/samples.ts`);
          const positives = samples.positives();
          assert.ok(positives.length >= 3 && samples.negatives.length >= 3);
          for (const text of positives)
            assert.equal(lintText('notes.txt', text).filter((f) => f.ruleId === rule.id).length, 1, `does not fire on a generated sample`);
          for (const text of samples.negatives)
            assert.deepEqual(
              lintText('notes.txt', text).filter((f) => f.ruleId === rule.id),
              [],
              `fires on ${text}`,
            );
        });
        return;
      }

      it('fires where its fixtures say, stays silent elsewhere, and fixes as the golden files say', () => {
        const dir = join(FIXTURES, rule.id);
        assert.ok(existsSync(dir), `missing test/fixtures/rules/${rule.id}/`);
        const configPath = join(dir, 'config.yaml');
        const config = readConfig(existsSync(configPath) ? readFileSync(configPath, 'utf8') : undefined, configPath);
        const ignorePath = join(dir, 'dockerignore');
        const dockerignore = existsSync(ignorePath) ? readFileSync(ignorePath, 'utf8') : undefined;
        const imagesPath = join(dir, 'images.json');
        const images = existsSync(imagesPath) ? readFileSync(imagesPath, 'utf8') : undefined;
        const files = readdirSync(dir).filter((f) => !f.endsWith('.fixed') && !['config.yaml', 'dockerignore', 'images.json'].includes(f));
        let fired = false;
        let silent = false;
        for (const file of files) {
          const text = readFileSync(join(dir, file), 'utf8');
          const path = pathFor(rule.category, file);
          const findings = lintText(path, text, config, repoFiles(dockerignore, path, images)).filter((f) => f.ruleId === rule.id);
          const got = findings.map((f) => `${f.range.start.line}:${f.ruleId}`).sort();
          const want = wantedFindings(text, rule.id);
          assert.deepEqual(got, want, `${file}: findings differ from its "# want:" markers`);
          if (want.length > 0) fired = true;
          else silent = true;
          const golden = join(dir, `${file}.fixed`);
          if (existsSync(golden)) {
            const edits = findings.flatMap((f) => f.fixes[0]?.edits ?? []);
            assert.equal(applyEdits(text, edits).text, readFileSync(golden, 'utf8'), `${file}: fixed text differs from ${file}.fixed`);
          }
        }
        assert.ok(fired, 'no fixture fires');
        assert.ok(silent, 'no fixture stays silent');
        if (rule.fix !== 'none')
          assert.ok(
            files.some((f) => existsSync(join(dir, `${f}.fixed`))),
            'a fixable rule needs a .fixed golden file',
          );
      });
    });
  }

  it('every secret detector is listed in the samples table', () => {
    assert.deepEqual(Object.keys(SECRET_SAMPLES).sort(), SECRET_RULES.map((r) => r.id).sort());
  });
});
