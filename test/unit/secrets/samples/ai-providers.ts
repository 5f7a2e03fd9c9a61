/** Samples for the ai-providers detectors: positives generated at test time, negatives that must stay silent. */
import { randomBase62 } from '../../support';
import type { SecretSamples } from '../samples';

const HEX = '0123456789abcdef';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Deterministic lower-case hex of `length` digits. */
export function randomHex(length: number, seed: number): string {
  return [...randomBase62(length, seed)].map((c) => HEX[c.charCodeAt(0) % 16]).join('');
}

/** Deterministic mixed-case letters. */
export function randomLetters(length: number, seed: number): string {
  return [...randomBase62(length, seed)].map((c, i) => LETTERS[(c.charCodeAt(0) * 7 + i) % 52]).join('');
}

/** Deterministic upper-case alphanumerics. */
export function randomUpper(length: number, seed: number): string {
  return randomBase62(length, seed).toUpperCase();
}

/** Deterministic URL-safe base64 text (letters, digits, `_` and `-`). */
export function randomUrlSafe(length: number, seed: number): string {
  return [...randomBase62(length, seed)].map((c, i) => (i % 11 === 5 ? '_' : i % 13 === 7 ? '-' : c)).join('');
}

const openaiLegacy = (seed: number): string => `sk-${randomBase62(20, seed)}T3BlbkFJ${randomBase62(20, seed + 1)}`;
const openaiProject = (kind: string, half: number, seed: number): string =>
  `sk-${kind}-${randomUrlSafe(half, seed)}T3BlbkFJ${randomUrlSafe(half - 1, seed + 1)}A`;
const anthropic = (kind: string, seed: number): string => `sk-ant-${kind}-${randomUrlSafe(93, seed)}AA`;

