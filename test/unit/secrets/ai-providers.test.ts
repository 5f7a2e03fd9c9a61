import { strict as assert } from 'node:assert';
import { AI_PROVIDERS_DETECTORS } from '../../../src/secrets/detectors/ai-providers';
import { OBSERVABILITY_DETECTORS } from '../../../src/secrets/detectors/observability';
import { ids as allIds, lintText, randomBase62 } from '../support';
import { randomLetters } from './samples/ai-providers';

/** Findings of these two families only: other families' detectors may also match a test line. */
const OURS = new Set([...AI_PROVIDERS_DETECTORS, ...OBSERVABILITY_DETECTORS].map((d) => d.id));
const ids = (findings: Parameters<typeof allIds>[0]): string[] => allIds(findings).filter((id) => OURS.has(id));

describe('ai-providers secrets', () => {
  it('tells OpenAI, OpenRouter and DeepSeek sk- keys apart', () => {
    const openai = `sk-${randomBase62(20, 1)}T3BlbkFJ${randomBase62(20, 2)}`;
    const openrouter = `sk-or-v1-${Buffer.from(randomBase62(32, 3)).toString('hex')}`;
    const deepseek = `sk-${Buffer.from(randomBase62(16, 4)).toString('hex')}`;
    const text = `OPENAI=${openai}\nROUTER=${openrouter}\nDEEPSEEK_API_KEY=${deepseek}\n`;
    assert.deepEqual(ids(lintText('app.env', text)), ['openai-api-key', 'openrouter-api-key', 'deepseek-api-key']);
  });

  it('ignores hf_ identifiers that are not random mixed-case letters', () => {
    assert.deepEqual(ids(lintText('a.c', 'int x = hf_generatedbyhomeappfordebuggingpurposes;\n')), []);
    assert.deepEqual(ids(lintText('a.c', 'x = hf_GeneratedByHomeAppForDebuggingPurpo;\n')), []);
    assert.deepEqual(ids(lintText('a.env', `HF=hf_${randomLetters(34, 5)}\n`)), ['huggingface-access-token']);
  });

  it('does not report a key that is one character too long', () => {
    assert.deepEqual(
      ids(lintText('a.env', `GROQ_KEY=gsk_${randomBase62(53, 6)}\n`)).filter((id) => id === 'groq-api-key'),
      [],
    );
    assert.deepEqual(
      ids(lintText('a.env', `XAI=xai-${randomBase62(81, 7)}\n`)).filter((id) => id === 'xai-api-key'),
      [],
    );
  });

  it('finds a W&B key passed to wandb login but not a commit SHA', () => {
    const key = Buffer.from(randomBase62(20, 8)).toString('hex');
    assert.deepEqual(ids(lintText('setup.sh', `wandb login --relogin ${key}\n`)), ['wandb-api-key']);
    assert.deepEqual(ids(lintText('setup.sh', `git checkout ${key}\n`)), []);
  });
});
