/** actionlint's expression checks: `${{ }}` syntax, types, and where each context is available. */
import type { WorkflowRule } from '../../rule';
import { expression } from './expression';
import { ifCond } from './if-cond';

export const EXPRESSION_RULES: readonly WorkflowRule[] = [expression, ifCond];
