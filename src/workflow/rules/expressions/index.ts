/** actionlint's expression checks: `${{ }}` syntax, types, and where each context is available. */
import type { WorkflowRule } from '../../rule';

export const EXPRESSION_RULES: readonly WorkflowRule[] = [];
