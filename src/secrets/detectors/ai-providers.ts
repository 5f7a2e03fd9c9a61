/**
 * AI and LLM provider credentials: OpenAI, Anthropic, Hugging Face, Cohere, Replicate, Groq,
 * Perplexity, Mistral, xAI, DeepSeek, Together AI, Fireworks, OpenRouter, ElevenLabs, LangSmith,
 * Pinecone and Weights & Biases. Most of them bill per request, so a leaked key costs money as
 * well as data. Prefixed formats are matched anywhere; formats without a prefix of their own are
 * matched only as the value assigned to a name that says which provider they belong to.
 */
import { defineSecretDetector, type SecretDetector } from '../detector';
import { ASSIGN, END, assignment, namedAsCredential } from './ai-providers-assign';

/** Characters that continue a token: a match must not be the middle of a longer one. */
const B = '[A-Za-z0-9_-]';

/**
 * OpenAI API keys. Every format embeds `T3BlbkFJ` (base64 of "OpenAI") between two random halves:
 * legacy user keys `sk-` + 20 + `T3BlbkFJ` + 20, and project, service-account and admin keys
 * `sk-proj-` / `sk-svcacct-` / `sk-admin-` with 58- or 74-character halves. The fixed lengths
 * and the marker keep hashes and other `sk-` keys (Stripe, DeepSeek, OpenRouter) out.
 */
