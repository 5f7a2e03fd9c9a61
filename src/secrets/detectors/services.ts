/**
 * The long tail of service credentials: APIs whose keys have no distinctive shape of their own
 * (Twitter, Bittrex, Confluent, Finicity…), so that, as in gitleaks, they are only reported as
 * the value of a setting whose name says the service, plus a few small prefixed formats
 * (`xkeysib-`, `sm_pat_`, `sgp_`, `sha256~`…) that no other family covers.
 *
 * A named key needs the service's name and then a credential word (`token`, `key`, `secret`,
 * `password`…) in the same setting name, then an assignment (see assign.ts) and a value of the
 * service's shape with enough entropy. Client ids and other identifiers (half of a credential
 * pair, not a secret) take any setting named after the service and are reported as `info`.
 */
import type { Confidence, Severity } from '../../engine/types';
import { isPlaceholder, isReference } from '../allowlist';
import { defineSecretDetector, type AllowlistPolicy, type SecretDetector } from '../detector';
import { decodeBase64Binary } from '../encoding';
import { shannonEntropy } from '../entropy';
import { ASSIGN_GAP } from './assign';
import { isFillerValue } from './keys-and-generic-context';
import { contextOf, namesAnIdentifier } from './platforms-shared';

const FAMILY = 'services';

