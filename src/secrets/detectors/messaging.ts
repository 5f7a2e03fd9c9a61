/**
 * Messaging and notification credentials: Slack, Discord, Telegram, Microsoft Teams, Mattermost,
 * Zulip, Twilio, SendGrid, Mailgun, Mailchimp, Postmark, Intercom and Zendesk. Formats with a
 * distinctive prefix (`xoxb-`, `SG.`, webhook hosts) are matched anywhere; formats without one are
 * matched only as the value of a key that names the provider (`ZENDESK_API_TOKEN=…`).
 */
import { defineSecretDetector, type SecretDetector } from '../detector';
import { shannonEntropy } from '../entropy';
import { anyCase, assignmentPattern, decodeBase64Url } from './messaging-context';

const SLACK_ALIAS = '@secretlint/secretlint-rule-slack';
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** The last path segment of a webhook URL is its secret part: it must look random. */
function randomTail(url: string): boolean {
  const tail = url.slice(url.lastIndexOf('/') + 1);
  return shannonEntropy(tail) >= 3 && !/^(.)\1+$/.test(tail);
}

/**
 * Slack bot token: `xoxb-` + two numeric ids + a random part of 24–34 characters. It acts as the
 * bot in every channel the bot joined. The three-part shape (the gitleaks rule accepts any tail)
 * and an entropy floor keep `xoxb-my-bot-token` and `xoxb-xxxx` samples quiet.
 */
