/**
 * The gap between a credential's name and its value, shared by every family's "named assignment"
 * patterns (`ZENDESK_API_TOKEN=…`, `"cohere_api_key": "…"`, `<alibabaToken>…</alibabaToken>`).
 * One definition keeps the families in step with the ways code and configuration write an
 * assignment, gitleaks' sample templates among them:
 *
 * - after the name: up to 3 quotes, spaces, backslashes or a closing bracket (`"KEY": `,
 *   `env["KEY"] = `, `\"KEY\": `), or a type annotation (`apiKey: string = `, Go's
 *   `var apiKey string = `);
 * - an operator: `=`, `:`, `:=`, `::=`, `:::=` (make), `=>`, `?=`, `.=` (PHP), `+=`, `,` (a
 *   function's arguments or a CSV row), or the `>` that closes an XML start tag (`<apiKey>`; the
 *   lookbehind makes sure the `>` ends a tag made only of name characters);
 * - after it: up to 5 quotes, spaces or backslashes on the same line; after an XML start tag, up
 *   to 5 spaces or line breaks (the element's text often stands on the next line).
 *
 * Every part is bounded, so a pattern built on it never scans far from its keyword.
 */
const BEFORE_OPERATOR = String.raw`(?:[ \t]{0,3}:[ \t]{0,3}(?:string|String|str)[ \t]{0,3}(?==)|[ \t]{1,3}(?:string|String|str)[ \t]{0,3}(?==))?[ \t'"\x60\\\]]{0,3}`;
/** Inline operators keep the value on their line (`KEY=` then a value on the next line is two settings). */
const OPERATOR = String.raw`(?:(?:=>|[.+?]?=|:{1,3}=?|,)[ \t'"\x60\\]{0,5}|>(?<=<[\w.:-]{1,80}>)\s{0,5})`;

/** A regex source (no capture groups) for the gap between a name and the value assigned to it. */
export const ASSIGN_GAP = `${BEFORE_OPERATOR}${OPERATOR}`;
