import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateDrydock, codeOf, docsLinkOf, lineOf, openWorkspaceFile, rangeOf, single, waitForDiagnostics, withCode } from '../helpers';

/**
 * A workflow with problems of several kinds (test/fixtures/workspace/.github/workflows/integration.yml):
 * an injectable `${{ github.event.issue.title }}` in a `run:`, a `needs:` naming a job that does not
 * exist, an `if:` calling an undefined function, unpinned actions, and a local action called with an
 * input it does not have. Its `.github/zizmor.yml` ignores one line, so the peer's config is read
 * through the client too. `.github/dependabot.yml` has an update without a cooldown.
 */
suite('Drydock workflows', () => {
  suiteSetup(activateDrydock);

  test('unpinned-uses on the ref, except on the line zizmor.yml ignores', async () => {
    const document = await openWorkspaceFile('.github/workflows/integration.yml');
    const ds = await waitForDiagnostics(document.uri, withCode('unpinned-uses'));
    const unpinned = ds.filter((d) => codeOf(d) === 'unpinned-uses');
    assert.deepStrictEqual(
      unpinned.map((d) => d.range.start.line),
      [lineOf(document, 'actions/checkout@v4')],
      'setup-node (line 15) is ignored by .github/zizmor.yml',
    );
    assert.strictEqual(document.getText(unpinned[0]?.range), 'v4');
    assert.ok(
      ds.every((d) => codeOf(d) !== 'workflow-syntax'),
      'the file is valid YAML',
    );
  });

  test('a rule reads the local action the workflow calls, through the client', async () => {
    const document = await openWorkspaceFile('.github/workflows/integration.yml');
    const ds = await waitForDiagnostics(document.uri, withCode('action'));
    const finding = ds.find((d) => codeOf(d) === 'action');
    assert.strictEqual(finding?.range.start.line, lineOf(document, 'nmae: typo'));
  });

  test('template-injection underlines the attacker-controlled context inside ${{ }}', async () => {
    const document = await openWorkspaceFile('.github/workflows/integration.yml');
    const ds = await waitForDiagnostics(document.uri, withCode('template-injection'));
    const finding = single(ds, 'template-injection');
    assert.deepStrictEqual(finding.range, rangeOf(document, 'github.event.issue.title'));
    assert.strictEqual(document.lineAt(finding.range.start.line).text, '      - run: echo "${{ github.event.issue.title }}"');
    assert.strictEqual(finding.severity, vscode.DiagnosticSeverity.Error);
    assert.match(finding.message, /^github\.event\.issue\.title may expand into attacker-controllable code/);
    assert.match(docsLinkOf(finding), /docs\/rules\/template-injection\.md$/);
  });

  test('job-needs on the missing job, pointing at the jobs that exist', async () => {
    const document = await openWorkspaceFile('.github/workflows/integration.yml');
    const ds = await waitForDiagnostics(document.uri, withCode('job-needs'));
    const finding = single(ds, 'job-needs');
    assert.deepStrictEqual(finding.range, rangeOf(document, 'missing-job'));
    assert.strictEqual(finding.severity, vscode.DiagnosticSeverity.Error);
    assert.match(finding.message, /Job "report" needs "missing-job", which is not a job of this workflow/);
    const related = finding.relatedInformation ?? [];
    assert.strictEqual(related.length, 1, `related: ${JSON.stringify(related.map((r) => r.message))}`);
    const [jobs] = related;
    assert.ok(jobs);
    assert.strictEqual(jobs.message, 'jobs are defined here');
    assert.strictEqual(jobs.location.uri.toString(), document.uri.toString());
    assert.deepStrictEqual(jobs.location.range, new vscode.Range(lineOf(document, 'jobs:'), 0, lineOf(document, 'jobs:'), 4));
  });

  test('expression reports an undefined function on its name, with the likely one', async () => {
    const document = await openWorkspaceFile('.github/workflows/integration.yml');
    const ds = await waitForDiagnostics(document.uri, withCode('expression'));
    const finding = single(ds, 'expression');
    assert.deepStrictEqual(finding.range, rangeOf(document, 'startWith'));
    assert.strictEqual(finding.range.start.line, lineOf(document, "if: ${{ startWith(github.ref, 'refs/tags/') }}"));
    assert.strictEqual(finding.severity, vscode.DiagnosticSeverity.Error);
    assert.match(finding.message, /"startWith".*startsWith\(\)/);
  });

  test('.github/dependabot.yml gets dependabot-cooldown on the package ecosystem', async () => {
    const document = await openWorkspaceFile('.github/dependabot.yml');
    const ds = await waitForDiagnostics(document.uri, withCode('dependabot-cooldown'));
    const finding = single(ds, 'dependabot-cooldown');
    assert.deepStrictEqual(finding.range, rangeOf(document, 'github-actions'));
    assert.strictEqual(finding.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(finding.message, /has no cooldown/);
    assert.match(docsLinkOf(finding), /docs\/rules\/dependabot-cooldown\.md$/);
  });
});