const PUBLIC_NAME = /public|publishable/i;
const KIND_SECRET = /^[ \t]*kind:[ \t]*["']?secret["']?[ \t]*$/im;
const DATA_KEY = /^[ \t]*data:[ \t]*$/;
const BLANK_OR_COMMENT = /^\s*(?:#.*)?$/;
const LEADING_BLANKS = /^[ \t]*/;
const ENV_REFERENCE = /^%\S.*%$/;

/** A line's indentation, a tab counting as two spaces. */
function indentOf(line: string): number {
  return (LEADING_BLANKS.exec(line)?.[0] ?? '').replace(/\t/g, '  ').length;
}

/** `twitter` → `[tT][wW][iI]…`: letters outside `[…]` classes match in any case, the rest as written. */
function caseless(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      out += c + source.charAt(++i);
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += !inClass && /[A-Za-z]/.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
  }
  return out;
}

/** Credential words one of which must follow the service's name in a key's setting name. */
const CREDENTIAL_WORD = caseless('(?:key|token|secret|pass(?:word|wd)?|pwd|auth|cred|pat|api|bearer)');
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const HEX_UUID_ENTROPY = 3;

interface NamedSpec {
  readonly id: string;
  readonly aliases?: readonly string[];
  /** The service's name as it appears in setting names, a regex source (matched in any case unless `exactCase`). */
  readonly service: string;
  readonly exactCase?: boolean;
  readonly keywords: readonly string[];
  /** The value's shape, a regex source matched as written (case-sensitive). */
  readonly value: string;
  readonly label: string;
  readonly summary: string;
  /** An identifier (client id, app id): any setting named after the service, reported as `info`. */
  readonly identifier?: boolean;
  readonly minEntropy?: number;
  readonly severity?: Severity;
  readonly confidence?: Confidence;
  /** What may not follow the value (default: any character of a token). */
  readonly end?: string;
}

/** A credential known only by the name of the setting it is assigned to. */
function named(spec: NamedSpec): SecretDetector {
  const service = spec.exactCase ? `(?:${spec.service})` : caseless(`(?:${spec.service})`);
  const name = spec.identifier ? `${service}[\\w.-]{0,25}?` : `${service}[\\w.-]{0,20}?${CREDENTIAL_WORD}[\\w.-]{0,20}?`;
  // UUID- and SHA-shaped values would fall to the global allowlist of public random values.
  const uuidLike = spec.value.includes('{8}-') || /^\[a-f0-9\]\{(?:40|64)\}$/.test(spec.value);
  return defineSecretDetector({
    id: spec.id,
    family: FAMILY,
    aliases: spec.aliases ?? [],
    severity: spec.severity ?? (spec.identifier ? 'info' : 'error'),
    confidence: spec.confidence ?? (spec.identifier ? 'low' : 'medium'),
    summary: spec.summary,
    keywords: spec.keywords,
    pattern: new RegExp(`${name}${ASSIGN_GAP}(?<secret>${spec.value})${spec.end ?? '(?![\\w+/=-])'}`, 'g'),
    label: spec.label,
    revealPrefix: 4,
    minEntropy: spec.minEntropy ?? (uuidLike ? HEX_UUID_ENTROPY : 3),
    allowlist: uuidLike ? 'placeholders' : 'all',
    ...(spec.identifier
      ? {}
      : {
          validate: (secret: string, match?: RegExpMatchArray) => {
            const context = contextOf(secret, match);
            return !namesAnIdentifier(context) && !PUBLIC_NAME.test(context);
          },
        }),
  });
}

interface PrefixedSpec {
  readonly id: string;
  readonly aliases?: readonly string[];
  readonly keywords: readonly string[];
  readonly pattern: RegExp;
  readonly label: string;
  readonly summary: string;
  readonly minEntropy?: number;
  readonly severity?: Severity;
  readonly confidence?: Confidence;
  readonly allowlist?: AllowlistPolicy;
  readonly revealPrefix?: number;
  readonly validate?: (secret: string, match?: RegExpMatchArray) => boolean;
  /** See SecretDetector.startsAtKeyword. */
  readonly startsAtKeyword?: boolean;
}

/** A credential with a prefix or shape of its own, reported wherever it appears. */
function prefixed(spec: PrefixedSpec): SecretDetector {
  return defineSecretDetector({
    id: spec.id,
    family: FAMILY,
    aliases: spec.aliases ?? [],
    severity: spec.severity ?? 'error',
    confidence: spec.confidence ?? 'high',
    summary: spec.summary,
    keywords: spec.keywords,
    pattern: spec.pattern,
    label: spec.label,
    revealPrefix: spec.revealPrefix ?? 6,
    minEntropy: spec.minEntropy ?? 3,
    allowlist: spec.allowlist ?? 'placeholders',
    ...(spec.validate ? { validate: spec.validate } : {}),
    ...(spec.startsAtKeyword ? { startsAtKeyword: true } : {}),
  });
}

// ---------------------------------------------------------------------------------------------
// Prefixed formats

export const SERVICES_PREFIXED: readonly SecretDetector[] = [
  prefixed({
    id: 'adobe-client-secret',
    keywords: ['p8e-'],
    pattern: /(?<![\w-])p8e-[A-Za-z0-9]{32}(?![\w-])/g,
    label: 'Adobe OAuth client secret',
    summary: 'An Adobe OAuth client secret (p8e-…) is written in the file.',
  }),
  prefixed({
    id: 'authress-service-client-access-key',
    // `.acc_` / `.acc-` (the account part) is rarer than any of the four prefixes.
    keywords: ['.acc_', '.acc-'],
    pattern:
      /(?<![\w.-])(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120}(?![\w+/=-])/g,
    label: 'Authress service client access key',
    summary: 'An Authress service client access key (sc_….acc_…) is written in the file.',
    minEntropy: 3.5,
  }),
  prefixed({
    id: 'clickhouse-cloud-api-secret-key',
    keywords: ['4b1d'],
    pattern: /(?<![A-Za-z0-9_-])4b1d[A-Za-z0-9]{38}(?![A-Za-z0-9_-])/g,
    label: 'ClickHouse Cloud API secret key',
    summary: 'A ClickHouse Cloud API secret key (4b1d…) is written in the file.',
    minEntropy: 3.5,
    confidence: 'medium',
  }),
  prefixed({
    id: 'defined-networking-api-token',
    keywords: ['dnkey-'],
    pattern: /(?<![\w-])dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}(?![\w=-])/g,
    label: 'Defined Networking API token',
    summary: 'A Defined Networking (managed Nebula) API token (dnkey-…) is written in the file.',
  }),
  prefixed({
    id: 'facebook-access-token',
    // The app access token `<app id>|<app secret>`: the file must mention Facebook, as in gitleaks.
    keywords: ['facebook'],
    pattern: /(?<![\w|%])\d{15,16}(?:\||%7[Cc])[0-9A-Za-z_-]{27,40}(?![\w-])/g,
    label: 'Facebook app access token',
    summary: 'A Facebook app access token (<app id>|<secret>) is written in a file that mentions Facebook.',
    confidence: 'medium',
  }),
  prefixed({
    id: 'facebook-page-access-token',
    keywords: ['eaam', 'eaac'],
    startsAtKeyword: true,
    pattern: /(?<![\w-])EAA[MC][A-Za-z0-9]{100,1000}(?![\w-])/g,
    label: 'Facebook access token',
    summary: 'A Facebook user or page access token (EAAM…, EAAC…) is written in the file.',
    minEntropy: 4,
  }),
  prefixed({
    id: 'flutterwave-public-key',
    keywords: ['flwpubk'],
    pattern: /(?<![\w-])FLWPUBK(?:_TEST)?-[a-hA-H0-9]{32}-X(?![\w-])/g,
    label: 'Flutterwave public key',
    summary: 'A Flutterwave public key (FLWPUBK-…) is written in the file; it is publishable, but names the account.',
    severity: 'info',
    confidence: 'high',
  }),
  prefixed({
    id: 'flutterwave-encryption-key',
    keywords: ['flwseck'],
    pattern: /(?<![\w-])FLWSECK(?:_TEST)?-[a-hA-H0-9]{12}(?![\w-])/g,
    label: 'Flutterwave encryption key',
    summary: 'A Flutterwave encryption key (FLWSECK…-<12 hex>) is written in the file.',
  }),
  prefixed({
    id: 'intra42-client-secret',
    keywords: ['s-s4t2ud-', 's-s4t2af-'],
    pattern: /(?<![\w-])s-s4t2(?:ud|af)-[a-fA-F0-9]{64}(?![\w-])/g,
    label: '42 Intra client secret',
    summary: 'A 42 school Intra API client secret (s-s4t2ud-…, s-s4t2af-…) is written in the file.',
  }),
  prefixed({
    id: 'maxmind-license-key',
    keywords: ['_mmk'],
    pattern: /(?<![\w-])[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk(?![\w-])/g,
    label: 'MaxMind license key',
    summary: 'A MaxMind (GeoIP) license key (…_mmk) is written in the file.',
    minEntropy: 4,
  }),
  prefixed({
    id: 'new-relic-browser-api-token',
    keywords: ['nrjs-'],
    pattern: /(?<![\w-])NRJS-[a-f0-9]{19}(?![\w-])/g,
    label: 'New Relic browser ingest key',
    summary: 'A New Relic browser ingest key (NRJS-…) is written in the file; it ships to browsers, but names the account.',
    severity: 'info',
  }),
  prefixed({
    id: 'octopus-deploy-api-key',
    keywords: ['api-'],
    pattern: /(?<![\w-])API-(?=[A-Z]{0,25}\d)[A-Z0-9]{26}(?![\w-])/g,
    label: 'Octopus Deploy API key',
    summary: 'An Octopus Deploy API key (API-…) is written in the file.',
    confidence: 'medium',
  }),
  prefixed({
    id: 'openshift-user-token',
    keywords: ['sha256~'],
    pattern: /(?<![\w-])sha256~[\w-]{43}(?![\w-])/g,
    label: 'OpenShift user token',
    summary: 'An OpenShift OAuth access token (sha256~…) is written in the file.',
    minEntropy: 3.5,
  }),
  prefixed({
    id: 'sendinblue-api-token',
    keywords: ['xkeysib-'],
    pattern: /(?<![\w-])xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}(?![\w-])/g,
    label: 'Brevo (Sendinblue) API key',
    summary: 'A Brevo (formerly Sendinblue) API key (xkeysib-…) is written in the file.',
  }),
  ...(['personal', 'application', 'service'] as const).map((kind) =>
    prefixed({
      id: `settlemint-${kind}-access-token`,
      keywords: [`sm_${kind.charAt(0)}at`],
      pattern: new RegExp(`(?<![\\w-])sm_${kind.charAt(0)}at_[A-Za-z0-9]{16}(?![\\w-])`, 'g'),
      label: `SettleMint ${kind} access token`,
      summary: `A SettleMint ${kind} access token (sm_${kind.charAt(0)}at_…) is written in the file.`,
    }),
  ),
  prefixed({
    id: 'sourcegraph-access-token',
    keywords: ['sgp_'],
    pattern: /(?<![\w-])sgp_(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40}(?![\w-])/g,
    label: 'Sourcegraph access token',
    summary: 'A Sourcegraph access token (sgp_…) is written in the file.',
  }),
];

