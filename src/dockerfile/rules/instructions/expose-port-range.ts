/**
 * DL3011: an EXPOSE port outside 0–65535 (`EXPOSE 80000`, `EXPOSE 8000-70000/tcp`). Such a port
 * cannot exist, so the instruction is a typo; depending on the builder it fails the build or is
 * published wrongly. Ports written with variables (`EXPOSE $PORT`) are not checked.
 */
import { unquote } from '../../parse';
import { defineDockerfileRule } from '../../rule';

const MAX_PORT = 65535;

export const exposePortRange = defineDockerfileRule({
  id: 'DL3011',
  name: 'expose-port-range',
  aliases: ['DS-0008', 'DS008'],
  severity: 'error',
  confidence: 'high',
  summary: 'EXPOSE lists a port outside the valid range 0-65535.',
  fix: 'none',
  instructions: ['EXPOSE'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'EXPOSE') return;
    for (const word of instruction.operands) {
      const inner = unquote(word.value);
      const quote = inner === word.value ? 0 : 1;
      const ports = inner.split('/', 1)[0] ?? '';
      const m = /^(\d+)(?:-(\d+))?$/.exec(ports);
      if (!m) continue;
      const low = Number(m[1]);
      const high = m[2] === undefined ? low : Number(m[2]);
      if (low <= MAX_PORT && high <= MAX_PORT) continue;
      const bad = low > MAX_PORT ? (m[1] ?? '') : (m[2] ?? '');
      const offset = low > MAX_PORT ? 0 : ports.length - bad.length;
      // Offsets inside a word are exact unless it is split by a line continuation; clamp to the word.
      const start = Math.min(word.start + quote + offset, word.end);
      const end = Math.min(start + bad.length, word.end);
      ctx.report({
        range: ctx.lines.range(start, end),
        message: `Port ${bad} is out of range: valid UNIX ports are 0-65535.`,
      });
    }
  },
});
