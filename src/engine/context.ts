/** What a rule sees while it runs: the document and a `report` bound to the rule's metadata. */
import type { LineIndex } from './text';
import type { Confidence, Fix, FindingTag, Range, RelatedLocation, Severity } from './types';

export interface ReportInput {
  readonly range: Range;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
  readonly tags?: readonly FindingTag[];
  /** Overrides the rule's default for this finding (config overrides still win). */
  readonly severity?: Severity;
  readonly confidence?: Confidence;
}

export interface RuleContext {
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
  report(input: ReportInput): void;
}

/**
 * A domain's rule context (Dockerfile, workflow) wraps the engine's: this forwards the shared part,
 * so each domain adds only its own facts. Getters, not copies: the line index stays lazy.
 */
export abstract class ForwardingContext implements RuleContext {
  constructor(protected readonly base: RuleContext) {}
  get path(): string {
    return this.base.path;
  }
  get text(): string {
    return this.base.text;
  }
  get lines(): LineIndex {
    return this.base.lines;
  }
  report(input: ReportInput): void {
    this.base.report(input);
  }
}