// ---------------------------------------------------------------------------------------------
// Keys known by their setting's name

const ALNUM = (n: number | string): string => `[A-Za-z0-9]{${n}}`;
const LOWER_ALNUM = (n: number | string): string => `[a-z0-9]{${n}}`;
const HEX = (n: number | string): string => `[a-f0-9]{${n}}`;

export const SERVICES_NAMED: readonly SecretDetector[] = [
  named({
    id: 'adafruit-api-key',
    service: 'adafruit',
    keywords: ['adafruit'],
    value: '[a-z0-9_-]{32}',
    label: 'Adafruit IO key',
    summary: 'An Adafruit IO key is assigned to an adafruit-named setting.',
  }),
  named({
    id: 'adobe-client-id',
    service: 'adobe',
    keywords: ['adobe'],
    value: HEX(32),
    identifier: true,
    label: 'Adobe client id',
    summary: 'An Adobe OAuth client id is assigned to an adobe-named setting.',
  }),
  named({
    id: 'asana-client-id',
    service: 'asana',
    keywords: ['asana'],
    value: '[0-9]{16}',
    identifier: true,
    minEntropy: 2.5,
    label: 'Asana client id',
    summary: 'An Asana OAuth client id is assigned to an asana-named setting.',
  }),
  named({
    id: 'bittrex-access-key',
    aliases: ['bittrex-secret-key'],
    service: 'bittrex',
    keywords: ['bittrex'],
    value: LOWER_ALNUM(32),
    label: 'Bittrex API key or secret',
    summary: 'A Bittrex API key or secret is assigned to a bittrex-named setting.',
  }),
  named({
    id: 'cisco-meraki-api-key',
    service: '[Mm]eraki|MERAKI',
    exactCase: true,
    keywords: ['meraki'],
    value: HEX(40),
    label: 'Cisco Meraki API key',
    summary: 'A Cisco Meraki Dashboard API key is assigned to a meraki-named setting.',
  }),
  named({
    id: 'codecov-access-token',
    service: 'codecov',
    keywords: ['codecov'],
    value: `${LOWER_ALNUM(32)}|${UUID}`,
    label: 'Codecov token',
    summary: 'A Codecov upload or API token is assigned to a codecov-named setting.',
  }),
  named({
    id: 'confluent-access-token',
    service: 'confluent',
    keywords: ['confluent'],
    value: ALNUM(16),
    label: 'Confluent Cloud API key',
    summary: 'A Confluent Cloud API key is assigned to a confluent-named setting.',
  }),
  named({
    id: 'confluent-secret-key',
    service: 'confluent',
    keywords: ['confluent'],
    value: `[A-Za-z0-9+/]{64}`,
    label: 'Confluent Cloud API secret',
    summary: 'A Confluent Cloud API secret is assigned to a confluent-named setting.',
  }),
  named({
    id: 'discord-api-token',
    service: 'discord',
    keywords: ['discord'],
    value: HEX(64),
    label: 'Discord application key',
    summary: 'A 64-hex Discord key is assigned to a discord-named setting (not a public key).',
  }),
  named({
    id: 'discord-client-id',
    service: 'discord',
    keywords: ['discord'],
    value: '[0-9]{17,19}',
    identifier: true,
    minEntropy: 2.5,
    label: 'Discord client id',
    summary: 'A Discord application (client) id is assigned to a discord-named setting.',
  }),
  named({
    id: 'dropbox-api-token',
    service: 'dropbox',
    keywords: ['dropbox'],
    value: LOWER_ALNUM(15),
    label: 'Dropbox app key or secret',
    summary: 'A Dropbox app key or secret is assigned to a dropbox-named setting.',
  }),
  named({
    id: 'etsy-access-token',
    service: 'ETSY|[Ee]tsy',
    exactCase: true,
    keywords: ['etsy'],
    value: LOWER_ALNUM(24),
    label: 'Etsy API key',
    summary: 'An Etsy API key is assigned to an etsy-named setting.',
  }),
  named({
    id: 'facebook-secret',
    service: 'facebook',
    keywords: ['facebook'],
    value: HEX(32),
    label: 'Facebook app secret',
    summary: 'A Facebook app secret or client token is assigned to a facebook-named setting.',
  }),
  named({
    id: 'fastly-api-token',
    service: 'fastly',
    keywords: ['fastly'],
    value: '[A-Za-z0-9=_-]{32}',
    label: 'Fastly API token',
    summary: 'A Fastly API token is assigned to a fastly-named setting.',
  }),
  named({
    id: 'finicity-client-secret',
    service: 'finicity',
    keywords: ['finicity'],
    value: ALNUM(20),
    label: 'Finicity client secret',
    summary: 'A Finicity client secret is assigned to a finicity-named setting.',
  }),
  named({
    id: 'finicity-api-token',
    service: 'finicity',
    keywords: ['finicity'],
    value: HEX(32),
    label: 'Finicity API key',
    summary: 'A Finicity API key is assigned to a finicity-named setting.',
  }),
  named({
    id: 'finnhub-access-token',
    service: 'finnhub',
    keywords: ['finnhub'],
    value: LOWER_ALNUM(20),
    label: 'Finnhub API key',
    summary: 'A Finnhub API key is assigned to a finnhub-named setting.',
  }),
  named({
    id: 'flickr-access-token',
    service: 'flickr',
    keywords: ['flickr'],
    value: LOWER_ALNUM(32),
    label: 'Flickr API key',
    summary: 'A Flickr API key or secret is assigned to a flickr-named setting.',
  }),
  named({
    id: 'freshbooks-access-token',
    service: 'freshbooks',
    keywords: ['freshbooks'],
    value: LOWER_ALNUM(64),
    label: 'FreshBooks access token',
    summary: 'A FreshBooks access token is assigned to a freshbooks-named setting.',
  }),
  named({
    id: 'gitter-access-token',
    service: 'gitter',
    keywords: ['gitter'],
    value: '[a-z0-9_-]{40}',
    label: 'Gitter access token',
    summary: 'A Gitter access token is assigned to a gitter-named setting.',
  }),
  named({
    id: 'hubspot-api-key',
    service: 'hubspot',
    keywords: ['hubspot'],
    value: UUID,
    label: 'HubSpot API key',
    summary: 'A HubSpot API key (a UUID) is assigned to a hubspot-named setting.',
  }),
  named({
    id: 'jfrog-api-key',
    service: 'jfrog|artifactory|bintray|xray',
    keywords: ['jfrog', 'artifactory', 'bintray', 'xray'],
    value: LOWER_ALNUM(73),
    label: 'JFrog API key',
    summary: 'A JFrog (Artifactory, Bintray, Xray) API key is assigned to a jfrog-named setting.',
  }),
  named({
    id: 'jfrog-identity-token',
    service: 'jfrog|artifactory|bintray|xray',
    keywords: ['jfrog', 'artifactory', 'bintray', 'xray'],
    value: LOWER_ALNUM(64),
    label: 'JFrog identity token',
    summary: 'A JFrog (Artifactory, Bintray, Xray) identity token is assigned to a jfrog-named setting.',
  }),
  named({
    id: 'kraken-access-token',
    service: 'kraken',
    keywords: ['kraken'],
    value: '[A-Za-z0-9/=_+-]{80,90}',
    label: 'Kraken API key',
    summary: 'A Kraken API key or private key is assigned to a kraken-named setting.',
    minEntropy: 4,
  }),
  named({
    id: 'kucoin-access-token',
    service: 'kucoin',
    keywords: ['kucoin'],
    value: HEX(24),
    label: 'KuCoin API key',
    summary: 'A KuCoin API key is assigned to a kucoin-named setting.',
  }),
  named({
    id: 'kucoin-secret-key',
    service: 'kucoin',
    keywords: ['kucoin'],
    value: UUID,
    label: 'KuCoin API secret',
    summary: 'A KuCoin API secret (a UUID) is assigned to a kucoin-named setting.',
  }),
  named({
    id: 'linkedin-client-id',
    service: 'linked[_-]?in',
    keywords: ['linkedin', 'linked_in', 'linked-in'],
    value: LOWER_ALNUM(14),
    identifier: true,
    label: 'LinkedIn client id',
    summary: 'A LinkedIn client id is assigned to a linkedin-named setting.',
  }),
  named({
    id: 'linkedin-client-secret',
    service: 'linked[_-]?in',
    keywords: ['linkedin', 'linked_in', 'linked-in'],
    value: ALNUM(16),
    label: 'LinkedIn client secret',
    summary: 'A LinkedIn client secret is assigned to a linkedin-named setting.',
  }),
  named({
    id: 'lob-pub-api-key',
    service: 'lob',
    keywords: ['test_pub_', 'live_pub_'],
    value: `(?:test|live)_pub_${HEX(31)}`,
    identifier: true,
    label: 'Lob publishable key',
    summary: 'A Lob publishable key is assigned to a lob-named setting.',
  }),
  named({
    id: 'messagebird-api-token',
    service: 'message[_-]?bird',
    keywords: ['messagebird', 'message_bird', 'message-bird'],
    value: ALNUM(25),
    label: 'MessageBird API key',
    summary: 'A MessageBird (Bird) API key is assigned to a messagebird-named setting.',
  }),
  named({
    id: 'messagebird-client-id',
    service: 'message[_-]?bird',
    keywords: ['messagebird', 'message_bird', 'message-bird'],
    value: UUID,
    identifier: true,
    label: 'MessageBird client id',
    summary: 'A MessageBird client id is assigned to a messagebird-named setting.',
  }),
  named({
    id: 'new-relic-user-api-id',
    service: 'new[_-]?relic',
    keywords: ['newrelic', 'new_relic', 'new-relic'],
    value: LOWER_ALNUM(64),
    identifier: true,
    label: 'New Relic user API id',
    summary: 'A 64-character New Relic user API id is assigned to a new-relic-named setting.',
  }),
  named({
    id: 'nytimes-access-token',
    service: 'nytimes|new[_-]?york[_-]?times',
    keywords: ['nytimes', 'new-york-times', 'newyorktimes', 'new_york_times'],
    value: '[A-Za-z0-9=_-]{32}',
    label: 'New York Times API key',
    summary: 'A New York Times API key is assigned to an nytimes-named setting.',
  }),
  named({
    id: 'plaid-client-id',
    service: 'plaid',
    keywords: ['plaid'],
    value: ALNUM(24),
    identifier: true,
    label: 'Plaid client id',
    summary: 'A Plaid client id is assigned to a plaid-named setting.',
  }),
  named({
    id: 'privateai-api-token',
    service: 'private[_-]?ai',
    keywords: ['privateai', 'private_ai', 'private-ai'],
    value: LOWER_ALNUM(32),
    label: 'Private AI API key',
    summary: 'A Private AI API key is assigned to a privateai-named setting.',
  }),
  named({
    id: 'rapidapi-access-token',
    service: 'rapidapi',
    keywords: ['rapidapi'],
    value: '[A-Za-z0-9_-]{50}',
    label: 'RapidAPI key',
    summary: 'A RapidAPI key is assigned to a rapidapi-named setting.',
  }),
  named({
    id: 'sendbird-access-token',
    service: 'sendbird',
    keywords: ['sendbird'],
    value: HEX(40),
    label: 'Sendbird API token',
    summary: 'A Sendbird API token is assigned to a sendbird-named setting.',
  }),
  named({
    id: 'sendbird-access-id',
    service: 'sendbird',
    keywords: ['sendbird'],
    value: UUID,
    identifier: true,
    label: 'Sendbird application id',
    summary: 'A Sendbird application id is assigned to a sendbird-named setting.',
  }),
  named({
    id: 'squarespace-access-token',
    service: 'squarespace',
    keywords: ['squarespace'],
    value: UUID,
    label: 'Squarespace API key',
    summary: 'A Squarespace API key (a UUID) is assigned to a squarespace-named setting.',
  }),
  named({
    id: 'sumologic-access-id',
    service: '[Ss]umo|SUMO',
    exactCase: true,
    keywords: ['sumo'],
    value: 'su[A-Za-z0-9]{12}',
    identifier: true,
    label: 'Sumo Logic access id',
    summary: 'A Sumo Logic access id (su…) is assigned to a sumo-named setting.',
  }),
  named({
    id: 'twitch-api-token',
    service: 'twitch',
    keywords: ['twitch'],
    value: LOWER_ALNUM(30),
    label: 'Twitch API token',
    summary: 'A Twitch client secret or OAuth token is assigned to a twitch-named setting.',
  }),
  named({
    id: 'twitter-api-key',
    service: 'twitter',
    keywords: ['twitter'],
    value: ALNUM(25),
    label: 'Twitter (X) API key',
    summary: 'A Twitter (X) API key (consumer key) is assigned to a twitter-named setting.',
  }),
  named({
    id: 'twitter-api-secret',
    service: 'twitter',
    keywords: ['twitter'],
    value: ALNUM(50),
    label: 'Twitter (X) API secret',
    summary: 'A Twitter (X) API secret (consumer secret) is assigned to a twitter-named setting.',
  }),
  named({
    id: 'twitter-access-token',
    service: 'twitter',
    keywords: ['twitter'],
    value: '[0-9]{15,25}-[A-Za-z0-9]{20,40}',
    label: 'Twitter (X) access token',
    summary: 'A Twitter (X) user access token (<user id>-…) is assigned to a twitter-named setting.',
  }),
  named({
    id: 'twitter-access-secret',
    service: 'twitter',
    keywords: ['twitter'],
    value: ALNUM(45),
    label: 'Twitter (X) access token secret',
    summary: 'A Twitter (X) access token secret is assigned to a twitter-named setting.',
  }),
  named({
    id: 'twitter-bearer-token',
    service: 'twitter',
    keywords: ['twitter'],
    value: 'A{22}[A-Za-z0-9%]{80,100}',
    label: 'Twitter (X) bearer token',
    summary: 'A Twitter (X) app bearer token (AAAA…) is assigned to a twitter-named setting.',
    minEntropy: 3.5,
  }),
];

