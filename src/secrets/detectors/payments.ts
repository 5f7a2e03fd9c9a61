/**
 * Payment and commerce credentials: Stripe, Paystack, Square, Braintree, Shopify, Adyen, Plaid,
 * Flutterwave, Razorpay, GoCardless and Coinbase. Prefixed formats are matched anywhere;
 * formats without a prefix only as the value of a key that names the provider. Publishable keys
 * (`pk_live_…`, Razorpay's `rzp_live_…` key id, Braintree tokenization keys) are meant for
 * browsers and are not reported.
 */
import { defineSecretDetector, type SecretDetector } from '../detector';
import { shannonEntropy } from '../entropy';
import { anyCase, assignmentPattern } from './messaging-context';

const SHOPIFY_ALIAS = '@secretlint/secretlint-rule-shopify';

/** Paystack secret keys share Stripe's `sk_live_`/`sk_test_` prefix, with exactly 40 hex digits. */
const PAYSTACK_BODY = /^sk_(?:live|test)_[0-9a-f]{40}$/;

/**
 * Stripe live secret key (`sk_live_…`) or restricted key (`rk_live_…`): full (or scoped) API
 * access to the account — charges, refunds, payouts, customer data. A `sk_live_` key whose body is
 * exactly 40 hex digits is Paystack's, reported once by paystack-secret-key instead. Publishable
 * `pk_live_` keys are public by design and never reported.
 */
export const stripeAccessToken = defineSecretDetector({
  id: 'stripe-access-token',
  family: 'payments',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Stripe live secret or restricted key (sk_live_, rk_live_) is written in the file.',
  keywords: ['sk_live_', 'rk_live_', 'sk_prod_', 'rk_prod_'],
  startsAtKeyword: true,
  pattern: /(?<![A-Za-z0-9_])[sr]k_(?:live|prod)_[A-Za-z0-9]{20,247}(?![A-Za-z0-9_])/g,
  label: 'Stripe live secret key',
  revealPrefix: 12,
  minEntropy: 3,
  allowlist: 'placeholders',
  validate: (secret) => !PAYSTACK_BODY.test(secret),
});

/**
 * Stripe test-mode secret or restricted key (`sk_test_…`, `rk_test_…`): a warning, not an error.
 * It cannot move money, and test keys fill tutorials and fixtures; but it reads and writes the
 * account's test data and webhooks, and shows the live key may be handled the same way. Paystack
 * test keys (`sk_test_` + 40 hex digits) have the same shape and are reported here too.
 */
