/**
 * Samples for the services detectors: positives generated at test time (in three ways of writing
 * an assignment), negatives that must stay silent (placeholders, references, other names).
 */
import type { SecretSamples } from '../samples';
import { pick } from './cloud';

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const DIGITS = '0123456789';

const lower = (n: number) => (seed: number) => pick(LOWER, n, seed);
const alnum = (n: number) => (seed: number) => pick(ALNUM, n, seed);
const hex = (n: number) => (seed: number) => pick(HEX, n, seed);
const digits = (n: number) => (seed: number) => `${1 + (seed % 9)}${pick(DIGITS, n - 1, seed)}`;
const uuid = (seed: number): string => {
  const h = pick(HEX, 32, seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};

/**
 * A key known by its setting's name: `NAME=value`, `"name": "value"` and `<nameToken>value</…>`,
 * and negatives (a reference, a placeholder, the value under an unrelated name).
 */
function named(env: string, json: string, value: (seed: number) => string, seed: number): SecretSamples {
  return {
    positives: () => [`${env}=${value(seed)}`, `  "${json}": "${value(seed + 1)}",`, `<${json}>${value(seed + 2)}</${json}>`],
    negatives: [`${env}=\${${env}}`, `${env}=<your-${json}>`, `DEPLOY_NOTES="${value(seed + 3)}"`],
  };
}

/** A prefixed token: bare, quoted in code, in a YAML value; negatives are look-alikes. */
function prefixed(value: (seed: number) => string, seed: number, negatives: readonly string[]): SecretSamples {
  return {
    positives: () => [value(seed), `const key = "${value(seed + 1)}";`, `  token: '${value(seed + 2)}'`],
    negatives,
  };
}

export const SERVICES_SAMPLES: Readonly<Record<string, SecretSamples>> = {
  // Prefixed formats
  'adobe-client-secret': prefixed((s) => `p8e-${alnum(32)(s)}`, 10, ['p8e-' + 'x'.repeat(32), 'p8e-short', `xp8e-${'ab12'.repeat(8)}`]),
  'authress-service-client-access-key': prefixed(
    (s) => `sc_${lower(10)(s)}.${lower(4)(s + 1)}.acc_${lower(10)(s + 2)}.${alnum(40)(s + 3)}`,
    20,
    ['sc_aaaaaaaaaa.aaaa.acc_aaaaaaaaaa.' + 'a'.repeat(40), 'sc_abc.acc_def', 'misc_value.acc_x'],
  ),
  'clickhouse-cloud-api-secret-key': prefixed((s) => `4b1d${alnum(38)(s)}`, 30, [
    '4b1d' + 'X'.repeat(38),
    `adf4b1d${alnum(38)(31)}`,
    '4b1d-short',
  ]),
  'defined-networking-api-token': prefixed((s) => `dnkey-${lower(26)(s)}-${lower(52)(s + 1)}`, 40, [
    'dnkey-' + 'x'.repeat(26) + '-' + 'x'.repeat(52),
    'dnkey-abc-def',
    'dnkey = 1',
  ]),
  'facebook-access-token': {
    positives: () => [
      `# facebook app token\nFB_TOKEN=${digits(15)(50)}|${alnum(27)(51)}`,
      `facebook: "${digits(16)(52)}|${alnum(30)(53)}"`,
      `const facebookApp = '${digits(15)(54)}%7C${alnum(27)(55)}';`,
    ],
    negatives: [`FB_TOKEN=${digits(15)(56)}|${alnum(27)(57)}`, `facebook: "${digits(15)(58)}|${'x'.repeat(27)}"`, 'facebook: 123|abc'],
  },
  'facebook-page-access-token': prefixed((s) => `EAAM${alnum(120)(s)}`, 60, [
    'EAAM' + 'x'.repeat(120),
    'EAAMshort',
    `EAAA${alnum(40)(61)}`,
  ]),
  'flutterwave-public-key': prefixed((s) => `FLWPUBK_TEST-${hex(32)(s)}-X`, 70, [
    'FLWPUBK_TEST-' + 'a'.repeat(32) + '-X',
    'FLWPUBK_TEST-xyz-X',
    'FLWPUBK-',
  ]),
  'flutterwave-encryption-key': prefixed((s) => `FLWSECK_TEST-${hex(12)(s)}`, 80, [
    'FLWSECK_TEST-aaaaaaaaaaaa',
    'FLWSECK_TEST-xyz',
    `FLWSECK_TEST-${hex(32)(81)}-X`,
  ]),
  'intra42-client-secret': prefixed((s) => `s-s4t2ud-${hex(64)(s)}`, 90, [
    's-s4t2ud-' + 'a'.repeat(64),
    's-s4t2ud-abc',
    `s-s4t2xx-${hex(64)(91)}`,
  ]),
  'maxmind-license-key': prefixed((s) => `${alnum(6)(s)}_${alnum(29)(s + 1)}_mmk`, 100, [
    'XXXXXX_' + 'X'.repeat(29) + '_mmk',
    'abc_def_mmk',
    'my_mmk',
  ]),
  'new-relic-browser-api-token': prefixed((s) => `NRJS-${hex(19)(s)}`, 110, ['NRJS-' + 'a'.repeat(19), 'NRJS-xyz', `NRJS-${hex(25)(111)}`]),
  'octopus-deploy-api-key': prefixed((s) => `API-${pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 25, s)}7`, 120, [
    'API-XXXXXXXXXXXXXXXXXXXXXXXXXX',
    'GSSAPI-VIRHEKAPSELOINTIMERKKIJONO',
    'api-c99e353f761d318322c853c03e',
  ]),
  'openshift-user-token': prefixed((s) => `sha256~${alnum(43)(s)}`, 130, [
    'sha256~' + 'X'.repeat(43),
    'sha256~abc',
    `sha256~${alnum(50)(131)}`,
  ]),
  'sendinblue-api-token': prefixed((s) => `xkeysib-${hex(64)(s)}-${alnum(16)(s + 1)}`, 140, [
    'xkeysib-' + 'a'.repeat(64) + '-' + 'a'.repeat(16),
    'xkeysib-abc',
    'xkeysib-',
  ]),
  'settlemint-personal-access-token': prefixed((s) => `sm_pat_${alnum(16)(s)}`, 150, [
    'sm_pat_' + 'x'.repeat(16),
    'sm_pat_short',
    `sm_pat_${alnum(10)(151)}`,
  ]),
  'settlemint-application-access-token': prefixed((s) => `sm_aat_${alnum(16)(s)}`, 160, [
    'sm_aat_' + 'x'.repeat(16),
    'sm_aat_short',
    `sm_aat_${alnum(10)(161)}`,
  ]),
  'settlemint-service-access-token': prefixed((s) => `sm_sat_${alnum(16)(s)}`, 170, [
    'sm_sat_' + 'x'.repeat(16),
    'sm_sat_short',
    `sm_sat_${alnum(10)(171)}`,
  ]),
  'sourcegraph-access-token': prefixed((s) => `sgp_local_${hex(40)(s)}`, 180, [
    'sgp_' + 'a'.repeat(40),
    'sgp_local_xyz',
    `sgp_${hex(30)(181)}`,
  ]),

  // Keys known by their setting's name
  'adafruit-api-key': named('ADAFRUIT_IO_KEY', 'adafruitToken', lower(32), 200),
  'adobe-client-id': named('ADOBE_CLIENT_ID', 'adobeClientId', hex(32), 210),
  'asana-client-id': named('ASANA_CLIENT_ID', 'asanaClientId', digits(16), 220),
  'bittrex-access-key': named('BITTREX_API_KEY', 'bittrexSecret', lower(32), 230),
  'cisco-meraki-api-key': named('MERAKI_DASHBOARD_API_KEY', 'merakiApiKey', hex(40), 240),
  'codecov-access-token': named('CODECOV_TOKEN', 'codecovToken', lower(32), 250),
  'confluent-access-token': named('CONFLUENT_CLOUD_API_KEY', 'confluentKey', alnum(16), 260),
  'confluent-secret-key': named('CONFLUENT_CLOUD_API_SECRET', 'confluentSecret', alnum(64), 270),
  'discord-api-token': named('DISCORD_APP_TOKEN', 'discordToken', hex(64), 280),
  'discord-client-id': named('DISCORD_CLIENT_ID', 'discordClientId', digits(18), 290),
  'dropbox-api-token': named('DROPBOX_APP_SECRET', 'dropboxSecret', lower(15), 300),
  'etsy-access-token': named('ETSY_API_KEY', 'etsyKey', lower(24), 310),
  'facebook-secret': named('FACEBOOK_APP_SECRET', 'facebookSecret', hex(32), 320),
  'fastly-api-token': named('FASTLY_API_TOKEN', 'fastlyToken', alnum(32), 330),
  'finicity-client-secret': named('FINICITY_APP_SECRET', 'finicitySecret', alnum(20), 340),
  'finicity-api-token': named('FINICITY_APP_KEY', 'finicityKey', hex(32), 350),
  'finnhub-access-token': named('FINNHUB_API_KEY', 'finnhubKey', lower(20), 360),
  'flickr-access-token': named('FLICKR_API_KEY', 'flickrKey', lower(32), 370),
  'freshbooks-access-token': named('FRESHBOOKS_ACCESS_TOKEN', 'freshbooksToken', lower(64), 380),
  'gitter-access-token': named('GITTER_TOKEN', 'gitterToken', lower(40), 390),
  'hubspot-api-key': named('HUBSPOT_API_KEY', 'hubspotKey', uuid, 400),
  'jfrog-api-key': named('JFROG_API_KEY', 'artifactoryKey', lower(73), 410),
  'jfrog-identity-token': named('JFROG_IDENTITY_TOKEN', 'artifactoryToken', lower(64), 420),
  'kraken-access-token': named('KRAKEN_PRIVATE_KEY', 'krakenSecret', alnum(86), 430),
  'kucoin-access-token': named('KUCOIN_API_KEY', 'kucoinKey', hex(24), 440),
  'kucoin-secret-key': named('KUCOIN_API_SECRET', 'kucoinSecret', uuid, 450),
  'linkedin-client-id': named('LINKEDIN_CLIENT_ID', 'linkedinClientId', lower(14), 460),
  'linkedin-client-secret': named('LINKEDIN_CLIENT_SECRET', 'linkedinSecret', alnum(16), 470),
  'lob-pub-api-key': named('LOB_PUBLISHABLE_KEY', 'lobPubKey', (s) => `live_pub_${hex(31)(s)}`, 480),
  'messagebird-api-token': named('MESSAGEBIRD_ACCESS_KEY', 'messagebirdKey', alnum(25), 490),
  'messagebird-client-id': named('MESSAGEBIRD_CLIENT_ID', 'messagebirdClientId', uuid, 500),
  'new-relic-user-api-id': named('NEW_RELIC_USER_ID', 'newRelicUserId', lower(64), 510),
  'nytimes-access-token': named('NYTIMES_API_KEY', 'nytimesKey', alnum(32), 520),
  'plaid-client-id': named('PLAID_CLIENT_ID', 'plaidClientId', alnum(24), 530),
  'privateai-api-token': named('PRIVATE_AI_API_KEY', 'privateAiKey', lower(32), 540),
  'rapidapi-access-token': named('RAPIDAPI_KEY', 'rapidapiKey', alnum(50), 550),
  'sendbird-access-token': named('SENDBIRD_API_TOKEN', 'sendbirdToken', hex(40), 560),
  'sendbird-access-id': named('SENDBIRD_APP_ID', 'sendbirdAppId', uuid, 570),
  'squarespace-access-token': named('SQUARESPACE_API_KEY', 'squarespaceKey', uuid, 580),
  'sumologic-access-id': named('SUMO_ACCESS_ID', 'sumoAccessId', (s) => `su${alnum(12)(s)}`, 590),
  'twitch-api-token': named('TWITCH_CLIENT_SECRET', 'twitchSecret', lower(30), 600),
  'twitter-api-key': named('TWITTER_API_KEY', 'twitterKey', alnum(25), 610),
  'twitter-api-secret': named('TWITTER_API_SECRET', 'twitterSecret', alnum(50), 620),
  'twitter-access-token': named('TWITTER_ACCESS_TOKEN', 'twitterToken', (s) => `${digits(19)(s)}-${alnum(30)(s + 1)}`, 630),
  'twitter-access-secret': named('TWITTER_ACCESS_TOKEN_SECRET', 'twitterAccessSecret', alnum(45), 640),
  'twitter-bearer-token': named('TWITTER_BEARER_TOKEN', 'twitterBearer', (s) => `${'A'.repeat(22)}${alnum(90)(s)}`, 650),

  // Entries of configuration files
  'nuget-config-password': {
    positives: () => [
      `<packageSourceCredentials><feed><add key="ClearTextPassword" value="${alnum(20)(700)}" /></feed></packageSourceCredentials>`,
      `  <add key="Password" value="${alnum(24)(701)}" />`,
      `<add key="ClearTextPassword"\n     value="${alnum(16)(702)}"/>`,
    ],
    negatives: [
      '<add key="ClearTextPassword" value="%FEED_PASSWORD%" />',
      '<add key="ClearTextPassword" value="XXXXXXXXXXX" />',
      '<add key="Username" value="deploy-bot-account" />',
    ],
  },
  'freemius-secret-key': {
    positives: () => [
      `'secret_key' => 'sk_${alnum(29)(710)}',`,
      `  "secret_key" => "sk_${alnum(29)(711)}",`,
      `$fs = fs_dynamic_init(array('secret_key' => 'sk_${alnum(29)(712)}'));`,
    ],
    negatives: [
      "'secret_key' => 'sk_abcdefghijklmnopqrstuvwxyz123',",
      "secret_key => 'sk_short',",
      "'public_key' => 'pk_" + 'a'.repeat(29) + "',",
    ],
  },
  'kubernetes-secret-yaml': {
    positives: () => [
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: ${Buffer.from(alnum(18)(720)).toString('base64')}\n`,
      `apiVersion: v1\ndata:\n  token: "${Buffer.from(alnum(24)(721)).toString('base64')}"\nkind: Secret\nmetadata:\n  name: api\n`,
      `kind: Secret\ntype: Opaque\ndata:\n  key.pem: |\n    ${Buffer.from(alnum(40)(722)).toString('base64')}\n`,
    ],
    negatives: [
      'apiVersion: v1\nkind: Secret\ndata:\n  password: ""\n',
      'apiVersion: v1\nkind: Secret\ndata:\n  password: {{ .Values.password }}\n',
      `apiVersion: v1\nkind: ConfigMap\ndata:\n  token: ${Buffer.from(alnum(24)(723)).toString('base64')}\n`,
    ],
  },
};