/** A value that only names an environment variable, a template or a sample, not a password. */
function isNugetPlaceholder(value: string): boolean {
  return ENV_REFERENCE.test(value) || isPlaceholder(value) || isReference(value) || value === '33f!!lloppa' || value === 'hal+9ooo_da!sY';
}

/**
 * Whether the `key: value` line at `index` is an entry of a `data:` map in a YAML document whose
 * `kind` is `Secret` (not `ExternalSecret`, `SopsSecret` or a ConfigMap): the document is cut at
 * `---` lines, and the nearest less-indented key above the entry must be `data`.
 */
function isSecretManifestData(text: string, index: number): boolean {
  const docStart = Math.max(0, text.lastIndexOf('\n---', index) + 1);
  const next = text.indexOf('\n---', index);
  const doc = text.slice(docStart, next < 0 ? text.length : next);
  if (!KIND_SECRET.test(doc)) return false;
  const lineStart = text.lastIndexOf('\n', index) + 1;
  const indent = indentOf(text.slice(lineStart, text.indexOf('\n', lineStart) >>> 0));
  for (let end = lineStart - 1; end > docStart;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (BLANK_OR_COMMENT.test(line)) continue;
    if (indentOf(line) < indent) return DATA_KEY.test(line);
  }
  return false;
}

