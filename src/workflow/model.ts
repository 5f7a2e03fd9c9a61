/**
 * The workflow / action.yml model the rules walk, built from `yaml`'s Document (which keeps the
 * source offsets of every node, so ranges point at the offending value, not the whole step).
 */
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

export interface ScalarValue {
  readonly value: string;
  /** Offsets of the scalar's content in the text: quotes excluded. */
  readonly start: number;
  readonly end: number;
}

export interface StepModel {
  readonly node: YAMLMap;
  readonly index: number;
  /** The job's id, or undefined for composite action steps. */
  readonly jobId?: string;
  readonly uses?: ScalarValue;
  readonly run?: ScalarValue;
}

export interface JobModel {
  readonly id: string;
  readonly idStart: number;
  readonly idEnd: number;
  readonly node: YAMLMap;
  /** A reusable workflow call (`jobs.<id>.uses`). */
  readonly uses?: ScalarValue;
  readonly steps: readonly StepModel[];
}

export interface WorkflowModel {
  readonly kind: 'workflow' | 'action';
  readonly document: Document;
  readonly root?: YAMLMap;
  readonly jobs: readonly JobModel[];
  /** Composite action steps (`runs.steps`) for action.yml. */
  readonly actionSteps: readonly StepModel[];
}

export function getPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p): p is Pair => isScalar(p.key) && p.key.value === key);
}

export function getNode(map: YAMLMap | undefined, key: string): Node | undefined {
  if (!map) return undefined;
  const v = getPair(map, key)?.value;
  return v === null || v === undefined ? undefined : (v as Node);
}

/** A scalar's text and content offsets; quotes are excluded from the range when present. */
export function scalarValue(node: Node | undefined, text: string): ScalarValue | undefined {
  if (!node || !isScalar(node) || !node.range) return undefined;
  const raw: unknown = node.value;
  const value = typeof raw === 'string' ? raw : typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '';
  let [start, end] = node.range;
  const first = text[start];
  if ((first === '"' || first === "'") && end - start >= 2) {
    start++;
    end--;
  }
  // Block scalars (`run: |`) start at the indicator; keep their range as the whole node.
  return { value, start, end };
}

function stepsOf(seqNode: Node | undefined, text: string, jobId: string | undefined): StepModel[] {
  if (!seqNode || !isSeq(seqNode)) return [];
  const steps: StepModel[] = [];
  seqNode.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const uses = scalarValue(getNode(item, 'uses'), text);
    const run = scalarValue(getNode(item, 'run'), text);
    steps.push({ node: item, index, ...(jobId !== undefined ? { jobId } : {}), ...(uses ? { uses } : {}), ...(run ? { run } : {}) });
  });
  return steps;
}

export function buildModel(document: Document, text: string, kind: 'workflow' | 'action'): WorkflowModel {
  const root = isMap(document.contents) ? document.contents : undefined;
  const jobs: JobModel[] = [];
  let actionSteps: StepModel[] = [];
  if (kind === 'workflow') {
    const jobsNode = getNode(root, 'jobs');
    if (jobsNode && isMap(jobsNode)) {
      for (const pair of jobsNode.items) {
        if (!isScalar(pair.key) || !isMap(pair.value)) continue;
        const id = String(pair.key.value);
        const [idStart, idEnd] = pair.key.range ?? [0, 0];
        const uses = scalarValue(getNode(pair.value, 'uses'), text);
        jobs.push({
          id,
          idStart,
          idEnd,
          node: pair.value,
          ...(uses ? { uses } : {}),
          steps: stepsOf(getNode(pair.value, 'steps'), text, id),
        });
      }
    }
  } else {
    const runs = getNode(root, 'runs');
    if (runs && isMap(runs)) actionSteps = stepsOf(getNode(runs, 'steps'), text, undefined);
  }
  return { kind, document, ...(root ? { root } : {}), jobs, actionSteps };
}
