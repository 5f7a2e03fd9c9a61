/**
 * docs/rules/README.md: the table of every rule, generated from the registry so it cannot drift.
 * `npm run docs:rules` writes it; a unit test fails when the committed file differs.
 */
import { allRules } from '../src/engine/registry';
import type { RuleMeta } from '../src/engine/rule';

const GROUPS: readonly { title: string; match: (r: RuleMeta) => boolean }[] = [
  { title: 'Dockerfile: hadolint rules', match: (r) => r.category === 'dockerfile' && /^DL\d{4}$/.test(r.id) },
  { title: 'Dockerfile: BuildKit build checks', match: (r) => r.category === 'dockerfile' && /^[A-Z][a-z]+[A-Z]/.test(r.id) },
  {
    title: 'Dockerfile: security and syntax',
    match: (r) => r.category === 'dockerfile' && !/^DL\d{4}$/.test(r.id) && !/^[A-Z][a-z]+[A-Z]/.test(r.id),
  },
  { title: 'Workflows and action.yml', match: (r) => r.category === 'workflow' },
  { title: 'Secrets', match: (r) => r.category === 'secret' },
];

function link(rule: RuleMeta): string {
  return rule.docsPage === undefined ? `${rule.id}.md` : `${rule.docsPage}.md#${rule.id.toLowerCase()}`;
}

export function rulesIndex(): string {
  const lines = [
    '# Rules',
    '',
    `Drydock has ${allRules().length} rules. This page is generated from the registry (\`npm run docs:rules\`).`,
    'Severity is the default; `off` means the rule runs only when a setting or `.drydock.yaml` turns it on.',
    '',
  ];
  for (const group of GROUPS) {
    const rules = allRules()
      .filter(group.match)
      .sort((a, b) => a.id.localeCompare(b.id, 'en'));
    if (rules.length === 0) continue;
    lines.push(`## ${group.title} (${rules.length})`, '', '| id | summary | severity | fix | aliases |', '|---|---|---|---|---|');
    for (const rule of rules) {
      const severity = rule.enabledByDefault === false ? `off (${rule.severity})` : rule.severity;
      const aliases = rule.aliases.length ? rule.aliases.map((a) => `\`${a}\``).join(', ') : '';
      lines.push(
        `| [${rule.id}](${link(rule)}) | ${rule.summary.replace(/\|/g, '\\|')} | ${severity} | ${rule.fix === 'none' ? '' : rule.fix} | ${aliases} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