export const AI_PROVIDERS_SAMPLES: Readonly<Record<string, SecretSamples>> = {
  'openai-api-key': {
    positives: () => [
      `OPENAI_API_KEY=${openaiLegacy(11)}`,
      `client = OpenAI(api_key="${openaiProject('proj', 74, 12)}")`,
      `  openai_key: '${openaiProject('svcacct', 74, 13)}'`,
      `{"admin_key": "${openaiProject('admin', 58, 14)}"}`,
    ],
    negatives: [
      'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxx',
      'OPENAI_API_KEY=${OPENAI_API_KEY}',
      `key = "sk-${randomBase62(48, 15)}"`,
      `marker = "T3BlbkFJ" # base64 of OpenAI`,
    ],
  },
  'anthropic-api-key': {
    positives: () => [
      `ANTHROPIC_API_KEY=${anthropic('api03', 21)}`,
      `client = anthropic.Anthropic(api_key="${anthropic('api03', 22)}")`,
      `export CLAUDE_KEY='${anthropic('api03', 23)}'`,
    ],
    negatives: [
      'ANTHROPIC_API_KEY=sk-ant-api03-...',
      `ANTHROPIC_API_KEY=sk-ant-api03-${randomUrlSafe(60, 24)}AA`,
      `ANTHROPIC_API_KEY=sk-ant-api03-${randomUrlSafe(93, 25)}BB`,
      'ANTHROPIC_API_KEY=sk-ant-api03-your-key-here',
    ],
  },
  'anthropic-admin-api-key': {
    positives: () => [
      `ANTHROPIC_ADMIN_KEY=${anthropic('admin01', 31)}`,
      `curl -H "x-api-key: ${anthropic('admin01', 32)}" https://api.anthropic.com/v1/organizations/users`,
      `admin_key: "${anthropic('admin01', 33)}"`,
    ],
    negatives: [
      'ANTHROPIC_ADMIN_KEY=sk-ant-admin01-<your admin key>',
      `ANTHROPIC_ADMIN_KEY=sk-ant-admin01-${randomUrlSafe(40, 34)}AA`,
      `ANTHROPIC_ADMIN_KEY=sk-ant-admin02-${randomUrlSafe(93, 35)}AA`,
    ],
  },
  'huggingface-access-token': {
    positives: () => [
      `HF_TOKEN=hf_${randomLetters(34, 41)}`,
      `huggingface-cli login --token hf_${randomLetters(34, 42)}`,
      `model = AutoModel.from_pretrained("org/model", token="hf_${randomLetters(34, 43)}")`,
      `-H "Authorization: Bearer hf_${randomLetters(34, 44)}"`,
    ],
    negatives: [
      'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      '- (id)hf_requiredCharacteristicTypesForDisplayMetadata;',
      'static int 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 = -1;',
      `HF_TOKEN=hf_${randomLetters(30, 45)}`,
    ],
  },
  'huggingface-organization-api-token': {
    positives: () => [
      `HUGGINGFACEHUB_API_TOKEN=api_org_${randomLetters(34, 51)}`,
      `load_dataset("org/data", use_auth_token='api_org_${randomLetters(34, 52)}')`,
      `hub_token: "api_org_${randomLetters(34, 53)}"`,
    ],
    negatives: [
      'public static final String API_ORG_EXIST = "APIOrganizationExist";',
      'old tokens look like api_org_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'const api_org_controller = require("./controllers/organizations");',
    ],
  },
  'cohere-api-token': {
    positives: () => [
      `COHERE_API_KEY=${randomBase62(40, 61)}`,
      `export CO_API_KEY="${randomBase62(40, 62)}"`,
      `cohere.api_key: '${randomBase62(40, 63)}'`,
    ],
    negatives: [
      'CO_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'COHERE_API_KEY=${COHERE_API_KEY}',
      `COHERE_API_KEY=${randomBase62(32, 64)}`,
      'cohere_api_key: "<your-cohere-key>"',
    ],
  },
  'replicate-api-token': {
    positives: () => [
      `REPLICATE_API_TOKEN=r8_${randomBase62(37, 71)}`,
      `replicate.Client(api_token="r8_${randomBase62(37, 72)}")`,
      `-H "Authorization: Bearer r8_${randomBase62(37, 73)}"`,
    ],
    negatives: [
      'REPLICATE_API_TOKEN=r8_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `REPLICATE_API_TOKEN=r8_${randomBase62(20, 74)}`,
      'mov r8_reg, r9_reg ; register aliases',
    ],
  },
  'groq-api-key': {
    positives: () => [
      `GROQ_API_KEY=gsk_${randomBase62(52, 81)}`,
      `client = Groq(api_key="gsk_${randomBase62(52, 82)}")`,
      `groq_key: 'gsk_${randomBase62(48, 83)}'`,
    ],
    negatives: [
      'GROQ_API_KEY=gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `GROQ_API_KEY=gsk_${randomBase62(30, 84)}`,
      'GROQ_API_KEY=gsk_...',
    ],
  },
  'perplexity-api-key': {
    positives: () => [
      `PERPLEXITY_API_KEY=pplx-${randomBase62(48, 91)}`,
      `headers = {"Authorization": "Bearer pplx-${randomBase62(48, 92)}"}`,
      `pplx_key: pplx-${randomBase62(48, 93)}`,
    ],
    negatives: [
      'PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `PERPLEXITY_API_KEY=pplx-${randomBase62(20, 94)}`,
      'PERPLEXITY_API_KEY=pplx-<your key>',
    ],
  },
  'mistral-api-key': {
    positives: () => [
      `MISTRAL_API_KEY=${randomBase62(32, 101)}`,
      `client = MistralClient(mistral_api_key="${randomBase62(32, 102)}")`,
      `  "mistralApiKey": "${randomBase62(32, 103)}"`,
    ],
    negatives: [
      'MISTRAL_API_KEY=${MISTRAL_API_KEY}',
      'MISTRAL_API_KEY=your_mistral_api_key_here_123456',
      `mistral_model = "${randomBase62(40, 104)}"`,
      'MISTRAL_API_KEY=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    ],
  },
  'xai-api-key': {
    positives: () => [
      `XAI_API_KEY=xai-${randomBase62(80, 111)}`,
      `client = OpenAI(base_url="https://api.x.ai/v1", api_key="xai-${randomBase62(80, 112)}")`,
      `grok_key: 'xai-${randomBase62(80, 113)}'`,
    ],
    negatives: [
      'XAI_API_KEY=xai-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `XAI_API_KEY=xai-${randomBase62(40, 114)}`,
      'import xai-sdk from "xai-sdk"',
    ],
  },
  'deepseek-api-key': {
    positives: () => [
      `DEEPSEEK_API_KEY=sk-${randomHex(32, 121)}`,
      `deepseek_key: "sk-${randomHex(32, 122)}"`,
      `const deepseekApiKey = 'sk-${randomHex(32, 123)}';`,
    ],
    negatives: [
      'DEEPSEEK_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DEEPSEEK_API_KEY=${DEEPSEEK_API_KEY}',
      `OTHER_API_KEY=sk-${randomHex(32, 124)}`,
      'DEEPSEEK_API_KEY=sk-00000000000000000000000000000000',
    ],
  },
  'together-api-key': {
    positives: () => [
      `TOGETHER_API_KEY=${randomHex(64, 131)}`,
      `together_ai_key: "${randomHex(64, 132)}"`,
      `os.environ["TOGETHERAI_API_KEY"] = "${randomHex(64, 133)}"`,
    ],
    negatives: [
      'TOGETHER_API_KEY=${TOGETHER_API_KEY}',
      'TOGETHER_API_KEY=0000000000000000000000000000000000000000000000000000000000000000',
      `work_together = "${randomHex(64, 134)}"`,
    ],
  },
  'fireworks-api-key': {
    positives: () => [
      `FIREWORKS_API_KEY=fw_${randomBase62(24, 141)}`,
      `fireworks.client.api_key = "fw_${randomBase62(24, 142)}"`,
      `  fireworksApiKey: 'fw_${randomBase62(24, 143)}'`,
    ],
    negatives: [
      'FIREWORKS_API_KEY=fw_xxxxxxxxxxxxxxxxxxxxxxxx',
      `FIRMWARE_VERSION=fw_${randomBase62(24, 144)}`,
      'FIREWORKS_API_KEY=<your-fireworks-key>',
    ],
  },
  'openrouter-api-key': {
    positives: () => [
      `OPENROUTER_API_KEY=sk-or-v1-${randomHex(64, 151)}`,
      `-H "Authorization: Bearer sk-or-v1-${randomHex(64, 152)}"`,
      `apiKey: 'sk-or-v1-${randomHex(64, 153)}',`,
    ],
    negatives: [
      'OPENROUTER_API_KEY=sk-or-v1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `OPENROUTER_API_KEY=sk-or-v1-${randomHex(40, 154)}`,
      'OPENROUTER_API_KEY=sk-or-v1-...',
    ],
  },
  'elevenlabs-api-key': {
    positives: () => [
      `ELEVENLABS_API_KEY=sk_${randomHex(48, 161)}`,
      `-H "xi-api-key: ${randomHex(32, 162)}"`,
      `const elevenLabsKey = "sk_${randomHex(48, 163)}";`,
    ],
    negatives: [
      'ELEVENLABS_API_KEY=sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `STRIPE_SECRET_KEY=sk_${randomHex(48, 164)}`,
      'ELEVENLABS_API_KEY=${ELEVENLABS_API_KEY}',
    ],
  },
  'langsmith-api-key': {
    positives: () => [
      `LANGCHAIN_API_KEY=lsv2_pt_${randomHex(32, 171)}_${randomHex(10, 172)}`,
      `LANGSMITH_API_KEY="lsv2_sk_${randomHex(32, 173)}_${randomHex(10, 174)}"`,
      `  api_key: lsv2_pt_${randomHex(32, 175)}_${randomHex(10, 176)}`,
    ],
    negatives: [
      'LANGCHAIN_API_KEY=ls__0123456789abcdef0123456789abcdef',
      `LANGCHAIN_API_KEY=lsv2_xx_${randomHex(32, 177)}_${randomHex(10, 178)}`,
      'LANGCHAIN_API_KEY=lsv2_pt_...',
    ],
  },
  'pinecone-api-key': {
    positives: () => [
      `PINECONE_API_KEY=pcsk_${randomBase62(6, 181)}_${randomBase62(63, 182)}`,
      `pc = Pinecone(api_key="pcsk_${randomBase62(5, 183)}_${randomBase62(63, 184)}")`,
      `pinecone:\n  api_key: pcsk_${randomBase62(6, 185)}_${randomBase62(63, 186)}`,
    ],
    negatives: [
      'PINECONE_API_KEY=pcsk_xxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'PINECONE_API_KEY=${PINECONE_API_KEY}',
      `PINECONE_API_KEY=pcsk_${randomBase62(6, 187)}_${randomBase62(12, 188)}`,
    ],
  },
  'wandb-api-key': {
    positives: () => [
      `WANDB_API_KEY=${randomHex(40, 191)}`,
      `wandb login ${randomHex(40, 192)}`,
      `os.environ["WANDB_API_KEY"] = "${randomHex(40, 193)}"`,
    ],
    negatives: [
      'WANDB_API_KEY=${WANDB_API_KEY}',
      'WANDB_API_KEY=0000000000000000000000000000000000000000',
      `git checkout ${randomHex(40, 194)}`,
      'wandb login --relogin',
      `wandb_git_commit: ${randomHex(40, 195)}`,
    ],
  },
};
