/** Samples for the messaging detectors: positives generated at test time, negatives that must stay silent. */
import { randomBase62 } from '../../support';
import type { SecretSamples } from '../samples';

/** Deterministic lowercase hex, built from randomBase62 (never committed as a literal). */
export function randomHex(length: number, seed: number): string {
  return [...randomBase62(length, seed)].map((c) => (c.charCodeAt(0) % 16).toString(16)).join('');
}

/** Deterministic digits; the first one is never 0. */
export function randomDigits(length: number, seed: number): string {
  const digits = [...randomBase62(length, seed)].map((c) => String(c.charCodeAt(0) % 10)).join('');
  return (digits[0] === '0' ? '7' : '') + digits.slice(digits[0] === '0' ? 1 : 0);
}

/** A UUID (version 4 layout) from a seed. */
export function randomUuid(seed: number): string {
  const h = randomHex(32, seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

/** Deterministic base64url text. */
function randomUrlSafe(length: number, seed: number): string {
  return [...randomBase62(length, seed)].map((c, i) => (i % 11 === 5 ? '_' : i % 13 === 7 ? '-' : c)).join('');
}

const slackBot = (seed: number): string => `xoxb-${randomDigits(12, seed)}-${randomDigits(13, seed + 1)}-${randomBase62(24, seed + 2)}`;
const slackLegacyBot = (seed: number): string => `xoxb-${randomDigits(12, seed)}-${randomBase62(24, seed + 1)}`;
const slackUser = (seed: number): string =>
  `xoxp-${randomDigits(12, seed)}-${randomDigits(12, seed + 1)}-${randomDigits(13, seed + 2)}-${randomHex(32, seed + 3)}`;
const slackApp = (seed: number): string =>
  `xapp-1-A${randomBase62(10, seed).toUpperCase()}-${randomDigits(13, seed + 1)}-${randomHex(64, seed + 2)}`;
const slackConfigAccess = (seed: number, kind: 'b' | 'p' = 'p'): string => `xoxe.xox${kind}-1-${randomBase62(163, seed)}`;
const slackConfigRefresh = (seed: number): string => `xoxe-1-${randomBase62(146, seed)}`;
const slackLegacy = (seed: number, kind: 'o' | 's' = 's'): string =>
  `xox${kind}-${randomDigits(10, seed)}-${randomDigits(10, seed + 1)}-${randomDigits(10, seed + 2)}-${randomHex(10, seed + 3)}`;
const slackWorkspace = (seed: number, kind: 'a' | 'r' = 'a'): string =>
  `xox${kind}-2-${randomDigits(9, seed)}-${randomDigits(11, seed + 1)}-${randomDigits(13, seed + 2)}-${randomHex(18, seed + 3)}`;
const slackTeam = (seed: number): string => `T${randomBase62(10, seed).toUpperCase()}`;
const slackHook = (seed: number): string =>
  `https://hooks.slack.com/services/${slackTeam(seed)}/B${randomBase62(10, seed + 1).toUpperCase()}/${randomBase62(24, seed + 2)}`;

/** A Discord bot token: base64url(user id) . 6 . 27/38, as Discord issues them. */
export function discordToken(seed: number, hmacLength = 38): string {
  const id = Buffer.from(randomDigits(18, seed)).toString('base64url');
  return `${id}.${randomUrlSafe(6, seed + 1)}.${randomUrlSafe(hmacLength, seed + 2)}`;
}
const discordHook = (seed: number): string => `https://discord.com/api/webhooks/${randomDigits(19, seed)}/${randomUrlSafe(68, seed + 1)}`;
const telegram = (seed: number): string => `${randomDigits(10, seed)}:AA${randomUrlSafe(33, seed + 1)}`;
const sendgrid = (seed: number): string => `SG.${randomUrlSafe(22, seed)}.${randomUrlSafe(43, seed + 1)}`;
const teamsHook = (seed: number): string =>
  `https://contoso.webhook.office.com/webhookb2/${randomUuid(seed)}@${randomUuid(seed + 1)}/IncomingWebhook/${randomHex(32, seed + 2)}/${randomUuid(seed + 3)}`;

export const MESSAGING_SAMPLES: Readonly<Record<string, SecretSamples>> = {
  'slack-bot-token': {
    positives: () => [
      `SLACK_BOT_TOKEN=${slackBot(11)}`,
      `const slack = new WebClient("${slackBot(12)}");`,
      `  bot_token: '${slackBot(13)}'`,
    ],
    negatives: [
      'SLACK_BOT_TOKEN=xoxb-xxxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx',
      'token: xoxb-your-bot-token',
      'SLACK_BOT_TOKEN=${SLACK_BOT_TOKEN}',
      'xoxb-12345-abcd234',
    ],
  },
  'slack-legacy-bot-token': {
    positives: () => [`SLACK_TOKEN=${slackLegacyBot(21)}`, `slack_token = "${slackLegacyBot(22)}"`, `{"bot": "${slackLegacyBot(23)}"}`],
    negatives: [
      'xoxb-xxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx',
      'SLACK_TOKEN=xoxb-Slack_BOT_TOKEN',
      'xoxb-abcdef-abcdef',
      `token = "xoxb-${randomDigits(12, 24)}-${randomBase62(12, 25)}"`,
    ],
  },
  'slack-user-token': {
    positives: () => [`SLACK_USER_TOKEN=${slackUser(31)}`, `"user_token": "${slackUser(32)}"`, `export SLACK_TOKEN='${slackUser(33)}'`],
    negatives: [
      '"token": "xoxp-1234567890"',
      '"token": "xoxp-XXXXXXXXXX-XXXXXXXXXX-XXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"',
      '"token": "xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d"',
      '"token": "xoxp-572370529330-573807301142-572331691188-####################"',
    ],
  },
  'slack-app-token': {
    positives: () => [`SLACK_APP_TOKEN=${slackApp(41)}`, `app_token: "${slackApp(42)}"`, `new App({ appToken: '${slackApp(43)}' })`],
    negatives: [
      'SLACK_APP_TOKEN=xapp-1-XXXXXXXXXXX-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'appToken: process.env.SLACK_APP_TOKEN',
      'xapp-1-your-app-token',
    ],
  },
  'slack-config-access-token': {
    positives: () => [
      `SLACK_CONFIG_TOKEN=${slackConfigAccess(51)}`,
      `"access_token": "${slackConfigAccess(52, 'b')}"`,
      `config_token: ${slackConfigAccess(53)}`,
    ],
    negatives: ['xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere', 'xoxe.xoxp-1-RANDOMSTRINGHERE', 'xoxe.xoxp-1-initial'],
  },
  'slack-config-refresh-token': {
    positives: () => [
      `SLACK_CONFIG_REFRESH_TOKEN=${slackConfigRefresh(61)}`,
      `"refresh_token": "${slackConfigRefresh(62)}"`,
      `refresh: '${slackConfigRefresh(63)}'`,
    ],
    negatives: ['xoxe-1-xxx', 'XOxE-RROAmw, Home and Garden, 5:24, 20120323', `refresh_token = "xoxe-1-${randomBase62(100, 64)}"`],
  },
  'slack-legacy-token': {
    positives: () => [`SLACK_LEGACY_TOKEN=${slackLegacy(71)}`, `"access_token": "${slackLegacy(72, 'o')}"`, `token = '${slackLegacy(73)}'`],
    negatives: ['https://indieweb.org/images/3/35/2018-250-xoxo-indieweb-1.jpg', 'hugs and kisses, xoxo-xoxo', 'xoxs-<legacy token>'],
  },
  'slack-legacy-workspace-token': {
    positives: () => [
      `"access_token": "${slackWorkspace(81)}"`,
      `SLACK_REFRESH=${slackWorkspace(82, 'r')}`,
      `token: ${slackWorkspace(83)}`,
    ],
    negatives: ['https://github.com/xoxa-nyc/xoxa-nyc.github.io/blob/master/README.md', 'xoxa-faketoken', 'xoxa-access-token-string'],
  },
  'slack-webhook-url': {
    positives: () => [
      `SLACK_WEBHOOK_URL=${slackHook(91)}`,
      `curl -X POST -d @msg.json ${slackHook(92)}`,
      `webhook: "${slackHook(93).replace('https://', 'http://')}"`,
    ],
    negatives: [
      'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'url: https://hooks.slack.com/services/${SLACK_WEBHOOK_PATH}',
      'See https://hooks.slack.com/services/ for incoming webhooks.',
      'https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/<your-token>',
    ],
  },
  'discord-bot-token': {
    positives: () => [
      `DISCORD_TOKEN=${discordToken(101)}`,
      `const discordToken = "${discordToken(102, 27)}";`,
      `discord: { token: "${discordToken(103)}" }`,
    ],
    negatives: [
      'DISCORD_TOKEN=your-bot-token',
      'DISCORD_TOKEN=${DISCORD_TOKEN}',
      // The right shape, but the first part does not decode to a numeric user id.
      `discord_token = "${Buffer.from(`user${randomBase62(14, 104)}`).toString('base64url')}.${randomUrlSafe(6, 105)}.${randomUrlSafe(38, 106)}"`,
      `jwt = "${discordToken(107)}"`,
    ],
  },
  'discord-webhook-url': {
    positives: () => [
      `DISCORD_WEBHOOK=${discordHook(111)}`,
      `requests.post("${discordHook(112)}", json=payload)`,
      `webhook_url: ${discordHook(113).replace('discord.com', 'discordapp.com')}`,
    ],
    negatives: [
      'DISCORD_WEBHOOK=https://discord.com/api/webhooks/<id>/<token>',
      'https://discord.com/api/webhooks/000000000000000000/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'webhook: ${{ secrets.DISCORD_WEBHOOK }}',
    ],
  },
  'discord-client-secret': {
    positives: () => [
      `DISCORD_CLIENT_SECRET=${randomUrlSafe(32, 121)}`,
      `discord_secret: "${randomBase62(32, 122)}"`,
      `config.discordClientSecret = '${randomUrlSafe(32, 123)}';`,
    ],
    negatives: [
      'DISCORD_CLIENT_SECRET=changeme',
      'DISCORD_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `DISCORD_CLIENT_ID=${randomDigits(18, 124)}`,
      `DISCORD_PUBLIC_KEY=${randomHex(64, 125)}`,
    ],
  },
  'telegram-bot-api-token': {
    positives: () => [
      `TELEGRAM_BOT_TOKEN=${telegram(131)}`,
      `const bot = new Telegraf("${telegram(132)}");`,
      `curl https://api.telegram.org/bot${telegram(133)}/getMe`,
      `<telegramToken>\n    ${telegram(136)}\n</telegramToken>`,
    ],
    negatives: [
      'TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      '<xsd:element name="AgencyIdentificationCode" type="clm54321:AgencyIdentificationCodeContentType"/>',
      `telegram_token = "1234:AA${randomUrlSafe(33, 134)}"`,
      `timestamp = "${telegram(135)}"`,
      `<telegramChannel>news</telegramChannel>\n<timestamp>\n    ${telegram(137)}\n</timestamp>`,
    ],
  },
  'twilio-api-key': {
    positives: () => [
      `TWILIO_API_KEY=SK${randomHex(32, 141)}`,
      `client = Client("SK${randomHex(32, 142)}", api_secret, account_sid)`,
      `api_key_sid: SK${randomHex(32, 143)}`,
    ],
    negatives: [
      'TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `TWILIO_ACCOUNT_SID=AC${randomHex(32, 144)}`,
      'TWILIO_API_KEY=SK<your key sid>',
      `id = "ASK${randomHex(32, 145)}"`,
    ],
  },
  'twilio-auth-token': {
    positives: () => [
      `TWILIO_AUTH_TOKEN=${randomHex(32, 151)}`,
      `twilio_api_secret: "${randomBase62(32, 152)}"`,
      `const twilioAuthToken = '${randomHex(32, 153)}';`,
    ],
    negatives: [
      'TWILIO_AUTH_TOKEN=your_auth_token',
      'TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}',
      `TWILIO_ACCOUNT_SID=AC${randomHex(32, 154)}`,
    ],
  },
  'sendgrid-api-token': {
    positives: () => [`SENDGRID_API_KEY=${sendgrid(161)}`, `sgMail.setApiKey("${sendgrid(162)}");`, `  sendgrid_key: '${sendgrid(163)}'`],
    negatives: [
      'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'msg.send(payload)',
      'SENDGRID_API_KEY=SG.your-api-key',
    ],
  },
  'mailgun-private-api-token': {
    positives: () => [
      `MAILGUN_API_KEY=key-${randomHex(32, 171)}`,
      `mailgun_key: "key-${randomHex(32, 172)}"`,
      `mailgun.apiKey = 'key-${randomHex(32, 173)}';`,
    ],
    negatives: [
      'MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `cache_key = "key-${randomHex(32, 174)}"`,
      'MAILGUN_API_KEY=key-<your key>',
    ],
  },
  'mailgun-pub-key': {
    positives: () => [
      `MAILGUN_PUBLIC_KEY=pubkey-${randomHex(32, 181)}`,
      `mailgun_pubkey: "pubkey-${randomHex(32, 182)}"`,
      `mailgunPublicKey = 'pubkey-${randomHex(32, 183)}'`,
    ],
    negatives: [
      'MAILGUN_PUBLIC_KEY=pubkey-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'MAILGUN_PUBLIC_KEY=${MAILGUN_PUBLIC_KEY}',
      `validation = "pubkey-${randomHex(32, 184)}"`,
    ],
  },
  'mailgun-signing-key': {
    positives: () => [
      `MAILGUN_API_KEY=${randomHex(32, 191)}-${randomHex(8, 192)}-${randomHex(8, 193)}`,
      `mailgun_webhook_signing_key: "${randomHex(32, 194)}-${randomHex(8, 195)}-${randomHex(8, 196)}"`,
      `const mailgunKey = '${randomHex(32, 197)}-${randomHex(8, 198)}-${randomHex(8, 199)}';`,
    ],
    negatives: [
      'MAILGUN_SIGNING_KEY=00000000000000000000000000000000-00000000-00000000',
      'MAILGUN_SIGNING_KEY=${MAILGUN_SIGNING_KEY}',
      `request_id = "${randomHex(32, 200)}-${randomHex(8, 201)}-${randomHex(8, 202)}"`,
    ],
  },
  'mailchimp-api-key': {
    positives: () => [
      `MAILCHIMP_API_KEY=${randomHex(32, 211)}-us21`,
      `mailchimp.setConfig({ apiKey: "${randomHex(32, 212)}-us6", server: "us6" });`,
      `MC_KEY='${randomHex(32, 213)}-us14'`,
    ],
    negatives: [
      'MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us21',
      '<html lang="en-us">',
      'MAILCHIMP_API_KEY=00000000000000000000000000000000-us1',
      `id = "${randomHex(31, 214)}-us21"`,
    ],
  },
  'postmark-server-token': {
    positives: () => [
      `POSTMARK_SERVER_TOKEN=${randomUuid(221)}`,
      `X-Postmark-Server-Token: ${randomUuid(222)}`,
      `postmark_api_token: "${randomUuid(223)}"`,
    ],
    negatives: [
      'POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000',
      'POSTMARK_API_TOKEN=POSTMARK_API_TEST',
      `request_id = "${randomUuid(224)}"`,
    ],
  },
  'microsoft-teams-webhook': {
    positives: () => [
      `TEAMS_WEBHOOK_URL=${teamsHook(231)}`,
      `Invoke-RestMethod -Uri "${teamsHook(232)}" -Method Post -Body $body`,
      `webhook: ${teamsHook(233)}/V2${randomUrlSafe(40, 234)}`,
    ],
    negatives: [
      'TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>',
      'https://outlook.office.com/webhook/ is being retired',
      'TEAMS_WEBHOOK_URL=${{ secrets.TEAMS_WEBHOOK_URL }}',
    ],
  },
  'intercom-api-key': {
    positives: () => [
      `INTERCOM_ACCESS_TOKEN=dG9rOj${randomBase62(52, 241)}=`,
      `intercom_token: "${randomBase62(60, 242)}"`,
      `const intercomKey = '${randomUrlSafe(60, 243)}';`,
    ],
    negatives: [
      'INTERCOM_ACCESS_TOKEN=your_access_token',
      'INTERCOM_APP_ID=abc12345',
      'INTERCOM_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
  'zendesk-secret-key': {
    positives: () => [
      `ZENDESK_API_TOKEN=${randomBase62(40, 251)}`,
      `zendesk_token: "${randomBase62(40, 252)}"`,
      `const zendeskApiKey = '${randomBase62(40, 253)}';`,
    ],
    negatives: ['ZENDESK_API_TOKEN=<token>', 'ZENDESK_SUBDOMAIN=mycompany', `zendesk_commit: ${randomHex(40, 254)}`],
  },
  'mattermost-access-token': {
    positives: () => [
      `MATTERMOST_TOKEN=${randomBase62(26, 261).toLowerCase()}`,
      `mattermost_bot_token: "${randomBase62(26, 262).toLowerCase()}"`,
      `MM_SERVICESETTINGS=1 mattermostToken='${randomBase62(26, 263).toLowerCase()}'`,
    ],
    negatives: [
      'MATTERMOST_TOKEN=your-token-here',
      'MATTERMOST_URL=https://chat.example.com',
      'MATTERMOST_TOKEN=aaaaaaaaaaaaaaaaaaaaaaaaaa',
    ],
  },
  'zulip-api-key': {
    positives: () => [
      `ZULIP_API_KEY=${randomBase62(32, 271)}`,
      `zulip_bot_key: "${randomBase62(32, 272)}"`,
      `const zulipKey = '${randomBase62(32, 273)}';`,
    ],
    negatives: ['ZULIP_API_KEY=<api key>', 'ZULIP_EMAIL=bot@zulip.example.com', 'ZULIP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