export const stripeTestKey = defineSecretDetector({
  id: 'stripe-test-key',
  family: 'payments',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'A Stripe test-mode secret or restricted key (sk_test_, rk_test_) is written in the file.',
  keywords: ['sk_test_', 'rk_test_'],
  pattern: /(?<![A-Za-z0-9_])[sr]k_test_[A-Za-z0-9]{20,247}(?![A-Za-z0-9_])/g,
  label: 'Stripe test-mode secret key',
  revealPrefix: 12,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Stripe webhook signing secret (`whsec_…`, also used by Svix and the services built on it): whoever
 * holds it can forge webhook events — "payment succeeded" — that the application will trust.
 */
export const stripeWebhookSecret = defineSecretDetector({
  id: 'stripe-webhook-secret',
  family: 'payments',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Stripe (or Svix) webhook signing secret (whsec_) is written in the file.',
  keywords: ['whsec_'],
  pattern: /(?<![A-Za-z0-9_])whsec_[A-Za-z0-9+/]{32,88}={0,2}(?![A-Za-z0-9+/=_])/g,
  label: 'webhook signing secret',
  revealPrefix: 10,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Paystack live secret key: `sk_live_` + 40 hex digits. It initiates charges, transfers and
 * refunds on the merchant's account. Stripe's detector skips this exact shape, so a key is
 * reported once, under the right provider.
 */
export const paystackSecretKey = defineSecretDetector({
  id: 'paystack-secret-key',
  family: 'payments',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Paystack live secret key (sk_live_ + 40 hex digits) is written in the file.',
  keywords: ['sk_live_'],
  startsAtKeyword: true,
  pattern: /(?<![A-Za-z0-9_])sk_live_[0-9a-f]{40}(?![A-Za-z0-9_])/g,
  label: 'Paystack live secret key',
  revealPrefix: 12,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Square access token: `sq0atp-…` anywhere, or the current `EAAA` + 60 characters format when it
 * is assigned to a key that names Square (`EAAA` alone also starts hashes and other providers'
 * tokens, so it needs the context). It takes payments and reads the seller's data.
 */
export const squareAccessToken = defineSecretDetector({
  id: 'square-access-token',
  family: 'payments',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Square access token (sq0atp-, EAAA…) is written in the file.',
  keywords: ['sq0atp-', 'square'],
  pattern: new RegExp(
    `(?:${anyCase('square')}[\\w.-]{0,30}?[\\s'"]{0,3}(?:=>|:=|[=:,(])[\\s'"\\x60]{0,5})?(?<![A-Za-z0-9_-])(?<secret>sq0atp-[A-Za-z0-9_-]{22,60}|EAAA[A-Za-z0-9_-]{60})(?![A-Za-z0-9_-])`,
    'g',
  ),
  label: 'Square access token',
  revealPrefix: 8,
  minEntropy: 3,
  allowlist: 'placeholders',
  // An `EAAA` token counts only when the key-name context matched in front of it.
  validate: (secret, match) => secret.startsWith('sq0atp-') || (match !== undefined && match[0] !== secret),
});

/**
 * Square OAuth application secret: `sq0csp-` + 43 characters. With the application id it mints
 * access tokens for every seller who authorized the app.
 */
export const squareSecret = defineSecretDetector({
  id: 'square-secret',
  family: 'payments',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Square OAuth application secret (sq0csp-) is written in the file.',
  keywords: ['sq0csp-'],
  pattern: /(?<![A-Za-z0-9_-])sq0csp-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
  label: 'Square application secret',
  revealPrefix: 10,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Braintree (PayPal) access token: `access_token$production$<merchant id>$<32 hex digits>` (or
 * `$sandbox$`). It runs transactions for the merchant. The merchant id part is required to be 16
 * characters, so `access_token$production$<token>` templates stay quiet.
 */
export const braintreeAccessToken = defineSecretDetector({
  id: 'braintree-access-token',
  family: 'payments',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Braintree (PayPal) access token (access_token$production$…) is written in the file.',
  keywords: ['access_token$production$', 'access_token$sandbox$'],
  pattern: /(?<![A-Za-z0-9_])access_token\$(?:production|sandbox)\$[0-9a-z]{16}(?:\$[0-9a-f]{32})?(?![A-Za-z0-9])/g,
  label: 'Braintree access token',
  revealPrefix: 24,
  allowlist: 'placeholders',
  validate: (secret) => shannonEntropy(secret.slice(secret.indexOf('$', 13) + 1)) >= 3,
});

/**
 * Braintree private API key: 32 hex digits assigned to a key that names Braintree and a private
 * key (`BRAINTREE_PRIVATE_KEY=…`, `Braintree::Configuration.private_key = …`). With the public
 * key and merchant id it has full API access.
 */
export const braintreePrivateKey = defineSecretDetector({
  id: 'braintree-private-key',
  family: 'payments',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Braintree private API key is written in the file.',
  keywords: ['braintree'],
  pattern: assignmentPattern(`${anyCase('braintree')}[\\w.:-]{0,30}?${anyCase('private')}[_.-]?${anyCase('key')}`, '[0-9a-f]{32}'),
  label: 'Braintree private key',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'all',
});

function shopify(id: string, prefix: string, what: string, gitleaksLike: string): SecretDetector {
  return defineSecretDetector({
    id,
    family: 'payments',
    aliases: [SHOPIFY_ALIAS],
    severity: 'error',
    confidence: 'high',
    summary: `A Shopify ${what} (${prefix}) is written in the file.`,
    keywords: [prefix],
    pattern: new RegExp(`(?<![A-Za-z0-9_])${prefix}[A-Za-z0-9]{32,64}(?![A-Za-z0-9_])`, 'g'),
    label: `Shopify ${gitleaksLike}`,
    revealPrefix: prefix.length + 4,
    minEntropy: 3,
    allowlist: 'placeholders',
  });
}

/**
 * Shopify Admin API access token (`shpat_`, public and custom apps installed on a store): it
 * reads and writes the store's orders, customers and products.
 */
export const shopifyAccessToken = shopify('shopify-access-token', 'shpat_', 'Admin API access token', 'access token');

/** Shopify custom app access token (`shpca_`): the same powers, scoped to one custom app. */
export const shopifyCustomAccessToken = shopify(
  'shopify-custom-access-token',
  'shpca_',
  'custom app access token',
  'custom app access token',
);

/** Shopify legacy private app password (`shppa_`): full access to the store's Admin API. */
export const shopifyPrivateAppAccessToken = shopify(
  'shopify-private-app-access-token',
  'shppa_',
  'private app access token',
  'private app access token',
);

/**
 * Shopify app shared secret (`shpss_`): signs OAuth and webhook HMACs, so whoever holds it can
 * forge webhooks and complete OAuth as the app.
 */
export const shopifySharedSecret = shopify('shopify-shared-secret', 'shpss_', 'app shared secret', 'shared secret');

/**
 * Adyen API key: `AQE…` followed by a long base64-like body, assigned to a key that names Adyen
 * (`ADYEN_API_KEY=…`). `AQE` alone starts plenty of base64, so the context is required. It
 * authorizes payments and refunds for the merchant account.
 */
export const adyenApiKey = defineSecretDetector({
  id: 'adyen-api-key',
  family: 'payments',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'An Adyen API key (AQE…) is written in the file.',
  keywords: ['adyen'],
  pattern: assignmentPattern(anyCase('adyen'), 'AQE[A-Za-z0-9+/=._-]{40,250}', '(?![A-Za-z0-9+/=._-])'),
  label: 'Adyen API key',
  revealPrefix: 7,
  minEntropy: 3.5,
  allowlist: 'all',
});

/**
 * Plaid access token: `access-production-`, `access-development-` or `access-sandbox-` + a UUID.
 * It reads the linked bank account's balances, transactions and identity. The prefix makes it
 * distinctive without context (gitleaks asks for `plaid` nearby); the UUID part must look random.
 */
export const plaidApiToken = defineSecretDetector({
  id: 'plaid-api-token',
  family: 'payments',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Plaid access token (access-production-…) is written in the file.',
  keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
  pattern:
    /(?<![A-Za-z0-9_-])access-(?:production|development|sandbox)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9_-])/g,
  label: 'Plaid access token',
  revealPrefix: 12,
  allowlist: 'placeholders',
  validate: (secret) => shannonEntropy(secret.slice(-36).replace(/-/g, '')) >= 3,
});

/**
 * Plaid API secret: 30 characters assigned to a key that names Plaid and a secret
 * (`PLAID_SECRET=…`). With the (non-secret) client id it calls every Plaid endpoint.
 */
export const plaidSecretKey = defineSecretDetector({
  id: 'plaid-secret-key',
  family: 'payments',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Plaid API secret is written in the file.',
  keywords: ['plaid'],
  pattern: assignmentPattern(
    `${anyCase('plaid')}[\\w.-]{0,20}?(?:${anyCase('secret')}|${anyCase('token')}|${anyCase('key')})`,
    '[a-z0-9]{30}',
  ),
  label: 'Plaid API secret',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'all',
});

/**
 * Flutterwave secret key: `FLWSECK-` (live) or `FLWSECK_TEST-` (test) + 32 hex digits + `-X`.
 * gitleaks matches only the test form; both are reported here. Public keys (`FLWPUBK…`) are not.
 */
export const flutterwaveSecretKey = defineSecretDetector({
  id: 'flutterwave-secret-key',
  family: 'payments',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Flutterwave secret key (FLWSECK-) is written in the file.',
  keywords: ['flwseck'],
  pattern: /(?<![A-Za-z0-9_])FLWSECK(?:_TEST)?-[a-fA-F0-9]{32}-X(?![A-Za-z0-9_])/g,
  label: 'Flutterwave secret key',
  revealPrefix: 12,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Razorpay key secret: 24 alphanumeric characters assigned to a key that names Razorpay and a
 * secret (`RAZORPAY_KEY_SECRET=…`). The key id (`rzp_live_…`) is sent to browsers by Checkout and
 * is not reported; the secret creates orders, captures and refunds payments.
 */
export const razorpayKeySecret = defineSecretDetector({
  id: 'razorpay-key-secret',
  family: 'payments',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Razorpay key secret is written in the file.',
  keywords: ['razorpay'],
  pattern: assignmentPattern(`${anyCase('razorpay')}[\\w.-]{0,20}?${anyCase('secret')}`, '[A-Za-z0-9]{24}'),
  label: 'Razorpay key secret',
  revealPrefix: 4,
  minEntropy: 3.5,
  allowlist: 'all',
});

/**
 * GoCardless live access token: `live_` + 40 characters, assigned to a key that names GoCardless
 * (`live_` alone is far too common to match on). It creates mandates and collects payments.
 */
export const gocardlessApiToken = defineSecretDetector({
  id: 'gocardless-api-token',
  family: 'payments',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A GoCardless live access token is written in the file.',
  keywords: ['gocardless'],
  pattern: assignmentPattern(anyCase('gocardless'), 'live_[A-Za-z0-9_=-]{40}'),
  label: 'GoCardless access token',
  revealPrefix: 9,
  minEntropy: 3,
  allowlist: 'all',
});

/**
 * Coinbase API secret or access token: 64 characters assigned to a key that names Coinbase. It
 * can trade and withdraw from the account, depending on its scopes.
 */
export const coinbaseAccessToken = defineSecretDetector({
  id: 'coinbase-access-token',
  family: 'payments',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Coinbase API secret or access token is written in the file.',
  keywords: ['coinbase'],
  pattern: assignmentPattern(anyCase('coinbase'), '[A-Za-z0-9_-]{64}'),
  label: 'Coinbase access token',
  revealPrefix: 4,
  minEntropy: 3.5,
  allowlist: 'all',
});

export const PAYMENTS_DETECTORS: readonly SecretDetector[] = [
  stripeAccessToken,
  stripeTestKey,
  stripeWebhookSecret,
  paystackSecretKey,
  squareAccessToken,
  squareSecret,
  braintreeAccessToken,
  braintreePrivateKey,
  shopifyAccessToken,
  shopifyCustomAccessToken,
  shopifyPrivateAppAccessToken,
  shopifySharedSecret,
  adyenApiKey,
  plaidApiToken,
  plaidSecretKey,
  flutterwaveSecretKey,
  razorpayKeySecret,
  gocardlessApiToken,
  coinbaseAccessToken,
];