/**
 * Credentials found by the configuration entry that holds them. gitleaks limits these rules to
 * file names (`nuget.config`, `*.php`, `*.yaml`); Drydock checks the content, which holds in any
 * file (a `web.config` with the same entry leaks a password too).
 */
export const SERVICES_BY_FILE: readonly SecretDetector[] = [
  defineSecretDetector({
    id: 'nuget-config-password',
    family: FAMILY,
    aliases: [],
    severity: 'error',
    confidence: 'high',
    summary: 'A password is written in clear text in a NuGet.Config (or another .NET XML config) <add key="Password" value="…"/> entry.',
    keywords: ['<add key='],
    pattern: /<add\s+key="(?:ClearText)?Password"\s+value="(?<secret>[^"\r\n]{8,200})"\s*\/>/gi,
    label: 'NuGet source password',
    revealPrefix: 2,
    allowlist: 'placeholders',
    validate: (secret) => !isNugetPlaceholder(secret) && shannonEntropy(secret) >= 2,
  }),
  defineSecretDetector({
    id: 'freemius-secret-key',
    family: FAMILY,
    aliases: [],
    severity: 'error',
    confidence: 'high',
    summary: "A Freemius secret key is written in a PHP configuration array ('secret_key' => 'sk_…').",
    keywords: ['secret_key'],
    pattern: /["']secret_key["']\s*=>\s*["'](?<secret>sk_\S{29})["']/gi,
    startsBeforeKeyword: 1,
    label: 'Freemius secret key',
    revealPrefix: 3,
    minEntropy: 3,
    allowlist: 'placeholders',
  }),
];

