/** Samples for the payments detectors: positives generated at test time, negatives that must stay silent. */
import { randomBase62 } from '../../support';
import type { SecretSamples } from '../samples';
import { randomHex, randomUuid } from './messaging';

const stripe = (kind: string, seed: number, length = 99): string => `${kind}_51${randomBase62(length - 2, seed)}`;
const urlSafe = (length: number, seed: number): string =>
  [...randomBase62(length, seed)].map((c, i) => (i % 9 === 4 ? '-' : i % 14 === 6 ? '_' : c)).join('');

export const PAYMENTS_SAMPLES: Readonly<Record<string, SecretSamples>> = {
  'stripe-access-token': {
    positives: () => [
      `STRIPE_SECRET_KEY=${stripe('sk_live', 301)}`,
      `Stripe.api_key = "${stripe('rk_live', 302)}"`,
      `const stripe = require('stripe')('sk_live_${randomBase62(24, 303)}');`,
    ],
    negatives: [
      'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
      `STRIPE_PUBLISHABLE_KEY=pk_live_${randomBase62(99, 304)}`,
      'STRIPE_SECRET_KEY=sk_live_...',
      `PAYSTACK_SECRET_KEY=sk_live_${randomHex(40, 305)}`,
    ],
  },
  'stripe-test-key': {
    positives: () => [
      `STRIPE_SECRET_KEY=${stripe('sk_test', 311)}`,
      `stripe.api_key = '${stripe('rk_test', 312)}'`,
      `"secretKey": "sk_test_${randomBase62(24, 313)}"`,
    ],
    negatives: [
      'STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx',
      `STRIPE_PUBLISHABLE_KEY=pk_test_${randomBase62(99, 314)}`,
      'STRIPE_SECRET_KEY=sk_test_<your test key>',
      'sk_test_123',
    ],
  },
  'stripe-webhook-secret': {
    positives: () => [
      `STRIPE_WEBHOOK_SECRET=whsec_${randomBase62(32, 321)}`,
      `endpoint_secret = "whsec_${randomBase62(32, 322)}"`,
      `SVIX_SECRET=whsec_${randomBase62(30, 323)}+/${randomBase62(10, 324)}=`,
    ],
    negatives: [
      'STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'STRIPE_WEBHOOK_SECRET=whsec_...',
      'endpointSecret = process.env.STRIPE_WEBHOOK_SECRET',
    ],
  },
  'paystack-secret-key': {
    positives: () => [
      `PAYSTACK_SECRET_KEY=sk_live_${randomHex(40, 331)}`,
      `const paystack = require('paystack')('sk_live_${randomHex(40, 332)}');`,
      `"secret_key": "sk_live_${randomHex(40, 333)}"`,
    ],
    negatives: [
      'PAYSTACK_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `PAYSTACK_PUBLIC_KEY=pk_live_${randomHex(40, 334)}`,
      `PAYSTACK_SECRET_KEY=sk_live_${randomHex(39, 335)}`,
    ],
  },
  'square-access-token': {
    positives: () => [
      `SQUARE_ACCESS_TOKEN=EAAA${urlSafe(60, 341)}`,
      `token = "sq0atp-${urlSafe(22, 342)}"`,
      `square:\n  access_token: sq0atp-${urlSafe(40, 343)}`,
    ],
    negatives: [
      'aws-cli@sha256:eaaa7b11777babe28e6133a8b19ff71cea687e0d7f05158dee95a71f76ce3d00',
      `FACEBOOK_TOKEN=EAAA${urlSafe(60, 344)}`,
      'SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SQUARE_ACCESS_TOKEN=sq0atp-<your token>',
    ],
  },
  'square-secret': {
    positives: () => [
      `SQUARE_APPLICATION_SECRET=sq0csp-${urlSafe(43, 351)}`,
      `client_secret: "sq0csp-${urlSafe(43, 352)}"`,
      `app.secret = 'sq0csp-${urlSafe(43, 353)}'`,
    ],
    negatives: [
      'SQUARE_APPLICATION_SECRET=sq0csp-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SQUARE_APPLICATION_SECRET=sq0csp-...',
      `secret = "sq0csp-${urlSafe(20, 354)}"`,
    ],
  },
  'braintree-access-token': {
    positives: () => [
      `BRAINTREE_ACCESS_TOKEN=access_token$production$${randomBase62(16, 361).toLowerCase()}$${randomHex(32, 362)}`,
      `gateway = braintree.BraintreeGateway(access_token="access_token$sandbox$${randomBase62(16, 363).toLowerCase()}$${randomHex(32, 364)}")`,
      `accessToken: 'access_token$production$${randomBase62(16, 365).toLowerCase()}'`,
    ],
    negatives: [
      'BRAINTREE_ACCESS_TOKEN=access_token$production$<merchant_id>$<token>',
      'access_token$production$xxxxxxxxxxxxxxxx$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `token = "access_token$staging$${randomBase62(16, 366).toLowerCase()}"`,
    ],
  },
  'braintree-private-key': {
    positives: () => [
      `BRAINTREE_PRIVATE_KEY=${randomHex(32, 371)}`,
      `Braintree::Configuration.private_key = "${randomHex(32, 372)}"`,
      `braintree_private_key: '${randomHex(32, 373)}'`,
    ],
    negatives: [
      'BRAINTREE_PRIVATE_KEY=your_private_key',
      `BRAINTREE_PUBLIC_KEY=${randomHex(16, 374)}`,
      'BRAINTREE_PRIVATE_KEY=${BRAINTREE_PRIVATE_KEY}',
    ],
  },
  'shopify-access-token': {
    positives: () => [
      `SHOPIFY_ACCESS_TOKEN=shpat_${randomHex(32, 381)}`,
      `"X-Shopify-Access-Token": "shpat_${randomHex(32, 382)}"`,
      `token: shpat_${randomBase62(38, 383)}`,
    ],
    negatives: [
      'SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SHOPIFY_ACCESS_TOKEN=shpat_<token>',
      `SHOPIFY_ACCESS_TOKEN=shpat_${randomHex(20, 384)}`,
    ],
  },
  'shopify-custom-access-token': {
    positives: () => [
      `SHOPIFY_TOKEN=shpca_${randomHex(32, 391)}`,
      `"token": "shpca_${randomHex(32, 392)}"`,
      `token = 'shpca_${randomBase62(40, 393)}'`,
    ],
    negatives: [
      'SHOPIFY_TOKEN=shpca_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SHOPIFY_TOKEN=shpca_${TOKEN}',
      `SHOPIFY_TOKEN=shpca_${randomHex(16, 394)}`,
    ],
  },
  'shopify-private-app-access-token': {
    positives: () => [
      `SHOPIFY_PASSWORD=shppa_${randomHex(32, 401)}`,
      `"password": "shppa_${randomHex(32, 402)}"`,
      `password = 'shppa_${randomBase62(36, 403)}'`,
    ],
    negatives: [
      'SHOPIFY_PASSWORD=shppa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SHOPIFY_PASSWORD=shppa_...',
      `SHOPIFY_PASSWORD=shppa_${randomHex(12, 404)}`,
    ],
  },
  'shopify-shared-secret': {
    positives: () => [
      `SHOPIFY_API_SECRET=shpss_${randomHex(32, 411)}`,
      `"client_secret": "shpss_${randomHex(32, 412)}"`,
      `secret = 'shpss_${randomBase62(40, 413)}'`,
    ],
    negatives: [
      'SHOPIFY_API_SECRET=shpss_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SHOPIFY_API_SECRET=shpss_<secret>',
      `SHOPIFY_API_KEY=${randomHex(32, 414)}`,
    ],
  },
  'adyen-api-key': {
    positives: () => [
      `ADYEN_API_KEY=AQE${randomBase62(5, 421)}.${urlSafe(60, 422)}`,
      `adyen_api_key: "AQEyhmfx${randomBase62(40, 423)}+${randomBase62(20, 424)}==-${randomBase62(30, 425)}="`,
      `config.adyenKey = 'AQE${randomBase62(6, 426)}.${urlSafe(70, 427)}';`,
    ],
    negatives: [
      'ADYEN_API_KEY=AQE_your_api_key',
      `ADYEN_CLIENT_KEY=test_${randomBase62(32, 428)}`,
      `data = "AQE${randomBase62(5, 429)}.${urlSafe(60, 430)}"`,
    ],
  },
  'plaid-api-token': {
    positives: () => [
      `PLAID_ACCESS_TOKEN=access-production-${randomUuid(431)}`,
      `"access_token": "access-sandbox-${randomUuid(432)}"`,
      `token = 'access-development-${randomUuid(433)}'`,
    ],
    negatives: [
      'PLAID_ACCESS_TOKEN=access-sandbox-00000000-0000-0000-0000-000000000000',
      'PLAID_ACCESS_TOKEN=access-production-<uuid>',
      `token = "access-staging-${randomUuid(434)}"`,
    ],
  },
  'plaid-secret-key': {
    positives: () => [
      `PLAID_SECRET=${randomHex(30, 441)}`,
      `plaid_secret_key: "${randomBase62(30, 442).toLowerCase()}"`,
      `const plaidSecret = '${randomHex(30, 443)}';`,
    ],
    negatives: ['PLAID_SECRET=your_plaid_secret', `PLAID_CLIENT_ID=${randomHex(24, 444)}`, 'PLAID_SECRET=${PLAID_SECRET}'],
  },
  'flutterwave-secret-key': {
    positives: () => [
      `FLW_SECRET_KEY=FLWSECK_TEST-${randomHex(32, 451)}-X`,
      `FLUTTERWAVE_SECRET=FLWSECK-${randomHex(32, 452)}-X`,
      `secretKey: 'FLWSECK-${randomHex(32, 453)}-X'`,
    ],
    negatives: [
      'FLW_SECRET_KEY=FLWSECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X',
      `FLW_PUBLIC_KEY=FLWPUBK_TEST-${randomHex(32, 454)}-X`,
      'FLW_SECRET_KEY=FLWSECK-<your key>-X',
    ],
  },
  'razorpay-key-secret': {
    positives: () => [
      `RAZORPAY_KEY_SECRET=${randomBase62(24, 461)}`,
      `razorpay_secret: "${randomBase62(24, 462)}"`,
      `const razorpaySecret = '${randomBase62(24, 463)}';`,
    ],
    negatives: [
      `RAZORPAY_KEY_ID=rzp_live_${randomBase62(14, 464)}`,
      'RAZORPAY_KEY_SECRET=your_key_secret',
      'RAZORPAY_KEY_SECRET=${RAZORPAY_KEY_SECRET}',
    ],
  },
  'gocardless-api-token': {
    positives: () => [
      `GOCARDLESS_ACCESS_TOKEN=live_${urlSafe(40, 471)}`,
      `gocardless_token: "live_${randomBase62(40, 472)}"`,
      `const gocardlessToken = 'live_${urlSafe(40, 473)}';`,
    ],
    negatives: [
      'GOCARDLESS_ACCESS_TOKEN=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `GOCARDLESS_ACCESS_TOKEN=sandbox_${randomBase62(40, 474)}`,
      `mode = "live_${randomBase62(40, 475)}"`,
    ],
  },
  'coinbase-access-token': {
    positives: () => [
      `COINBASE_API_SECRET=${urlSafe(64, 481)}`,
      `coinbase_access_token: "${randomBase62(64, 482)}"`,
      `const coinbaseSecret = '${randomBase62(64, 483)}';`,
    ],
    negatives: [
      'COINBASE_API_SECRET=your_api_secret',
      `coinbase_commit = "${randomHex(64, 484)}"`,
      'COINBASE_API_SECRET=${COINBASE_API_SECRET}',
    ],
  },
};