export const openaiApiKey = defineSecretDetector({
  id: 'openai-api-key',
  family: 'ai-providers',
  aliases: ['@secretlint/secretlint-rule-openai'],
  severity: 'error',
  confidence: 'high',
  summary: 'An OpenAI API key (sk-…T3BlbkFJ…) is written in the file.',
  keywords: ['t3blbkfj'],
  pattern: new RegExp(
    `(?<!${B})sk-(?:(?:proj|svcacct|admin|None)-(?:${B}{74}|${B}{58})T3BlbkFJ(?:${B}{74}|${B}{58})|(?:proj-)?[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?!${B})`,
    'g',
  ),
  label: 'OpenAI API key',
  revealPrefix: 8,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Anthropic API keys: `sk-ant-api03-` + 93 URL-safe base64 characters + `AA` (a later `api04`
 * version is accepted too). The exact length and the `AA` tail (the end of the encoded key) keep
 * truncated samples quiet.
 */
export const anthropicApiKey = defineSecretDetector({
  id: 'anthropic-api-key',
  family: 'ai-providers',
  aliases: ['@secretlint/secretlint-rule-anthropic'],
  severity: 'error',
  confidence: 'high',
  summary: 'An Anthropic API key (sk-ant-api03-…) is written in the file.',
  keywords: ['sk-ant-api0'],
  pattern: new RegExp(`(?<!${B})sk-ant-api0\\d-${B}{93}AA(?!${B})`, 'g'),
  label: 'Anthropic API key',
  revealPrefix: 14,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Anthropic Admin API keys: `sk-ant-admin01-` + 93 + `AA`. They manage an organisation's members,
 * workspaces and keys, so they matter more than an ordinary API key.
 */
export const anthropicAdminApiKey = defineSecretDetector({
  id: 'anthropic-admin-api-key',
  family: 'ai-providers',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An Anthropic Admin API key (sk-ant-admin01-…) is written in the file.',
  keywords: ['sk-ant-admin01'],
  pattern: new RegExp(`(?<!${B})sk-ant-admin01-${B}{93}AA(?!${B})`, 'g'),
  label: 'Anthropic Admin API key',
  revealPrefix: 16,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Random letters use both cases about equally; identifiers that happen to start with `hf_` or
 * `api_org_` (`hf_generatedByHomeAppForDebugging…`) are mostly lower case.
 */
function mixedCaseLetters(body: string): boolean {
  const upper = body.replace(/[^A-Z]/g, '').length;
  const lower = body.replace(/[^a-z]/g, '').length;
  return upper >= 6 && lower >= 6;
}

/**
 * Hugging Face user access tokens: `hf_` + 34 letters of both cases. The prefix must start a
 * token (`rhf_…` or `x_hf_…` is an identifier), the length is exact, and the letters must be
 * mixed-case and random (camelCase identifiers of the same length are not).
 */
export const huggingfaceAccessToken = defineSecretDetector({
  id: 'huggingface-access-token',
  family: 'ai-providers',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Hugging Face access token (hf_…) is written in the file.',
  keywords: ['hf_'],
  startsAtKeyword: true,
  pattern: /(?<![A-Za-z0-9_])hf_[A-Za-z]{34}(?![A-Za-z0-9_])/g,
  label: 'Hugging Face access token',
  revealPrefix: 6,
  minEntropy: 3.5,
  allowlist: 'placeholders',
  validate: (secret) => mixedCaseLetters(secret.slice(3)),
});

/**
 * Hugging Face organisation API tokens (deprecated, still found in old notebooks): `api_org_` +
 * 34 letters of both cases, with the same checks as the access token.
 */
export const huggingfaceOrganizationApiToken = defineSecretDetector({
  id: 'huggingface-organization-api-token',
  family: 'ai-providers',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Hugging Face organization API token (api_org_…) is written in the file.',
  keywords: ['api_org_'],
  pattern: /(?<![A-Za-z0-9_])api_org_[A-Za-z]{34}(?![A-Za-z0-9_])/g,
  label: 'Hugging Face organization API token',
  revealPrefix: 10,
  minEntropy: 3.5,
  allowlist: 'placeholders',
  validate: (secret) => mixedCaseLetters(secret.slice(8)),
});

/**
 * Cohere API keys: 40 alphanumeric characters with no prefix, so only a value assigned to a name
 * mentioning Cohere (`COHERE_API_KEY`, `CO_API_KEY`, `cohere.api_key`) is considered, and it must
 * be random (entropy ≥ 4, as gitleaks requires).
 */
export const cohereApiToken = defineSecretDetector({
  id: 'cohere-api-token',
  family: 'ai-providers',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Cohere API key is assigned in the file.',
  keywords: ['cohere', 'co_api_key'],
  pattern: assignment('cohere|co_api_key', '[A-Za-z0-9]{40}'),
  label: 'Cohere API key',
  revealPrefix: 4,
  minEntropy: 4,
  validate: namedAsCredential,
});

/** Replicate API tokens: `r8_` + 37 alphanumeric characters; the short prefix needs entropy too. */
export const replicateApiToken = defineSecretDetector({
  id: 'replicate-api-token',
  family: 'ai-providers',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Replicate API token (r8_…) is written in the file.',
  keywords: ['r8_'],
  pattern: /(?<![A-Za-z0-9_])r8_[A-Za-z0-9]{37}(?![A-Za-z0-9_])/g,
  label: 'Replicate API token',
  revealPrefix: 6,
  minEntropy: 4,
  allowlist: 'placeholders',
});

/**
 * Groq API keys: `gsk_` + 52 alphanumeric characters (gitleaks' 48-character form is accepted
 * too). Exact lengths and an entropy floor keep `gsk_`-prefixed identifiers quiet.
 */
export const groqApiKey = defineSecretDetector({
  id: 'groq-api-key',
  family: 'ai-providers',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Groq API key (gsk_…) is written in the file.',
  keywords: ['gsk_'],
  pattern: /(?<![A-Za-z0-9_])gsk_(?:[A-Za-z0-9]{52}|[A-Za-z0-9]{48})(?![A-Za-z0-9_])/g,
  label: 'Groq API key',
  revealPrefix: 8,
  minEntropy: 4,
  allowlist: 'placeholders',
});

/** Perplexity API keys: `pplx-` + 48 characters, random (entropy ≥ 4). */
export const perplexityApiKey = defineSecretDetector({
  id: 'perplexity-api-key',
  family: 'ai-providers',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Perplexity API key (pplx-…) is written in the file.',
  keywords: ['pplx-'],
  pattern: new RegExp(`(?<!${B})pplx-[A-Za-z0-9_]{48}(?!${B})`, 'g'),
  label: 'Perplexity API key',
  revealPrefix: 9,
  minEntropy: 4,
  allowlist: 'placeholders',
});

/**
 * Mistral AI API keys: 32 alphanumeric characters with no prefix, found only as the value of a
 * name mentioning Mistral (`MISTRAL_API_KEY=…`), and only when random.
 */
export const mistralApiKey = defineSecretDetector({
  id: 'mistral-api-key',
  family: 'ai-providers',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Mistral AI API key is assigned in the file.',
  keywords: ['mistral'],
  pattern: assignment('mistral', '[A-Za-z0-9]{32}'),
  label: 'Mistral AI API key',
  revealPrefix: 4,
  minEntropy: 3.5,
  validate: namedAsCredential,
});

/** xAI (Grok) API keys: `xai-` + 80 alphanumeric characters. */
export const xaiApiKey = defineSecretDetector({
  id: 'xai-api-key',
  family: 'ai-providers',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An xAI API key (xai-…) is written in the file.',
  keywords: ['xai-'],
  pattern: new RegExp(`(?<!${B})xai-[A-Za-z0-9]{80}(?!${B})`, 'g'),
  label: 'xAI API key',
  revealPrefix: 8,
  minEntropy: 4,
  allowlist: 'placeholders',
});

/**
 * DeepSeek API keys: `sk-` + 32 hex digits. The shape is shared with other `sk-` keys, so it is
 * only reported as the value of a name mentioning DeepSeek (`DEEPSEEK_API_KEY=sk-…`).
 */
export const deepseekApiKey = defineSecretDetector({
  id: 'deepseek-api-key',
  family: 'ai-providers',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A DeepSeek API key (sk-…) is assigned in the file.',
  keywords: ['deepseek'],
  pattern: assignment('deepseek', 'sk-[a-f0-9]{32}'),
  label: 'DeepSeek API key',
  revealPrefix: 5,
  minEntropy: 3,
  validate: namedAsCredential,
});

/**
 * Together AI API keys: 64 hex digits assigned to a name such as `TOGETHER_API_KEY` or
 * `together_ai_key`. Hex strings of that length are also SHA-256 digests, which the general
 * allowlist would drop; the provider's name in the key is what makes this one a credential.
 */
export const togetherApiKey = defineSecretDetector({
  id: 'together-api-key',
  family: 'ai-providers',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Together AI API key is assigned in the file.',
  keywords: ['togetherai', 'together_a', 'together-a', 'together.a'],
  pattern: assignment('together[_.-]?(?:ai|api)', '[a-f0-9]{64}'),
  label: 'Together AI API key',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
  validate: namedAsCredential,
});

/**
 * Fireworks AI API keys: `fw_` + about 24 alphanumeric characters. `fw_` alone is far too common
 * (firmware), so the key must be assigned to a name mentioning Fireworks.
 */
export const fireworksApiKey = defineSecretDetector({
  id: 'fireworks-api-key',
  family: 'ai-providers',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Fireworks AI API key (fw_…) is assigned in the file.',
  keywords: ['fireworks'],
  pattern: assignment('fireworks', 'fw_[A-Za-z0-9]{20,40}'),
  label: 'Fireworks AI API key',
  revealPrefix: 6,
  minEntropy: 3.5,
  validate: namedAsCredential,
});

/** OpenRouter API keys: `sk-or-v1-` + 64 hex digits. */
export const openrouterApiKey = defineSecretDetector({
  id: 'openrouter-api-key',
  family: 'ai-providers',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An OpenRouter API key (sk-or-v1-…) is written in the file.',
  keywords: ['sk-or-v1-'],
  pattern: new RegExp(`(?<!${B})sk-or-v1-[a-f0-9]{64}(?!${B})`, 'g'),
  label: 'OpenRouter API key',
  revealPrefix: 12,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * ElevenLabs API keys: `sk_` + 48 hex digits (older keys: 32 hex digits). `sk_` is also Stripe's
 * prefix, so the key must be assigned to a name mentioning ElevenLabs or its `xi-api-key` header.
 */
export const elevenlabsApiKey = defineSecretDetector({
  id: 'elevenlabs-api-key',
  family: 'ai-providers',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'An ElevenLabs API key is assigned in the file.',
  keywords: ['elevenlabs', 'eleven_labs', 'eleven-labs', 'xi-api-key', 'xi_api_key'],
  pattern: assignment('eleven[_-]?labs|xi[_-]api[_-]key', 'sk_[a-f0-9]{48}|[a-f0-9]{32}'),
  label: 'ElevenLabs API key',
  revealPrefix: 5,
  minEntropy: 3,
});

/**
 * LangSmith API keys: `lsv2_pt_` (personal access token) or `lsv2_sk_` (service key) + 32 hex
 * digits + `_` + 10 hex digits. The legacy `ls__` keys no longer work and are not reported.
 */
export const langsmithApiKey = defineSecretDetector({
  id: 'langsmith-api-key',
  family: 'ai-providers',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A LangSmith API key (lsv2_pt_… / lsv2_sk_…) is written in the file.',
  keywords: ['lsv2_pt_', 'lsv2_sk_'],
  pattern: /(?<![A-Za-z0-9_])lsv2_(?:pt|sk)_[a-z0-9]{32}_[a-z0-9]{10}(?![A-Za-z0-9_])/g,
  label: 'LangSmith API key',
  revealPrefix: 10,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Pinecone API keys: `pcsk_` + a short key id + `_` + a long random secret. Older Pinecone keys
 * are bare UUIDs, which cannot be told from any other UUID and are not reported.
 */
export const pineconeApiKey = defineSecretDetector({
  id: 'pinecone-api-key',
  family: 'ai-providers',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Pinecone API key (pcsk_…) is written in the file.',
  keywords: ['pcsk_'],
  pattern: /(?<![A-Za-z0-9_])pcsk_[A-Za-z0-9]{4,10}_[A-Za-z0-9]{40,100}(?![A-Za-z0-9_])/g,
  label: 'Pinecone API key',
  revealPrefix: 8,
  minEntropy: 4,
  allowlist: 'placeholders',
});

/**
 * Weights & Biases API keys: 40 hex digits, assigned to a name mentioning W&B (`WANDB_API_KEY=`)
 * or passed to `wandb login`. A git commit SHA has the same shape, which is why the key needs the
 * `wandb` context and why the SHA allowlist is not applied here.
 */
export const wandbApiKey = defineSecretDetector({
  id: 'wandb-api-key',
  family: 'ai-providers',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Weights & Biases API key is assigned in the file or passed to wandb login.',
  keywords: ['wandb'],
  pattern: new RegExp(
    `(?:wandb[\\w.-]{0,20}${ASSIGN}|wandb[ \\t]+login(?:[ \\t]+--?[\\w-]+){0,3}[ \\t]+)(?<secret>[a-f0-9]{40})${END}`,
    'gi',
  ),
  label: 'Weights & Biases API key',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
  validate: namedAsCredential,
});

export const AI_PROVIDERS_DETECTORS: readonly SecretDetector[] = [
  openaiApiKey,
  anthropicApiKey,
  anthropicAdminApiKey,
  huggingfaceAccessToken,
  huggingfaceOrganizationApiToken,
  cohereApiToken,
  replicateApiToken,
  groqApiKey,
  perplexityApiKey,
  mistralApiKey,
  xaiApiKey,
  deepseekApiKey,
  togetherApiKey,
  fireworksApiKey,
  openrouterApiKey,
  elevenlabsApiKey,
  langsmithApiKey,
  pineconeApiKey,
  wandbApiKey,
];