/**
 * The values of a Kubernetes Secret manifest's `data:` map: base64 of the secret itself, so anyone
 * with the repository has it. Values of 10 base64 characters or more (gitleaks' floor), inline or
 * as a `|`/`>` block, that decode to something other than a placeholder or a default
 * (`password123`, `admin:password`); templates (`{{ … }}`) and empty strings are not base64 and
 * stay silent, and a PEM key inside is left to the private-key detector.
 */
const kubernetesSecretYaml = defineSecretDetector({
  id: 'kubernetes-secret-yaml',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: "A value of a Kubernetes Secret manifest's data map (base64, not encrypted) is in the file.",
  keywords: ['kind: secret', "kind: 'secret'", 'kind: "secret"'],
  pattern: /^[ \t]+[\w.-]+:[ \t]*(?:[|>][-+]?[ \t]*\r?\n[ \t]+)?(?<q>["']?)(?<secret>[A-Za-z0-9+/]{10,}={0,3})\k<q>[ \t]*$/gm,
  label: 'Kubernetes Secret data',
  revealPrefix: 2,
  allowlist: 'placeholders',
  validate: (secret, match) => {
    if (match?.index === undefined || match.input === undefined) return false;
    const decoded = decodeBase64Text(secret)?.trim();
    if (decoded === undefined || isPlaceholder(decoded) || isReference(decoded) || isFillerValue(decoded)) return false;
    // A PEM key inside is the private-key detector's finding.
    if (decoded.startsWith('-----BEGIN')) return false;
    return isSecretManifestData(match.input, match.index);
  },
});

/** Base64 that decodes to at least 4 bytes (text or binary), as a Latin-1 string. */
function decodeBase64Text(value: string): string | undefined {
  if (value.replace(/=+$/, '').length % 4 === 1) return undefined;
  const decoded = decodeBase64Binary(value);
  return decoded !== undefined && decoded.length >= 4 ? decoded : undefined;
}

export const SERVICES_DETECTORS: readonly SecretDetector[] = [
  ...SERVICES_PREFIXED,
  ...SERVICES_NAMED,
  ...SERVICES_BY_FILE,
  kubernetesSecretYaml,
];
