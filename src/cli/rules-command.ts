/** `drydock rules`: the rule catalogue, for humans (text) and for tools and docs (json). */
import { allRules } from '../engine/registry';
import { docsUrl, type RuleMeta } from '../engine/rule';
import { flag, parseArgs, stringOption } from './args';
import { quote, UsageError } from './errors';
import { RULES_HELP } from './help';
import type { Io } from './io';

export interface RuleListing {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly category: string;
  readonly severity: string;
  readonly confidence: string;
  readonly summary: string;
  readonly fixable: boolean;
  readonly fix: string;
  readonly enabledByDefault: boolean;
  readonly docsUrl: string;
}

function listing(rule: RuleMeta): RuleListing {
  return {
    id: rule.id,
    name: rule.name,
    aliases: rule.aliases,
    category: rule.category,
    severity: rule.severity,
    confidence: rule.confidence,
    summary: rule.summary,
    fixable: rule.fix !== 'none',
    fix: rule.fix,
    enabledByDefault: rule.enabledByDefault !== false,
    docsUrl: docsUrl(rule.id, rule.docsPage),
  };
}

function formatText(rules: readonly RuleListing[]): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.flatMap((r) => {
    const flags = [r.category, r.severity, `${r.confidence} confidence`, r.fixable ? `${r.fix} fix` : 'no fix'];
    if (!r.enabledByDefault) flags.push('off by default');
    const aliases = r.aliases.length > 0 ? ` (aliases: ${r.aliases.join(', ')})` : '';
    return [
      `${r.id.padEnd(idWidth)}  ${r.summary}`,
      `${' '.repeat(idWidth)}  ${flags.join(', ')}${aliases}`,
      `${' '.repeat(idWidth)}  ${r.docsUrl}`,
    ];
  });
  return `${lines.join('\n')}\n`;
}

export function runRules(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, {
    format: { kind: 'string', choices: ['text', 'json'] },
    help: { kind: 'boolean', short: 'h' },
  });
  if (flag(args, 'help')) {
    io.out(RULES_HELP);
    return 0;
  }
  const extra = args.positionals[0];
  if (extra !== undefined) throw new UsageError(`unexpected argument ${quote(extra)} for "drydock rules"`);
  const rules = allRules().map(listing);
  io.out(stringOption(args, 'format') === 'json' ? `${JSON.stringify({ version: 1, rules }, null, 2)}\n` : formatText(rules));
  return 0;
}