export const slackBotToken = defineSecretDetector({
  id: 'slack-bot-token',
  family: 'messaging',
  aliases: [SLACK_ALIAS, 'slack-access-token'],
  severity: 'error',
  confidence: 'high',
  summary: 'A Slack bot token (xoxb-) is written in the file.',
  keywords: ['xoxb-'],
  pattern: /(?<![A-Za-z0-9_-])xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24,34}(?![A-Za-z0-9-])/g,
  label: 'Slack bot token',
  revealPrefix: 9,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Slack legacy bot token: `xoxb-` + one numeric id + 18–26 random characters (bots created before
 * granular permissions). Disjoint from the current bot token shape, so a token is reported once.
 */
export const slackLegacyBotToken = defineSecretDetector({
  id: 'slack-legacy-bot-token',
  family: 'messaging',
  aliases: [SLACK_ALIAS],
  severity: 'error',
  confidence: 'high',
  summary: 'A Slack legacy bot token (xoxb-, two parts) is written in the file.',
  keywords: ['xoxb-'],
  pattern: /(?<![A-Za-z0-9_-])xoxb-\d{8,14}-[A-Za-z0-9]{18,26}(?![A-Za-z0-9-])/g,
  label: 'Slack legacy bot token',
  revealPrefix: 9,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Slack user token: `xoxp-` (or `xoxe-` as seen in file URLs) + three numeric ids + a 28–34
 * character random part. It acts as the user who installed the app, including private channels
 * and DMs. The numeric ids must be 10–13 digits, which rules out `xoxp-1234-1234-1234-…` samples.
 */
export const slackUserToken = defineSecretDetector({
  id: 'slack-user-token',
  family: 'messaging',
  aliases: [SLACK_ALIAS],
  severity: 'error',
  confidence: 'high',
  summary: 'A Slack user token (xoxp-) is written in the file.',
  keywords: ['xoxp-', 'xoxe-'],
  pattern: /(?<![A-Za-z0-9_.-])xox[pe](?:-\d{10,13}){3}-[A-Za-z0-9]{28,34}(?![A-Za-z0-9-])/g,
  label: 'Slack user token',
  revealPrefix: 9,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Slack app-level token: `xapp-` + a version digit + the app id + a numeric id + a long random
 * part. It opens Socket Mode connections and reads the app's events.
 */
export const slackAppToken = defineSecretDetector({
  id: 'slack-app-token',
  family: 'messaging',
  aliases: [SLACK_ALIAS],
  severity: 'error',
  confidence: 'high',
  summary: 'A Slack app-level token (xapp-) is written in the file.',
  keywords: ['xapp-'],
  pattern: /(?<![A-Za-z0-9_-])xapp-\d-[A-Za-z0-9]{8,14}-\d{10,14}-[A-Za-z0-9]{32,80}(?![A-Za-z0-9-])/g,
  label: 'Slack app-level token',
  revealPrefix: 9,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Slack configuration access token: `xoxe.xoxp-1-` or `xoxe.xoxb-1-` + 163–166 characters. It
 * creates and edits apps through the App Manifest API. The fixed length keeps prose quiet.
 */
export const slackConfigAccessToken = defineSecretDetector({
  id: 'slack-config-access-token',
  family: 'messaging',
  aliases: [SLACK_ALIAS],
  severity: 'error',
  confidence: 'high',
  summary: 'A Slack configuration access token (xoxe.xoxp-) is written in the file.',
  keywords: ['xoxe.xoxb-', 'xoxe.xoxp-'],
  pattern: /(?<![A-Za-z0-9_-])xoxe\.xox[bp]-\d-[A-Za-z0-9]{163,166}(?![A-Za-z0-9-])/g,
  label: 'Slack configuration access token',
  revealPrefix: 14,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Slack configuration refresh token: `xoxe-1-` + 146 characters; it mints new configuration
 * access tokens, so it outlives them. Exactly 146 characters are required.
 */
export const slackConfigRefreshToken = defineSecretDetector({
  id: 'slack-config-refresh-token',
  family: 'messaging',
  aliases: [SLACK_ALIAS],
  severity: 'error',
  confidence: 'high',
  summary: 'A Slack configuration refresh token (xoxe-) is written in the file.',
  keywords: ['xoxe-'],
  pattern: /(?<![A-Za-z0-9_.-])xoxe-\d-[A-Za-z0-9]{146}(?![A-Za-z0-9-])/g,
  label: 'Slack configuration refresh token',
  revealPrefix: 9,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Slack legacy tokens (`xoxs-`, `xoxo-`): three numeric ids and a hex tail. Slack no longer issues
 * them, but old ones still work until revoked. Requiring the numeric ids and the dash after the
 * prefix keeps `xoxo` in prose and file names quiet.
 */
export const slackLegacyToken = defineSecretDetector({
  id: 'slack-legacy-token',
  family: 'messaging',
  aliases: [SLACK_ALIAS],
  severity: 'error',
  confidence: 'high',
  summary: 'A Slack legacy token (xoxs-, xoxo-) is written in the file.',
  keywords: ['xoxs-', 'xoxo-'],
  pattern: /(?<![A-Za-z0-9_-])xox[os]-\d{1,14}-\d{1,14}-\d{1,14}-[a-fA-F0-9]{8,64}(?![A-Za-z0-9-])/g,
  label: 'Slack legacy token',
  revealPrefix: 9,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Slack legacy workspace tokens (`xoxa-`, `xoxr-`): workspace apps' access and refresh tokens. The
 * format is the least documented of Slack's, so the pattern asks for at least 8 random characters
 * after the prefix and an entropy floor; `xoxa-nyc` and `xoxa-faketoken` stay quiet.
 */
export const slackLegacyWorkspaceToken = defineSecretDetector({
  id: 'slack-legacy-workspace-token',
  family: 'messaging',
  aliases: [SLACK_ALIAS],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Slack legacy workspace token (xoxa-, xoxr-) is written in the file.',
  keywords: ['xoxa-', 'xoxr-'],
  pattern: /(?<![A-Za-z0-9_-])xox[ar]-(?:\d-)?[0-9A-Za-z]{8,48}(?:-[0-9A-Za-z]{6,48}){0,4}(?![A-Za-z0-9-])/g,
  label: 'Slack legacy workspace token',
  revealPrefix: 9,
  minEntropy: 3,
  allowlist: 'placeholders',
  validate: (secret) => /\d/.test(secret.slice(5)) && /[A-Za-z]/.test(secret.slice(5)),
});

/**
 * Slack incoming webhook and workflow trigger URLs: anyone holding one can post to the channel
 * (or start the workflow) as the app. The team id / bot id / secret structure is required (not just
 * any 43–56 characters, as in gitleaks), and the secret tail must look random, so documentation
 * URLs such as `…/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX` stay quiet.
 */
export const slackWebhookUrl = defineSecretDetector({
  id: 'slack-webhook-url',
  family: 'messaging',
  aliases: [SLACK_ALIAS, 'slack-web-hook'],
  severity: 'error',
  confidence: 'high',
  summary: 'A Slack incoming webhook or workflow trigger URL is written in the file.',
  keywords: ['hooks.slack.com'],
  pattern:
    /(?:https?:\/\/)?hooks\.slack\.com\/(?:services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{20,32}|workflows\/[TE][A-Z0-9]{6,12}\/A[A-Z0-9]{6,12}\/\d{12,22}\/[A-Za-z0-9]{20,32}|triggers\/[TE][A-Z0-9]{6,12}\/\d{8,22}\/[A-Za-z0-9]{24,40})(?![A-Za-z0-9])/g,
  label: 'Slack webhook URL',
  revealPrefix: 28,
  allowlist: 'placeholders',
  validate: randomTail,
});

/**
 * Discord bot token: the bot's user id in base64, a 6-character timestamp and an HMAC of 27 or 38
 * characters, on a line that mentions Discord. The first part must decode to a 17–20 digit
 * snowflake id, which random text of that shape almost never does.
 */
export const discordBotToken = defineSecretDetector({
  id: 'discord-bot-token',
  family: 'messaging',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Discord bot token is written in the file.',
  keywords: ['discord'],
  pattern: new RegExp(
    `${anyCase('discord')}[^\\n]{0,80}?(?<![A-Za-z0-9_-])(?<secret>[MNO][A-Za-z0-9_-]{22,26}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_-])`,
    'g',
  ),
  label: 'Discord bot token',
  revealPrefix: 4,
  allowlist: 'placeholders',
  validate: (secret) => /^\d{17,20}$/.test(decodeBase64Url(secret.slice(0, secret.indexOf('.'))) ?? ''),
});

/**
 * Discord webhook URL: `https://discord.com/api/webhooks/<id>/<68-character token>`. Anyone holding
 * it can post to the channel under any name and avatar. The token part must look random.
 */
export const discordWebhookUrl = defineSecretDetector({
  id: 'discord-webhook-url',
  family: 'messaging',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Discord webhook URL is written in the file.',
  keywords: ['discord'],
  pattern:
    /https?:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/(?:v\d{1,2}\/)?webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,72}(?![A-Za-z0-9_-])/g,
  label: 'Discord webhook URL',
  revealPrefix: 33,
  allowlist: 'placeholders',
  validate: randomTail,
});

/**
 * Discord OAuth2 client secret: 32 characters assigned to a key that names both Discord and a
 * secret (`DISCORD_CLIENT_SECRET=…`). gitleaks accepts any 32 characters after `discord`, which
 * also catches public keys and ids; asking for "secret" in the key name is what keeps this quiet.
 */
export const discordClientSecret = defineSecretDetector({
  id: 'discord-client-secret',
  family: 'messaging',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Discord application client secret is written in the file.',
  keywords: ['discord'],
  pattern: assignmentPattern(`${anyCase('discord')}[\\w.-]{0,20}?(?:${anyCase('secret')}|${anyCase('token')})`, '[A-Za-z0-9_-]{32}'),
  label: 'Discord client secret',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'all',
});

/**
 * Telegram bot token: the bot id, a colon and 35 characters starting with `A`, on a line that
 * mentions Telegram (a variable, `new Telegraf(…)`, or an `api.telegram.org/bot…` URL) or on the
 * line after an XML element named so (`<telegramToken>` and the token indented below it). Whoever
 * holds it controls the bot and reads its messages.
 */
export const telegramBotApiToken = defineSecretDetector({
  id: 'telegram-bot-api-token',
  family: 'messaging',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Telegram bot API token is written in the file.',
  keywords: ['telegr'],
  pattern: new RegExp(
    `${anyCase('telegr')}[^\\n]{0,60}?(?:>\\r?\\n[ \\t]{0,16})?(?:(?<![A-Za-z0-9_-])|(?<=\\/bot))(?<secret>\\d{5,16}:A[A-Za-z0-9_-]{34})(?![A-Za-z0-9_-])`,
    'g',
  ),
  label: 'Telegram bot token',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'all',
});

/**
 * Twilio API key SID: `SK` + 32 hex digits. The SID names an API key; the key's secret is a
 * separate string (see twilio-auth-token), so a SID alone is a warning: where it is written, its
 * secret is often written next to it. An account SID (`AC…`) is an identifier and is not reported.
 */
export const twilioApiKey = defineSecretDetector({
  id: 'twilio-api-key',
  family: 'messaging',
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'A Twilio API key SID (SK…) is written in the file.',
  // `SK` + a hex digit: sixteen 3-character keywords instead of gitleaks' `sk`, which is in every file.
  keywords: ['sk0', 'sk1', 'sk2', 'sk3', 'sk4', 'sk5', 'sk6', 'sk7', 'sk8', 'sk9', 'ska', 'skb', 'skc', 'skd', 'ske', 'skf'],
  pattern: /(?<![A-Za-z0-9_])SK[0-9a-fA-F]{32}(?![A-Za-z0-9_])/g,
  startsAtKeyword: true,
  label: 'Twilio API key SID',
  revealPrefix: 6,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Twilio auth token or API key secret: 32 characters assigned to a key that names Twilio and an
 * auth token or secret (`TWILIO_AUTH_TOKEN=…`). With the public account SID it authenticates as
 * the account: it can send messages and place calls at the account's expense.
 */
export const twilioAuthToken = defineSecretDetector({
  id: 'twilio-auth-token',
  family: 'messaging',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Twilio auth token or API key secret is written in the file.',
  keywords: ['twilio'],
  pattern: assignmentPattern(
    `${anyCase('twilio')}[\\w.-]{0,20}?(?:${anyCase('auth')}[_.-]?${anyCase('token')}|${anyCase('secret')})`,
    '[A-Za-z0-9]{32}',
  ),
  label: 'Twilio auth token',
  revealPrefix: 4,
  minEntropy: 3.2,
  allowlist: 'all',
});

/**
 * SendGrid API key: `SG.` + a 22-character key id + `.` + a 43-character secret. It sends mail as
 * the account's verified domains, which makes it a phishing tool. The two fixed lengths are
 * required, so `SG.xxx` samples and other `SG.` strings stay quiet.
 */
export const sendgridApiToken = defineSecretDetector({
  id: 'sendgrid-api-token',
  family: 'messaging',
  aliases: ['@secretlint/secretlint-rule-sendgrid'],
  severity: 'error',
  confidence: 'high',
  summary: 'A SendGrid API key (SG.) is written in the file.',
  keywords: ['sg.'],
  startsAtKeyword: true,
  pattern: /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
  label: 'SendGrid API key',
  revealPrefix: 7,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Mailgun private API key, old format: `key-` + 32 hex digits, assigned to a key that names
 * Mailgun. `key-` followed by a hash is common elsewhere (cache keys), so the context is required.
 */
export const mailgunPrivateApiToken = defineSecretDetector({
  id: 'mailgun-private-api-token',
  family: 'messaging',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Mailgun private API key (key-…) is written in the file.',
  keywords: ['mailgun'],
  pattern: assignmentPattern(anyCase('mailgun'), 'key-[0-9a-f]{32}'),
  label: 'Mailgun private API key',
  revealPrefix: 8,
  minEntropy: 3,
  allowlist: 'all',
});

/**
 * Mailgun public validation key: `pubkey-` + 32 hex digits. It was meant for browsers (address
 * validation), so it is a warning: it still lets others spend the account's validation quota.
 */
export const mailgunPubKey = defineSecretDetector({
  id: 'mailgun-pub-key',
  family: 'messaging',
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'A Mailgun public validation key (pubkey-…) is written in the file.',
  keywords: ['mailgun'],
  pattern: assignmentPattern(anyCase('mailgun'), 'pubkey-[0-9a-f]{32}'),
  label: 'Mailgun public validation key',
  revealPrefix: 11,
  minEntropy: 3,
  allowlist: 'all',
});

/**
 * Mailgun API key (current format) or webhook signing key: 32 hex, 8 hex and 8 hex digits joined
 * by dashes, assigned to a key that names Mailgun. An API key sends mail as the account's
 * domains; a signing key lets anyone forge webhook events the application will trust.
 */
export const mailgunSigningKey = defineSecretDetector({
  id: 'mailgun-signing-key',
  family: 'messaging',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Mailgun API key or webhook signing key is written in the file.',
  keywords: ['mailgun'],
  pattern: assignmentPattern(anyCase('mailgun'), '[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}'),
  label: 'Mailgun API or webhook signing key',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'all',
});

/**
 * Mailchimp API key: 32 hex digits + `-us` + the data-center number (`…-us21`). The data-center
 * suffix is distinctive enough to need no context (gitleaks asks for `mailchimp` nearby and misses
 * keys in `MC_KEY=…`); the hex part must look random.
 */
export const mailchimpApiKey = defineSecretDetector({
  id: 'mailchimp-api-key',
  family: 'messaging',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Mailchimp API key (…-usNN) is written in the file.',
  keywords: ['-us1', '-us2', '-us3', '-us4', '-us5', '-us6', '-us7', '-us8', '-us9'],
  pattern: /(?<![A-Za-z0-9_-])[0-9a-f]{32}-us\d{1,2}(?![A-Za-z0-9_-])/g,
  label: 'Mailchimp API key',
  revealPrefix: 4,
  allowlist: 'placeholders',
  validate: (secret) => shannonEntropy(secret.slice(0, 32)) >= 3,
});

/**
 * Postmark server or account token: a UUID assigned to a key that names Postmark (including the
 * `X-Postmark-Server-Token:` header). Only the placeholder allowlist applies: the UUID allowlist
 * would drop every real token, since the token is a bare UUID; the context and an entropy floor
 * (which rules out `00000000-0000-…`) carry the precision instead.
 */
export const postmarkServerToken = defineSecretDetector({
  id: 'postmark-server-token',
  family: 'messaging',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Postmark server or account API token is written in the file.',
  keywords: ['postmark'],
  pattern: assignmentPattern(anyCase('postmark'), UUID),
  label: 'Postmark API token',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Microsoft Teams incoming webhook URL (`https://<tenant>.webhook.office.com/webhookb2/…` or the
 * older `outlook.office.com/webhook/…`): two UUIDs, `IncomingWebhook`, a 32-hex id and a UUID. Anyone
 * holding it can post cards to the channel. The full structure is required.
 */
export const microsoftTeamsWebhook = defineSecretDetector({
  id: 'microsoft-teams-webhook',
  family: 'messaging',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Microsoft Teams incoming webhook URL is written in the file.',
  keywords: ['webhook.office.com', 'outlook.office.com/webhook', 'outlook.office365.com/webhook'],
  pattern: new RegExp(
    `https:\\/\\/(?:[a-z0-9-]{1,40}\\.webhook\\.office\\.com\\/webhookb2|outlook\\.office(?:365)?\\.com\\/webhook)\\/${UUID}@${UUID}\\/IncomingWebhook\\/[0-9a-fA-F]{32}\\/${UUID}(?:\\/[A-Za-z0-9_-]{20,80})?(?![A-Za-z0-9_-])`,
    'g',
  ),
  label: 'Microsoft Teams webhook URL',
  revealPrefix: 12,
  allowlist: 'placeholders',
  validate: (secret) => {
    const hex = /\/IncomingWebhook\/([0-9a-fA-F]{32})\//.exec(secret)?.[1] ?? '';
    return shannonEntropy(hex) >= 3;
  },
});

/**
 * Intercom access token: a 60-character base64 string assigned to a key that names Intercom. It
 * reads and writes the workspace's conversations and contacts.
 */
export const intercomApiKey = defineSecretDetector({
  id: 'intercom-api-key',
  family: 'messaging',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'An Intercom access token is written in the file.',
  keywords: ['intercom'],
  pattern: assignmentPattern(anyCase('intercom'), '[A-Za-z0-9+/=_-]{56,60}'),
  label: 'Intercom access token',
  revealPrefix: 4,
  minEntropy: 3.5,
  allowlist: 'all',
});

/**
 * Zendesk API token: 40 alphanumeric characters assigned to a key that names Zendesk. With an
 * agent's email address it acts as that agent on every ticket.
 */
export const zendeskSecretKey = defineSecretDetector({
  id: 'zendesk-secret-key',
  family: 'messaging',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Zendesk API token is written in the file.',
  keywords: ['zendesk'],
  pattern: assignmentPattern(anyCase('zendesk'), '[A-Za-z0-9]{40}'),
  label: 'Zendesk API token',
  revealPrefix: 4,
  minEntropy: 3.5,
  allowlist: 'all',
});

/**
 * Mattermost personal access or bot token: 26 lowercase alphanumeric characters assigned to a key
 * that names Mattermost.
 */
export const mattermostAccessToken = defineSecretDetector({
  id: 'mattermost-access-token',
  family: 'messaging',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Mattermost access token is written in the file.',
  keywords: ['mattermost'],
  pattern: assignmentPattern(anyCase('mattermost'), '[a-z0-9]{26}'),
  label: 'Mattermost access token',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'all',
});

/**
 * Zulip API key: 32 alphanumeric characters assigned to a key that names Zulip and a key
 * (`ZULIP_API_KEY=…`). With the bot's email it posts and reads as the bot or user.
 */
export const zulipApiKey = defineSecretDetector({
  id: 'zulip-api-key',
  family: 'messaging',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Zulip API key is written in the file.',
  keywords: ['zulip'],
  pattern: assignmentPattern(`${anyCase('zulip')}[\\w.-]{0,20}?${anyCase('key')}`, '[A-Za-z0-9]{32}'),
  label: 'Zulip API key',
  revealPrefix: 4,
  minEntropy: 3.5,
  allowlist: 'all',
});

export const MESSAGING_DETECTORS: readonly SecretDetector[] = [
  slackBotToken,
  slackLegacyBotToken,
  slackUserToken,
  slackAppToken,
  slackConfigAccessToken,
  slackConfigRefreshToken,
  slackLegacyToken,
  slackLegacyWorkspaceToken,
  slackWebhookUrl,
  discordBotToken,
  discordWebhookUrl,
  discordClientSecret,
  telegramBotApiToken,
  twilioApiKey,
  twilioAuthToken,
  sendgridApiToken,
  mailgunPrivateApiToken,
  mailgunPubKey,
  mailgunSigningKey,
  mailchimpApiKey,
  postmarkServerToken,
  microsoftTeamsWebhook,
  intercomApiKey,
  zendeskSecretKey,
  mattermostAccessToken,
  zulipApiKey,
];
