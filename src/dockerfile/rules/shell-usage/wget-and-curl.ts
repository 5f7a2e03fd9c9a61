/**
 * DL4001: a stage that uses both `wget` and `curl`. Two download tools do the same job, and
 * each one installed for it is another package to patch; pick one. As in hadolint, the tools are
 * tracked per stage, and every RUN that calls one of them once both have been seen is reported
 * (the first RUN of the pair is not). RUNs wrapped in ONBUILD run in a later build, so they are
 * tracked on their own, per stage.
 */
import type { Instruction } from '../../model';
import { defineDockerfileRule, type DockerfileRuleContext } from '../../rule';
import type { ShellWord } from '../../shell';
import { namedCommands, wordRange } from './commands';

type Tool = 'curl' | 'wget';

class Tracker {
  readonly first = new Map<Tool, ShellWord>();

  check(run: Instruction, ctx: DockerfileRuleContext): void {
    const here = namedCommands(run, ctx)
      .map((c) => c.name)
      .filter((w): w is ShellWord & { value: Tool } => w.value === 'curl' || w.value === 'wget');
    const used = here[0];
    if (!used) return;
    for (const w of here) if (!this.first.has(w.value)) this.first.set(w.value, w);
    const curl = this.first.get('curl');
    const wget = this.first.get('wget');
    if (!curl || !wget) return;
    const other = used.value === 'curl' ? wget : curl;
    const otherTool = other.value;
    const otherRange = wordRange(ctx, other);
    const sameRun = here.some((w) => w.value === otherTool);
    ctx.report({
      range: wordRange(ctx, used),
      message: `This stage uses both wget and curl (${otherTool} ${sameRun ? 'in this RUN too' : `on line ${otherRange.start.line + 1}`}): use one download tool.`,
      related: [{ message: `${otherTool} is used here`, range: otherRange }],
    });
  }
}

export const wgetAndCurl = defineDockerfileRule({
  id: 'DL4001',
  name: 'wget-and-curl',
  aliases: ['DS-0014', 'DS014'],
  severity: 'warning',
  confidence: 'high',
  summary: 'A stage uses both wget and curl.',
  fix: 'none',
  onStage(stage, ctx) {
    const direct = new Tracker();
    const onbuild = new Tracker();
    for (const inst of stage.instructions) {
      if (inst.keyword === 'RUN') direct.check(inst, ctx);
      else if (inst.onbuild?.keyword === 'RUN') onbuild.check(inst.onbuild, ctx);
    }
  },
});
