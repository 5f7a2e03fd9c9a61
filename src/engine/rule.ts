/** Rule metadata shared by every domain, and the docs URL derived from a rule's id. */
import type { Applicability, Category, Confidence, Severity } from './types';

export const DOCS_BASE_URL = 'https://github.com/drydock-dev/drydock/blob/main/docs/rules/';

/** A rule's page: `docs/rules/<id>.md`, or a shared page with an anchor (secret detector families). */
export function docsUrl(ruleId: string, docsPage?: string): string {
  return docsPage === undefined
    ? `${DOCS_BASE_URL}${encodeURIComponent(ruleId)}.md`
    : `${DOCS_BASE_URL}${docsPage}.md#${encodeURIComponent(ruleId.toLowerCase())}`;
}

export interface RuleMeta {
  /** What users type in ignores and config; a peer's id where the peer's id is what users know. */
  readonly id: string;
  /** A kebab-case slug; also the rule's file name. */
  readonly name: string;
  /** The same check's ids in other tools (hadolint, BuildKit, Trivy, Checkov, zizmor, gitleaks…). */
  readonly aliases: readonly string[];
  readonly category: Category;
  readonly severity: Severity;
  readonly confidence: Confidence;
  /** One line: what the rule flags. */
  readonly summary: string;
  /** The best fix the rule can offer, or `none`. */
  readonly fix: Applicability | 'none';
  /** True when the fix needs the network (resolving a tag, a digest). */
  readonly needsNetwork?: boolean;
  /** A shared docs page (without `.md`) when the rule has none of its own. */
  readonly docsPage?: string;
  /** False for rules that are opt-in. */
  readonly enabledByDefault?: boolean;
}
