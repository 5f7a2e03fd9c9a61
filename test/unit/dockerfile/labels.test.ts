/**
 * The label rules (DL3048–DL3058) with a label schema: the fixtures runner lints with the default
 * config, whose schema is empty, so the schema-driven behaviour is pinned here.
 */
import { strict as assert } from 'node:assert';
import type { LabelType, PartialConfig } from '../../../src/engine/config';
import type { Finding } from '../../../src/engine/types';
import {
  emailProblem,
  gitHashProblem,
  rfc3339Problem,
  semverProblem,
  spdxProblem,
  urlProblem,
} from '../../../src/dockerfile/rules/labels/label-formats';
import { labelKeyProblem } from '../../../src/dockerfile/rules/labels/invalid-label-key';
import { lintText } from '../support';

function schema(labelSchema: Record<string, LabelType>, strictLabels = false): PartialConfig {
  return { dockerfile: { labelSchema, strictLabels } };
}

function run(ruleId: string, text: string, config: PartialConfig = {}): Finding[] {
  return lintText('Dockerfile', text, config).filter((f) => f.ruleId === ruleId);
}

/** `line:text-under-the-range` of each finding, for precise range checks. */
function where(text: string, findings: readonly Finding[]): string[] {
  const lines = text.split('\n');
  return findings.map((f) => {
    assert.equal(f.range.start.line, f.range.end.line, 'single-line range');
    return `${f.range.start.line}:${(lines[f.range.start.line] ?? '').slice(f.range.start.character, f.range.end.character)}`;
  });
}

describe('label rules', () => {
  describe('DL3048 invalid-label-key', () => {
    it("flags hadolint's bad keys without a schema, on the key", () => {
      for (const key of [
        'com.docker.label',
        'io.docker.label',
        'org.dockerproject.label',
        'invalid$character',
        '.invalid',
        '-invalid',
        '1invalid',
        'invalid..character',
        'invalid--character',
        'Maintainer',
        'under_score',
        'trailing.',
      ]) {
        const text = `FROM alpine:3.20\nLABEL ${key}="foo"\n`;
        assert.deepEqual(where(text, run('DL3048', text)), [`1:${key}`], key);
      }
    });

    it('accepts valid keys, quoted keys and the legacy form', () => {
      const text =
        'FROM alpine:3.20\nLABEL org.valid-key.label3="foo" validlabel="foo"\nLABEL "com.example.vendor"="ACME"\nLABEL description This text illustrates that label-values can span multiple lines.\n';
      assert.deepEqual(run('DL3048', text), []);
    });

    it('checks each pair, across continuations and inside ONBUILD', () => {
      const text = 'FROM alpine:3.20\nLABEL a=1 \\\n      Bad=2 \\\n      c=3\nONBUILD LABEL io.docker.x=1\n';
      assert.deepEqual(where(text, run('DL3048', text)), ['2:Bad', '4:io.docker.x']);
    });

    it('explains why a key is invalid', () => {
      assert.match(labelKeyProblem('Maintainer') ?? '', /upper-case letter "M"/);
      assert.match(labelKeyProblem('com.docker.x') ?? '', /reserved/);
      assert.equal(labelKeyProblem('org.opencontainers.image.source'), undefined);
    });
  });

  describe('DL3049 missing-label', () => {
    const foo = schema({ foo: 'text' });
    const count = (lines: string[]) => run('DL3049', `${lines.join('\n')}\n`, foo).length;

    it('is silent without a schema', () => {
      assert.deepEqual(run('DL3049', 'FROM alpine:3.20\n'), []);
    });

    it('flags a single stage without the label, on FROM', () => {
      const text = 'FROM baseimage\nLABEL bar="baz"\n';
      assert.deepEqual(where(text, run('DL3049', text, foo)), ['0:FROM']);
      assert.match(run('DL3049', text, foo)[0]?.message ?? '', /"foo" is missing/);
      assert.equal(count(['FROM baseimage', 'LABEL foo="bar"']), 0);
    });

    it("follows hadolint's multi-stage cases", () => {
      assert.equal(count(['FROM stage1', 'FROM stage2']), 2);
      assert.equal(count(['FROM stage1', 'LABEL bar="baz"', 'FROM stage2', 'LABEL buzz="fuzz"']), 2);
      assert.equal(count(['FROM baseimage', 'LABEL foo="bar"', 'FROM newimage']), 1);
      assert.equal(count(['FROM baseimage', 'FROM newimage', 'LABEL foo="bar"']), 1);
      assert.equal(count(['FROM baseimage', 'LABEL baz="bar"', 'FROM newimage', 'LABEL foo="bar"']), 1);
      assert.equal(count(['FROM baseimage as base', 'FROM base']), 2);
      assert.equal(count(['FROM baseimage as base', 'FROM base', 'LABEL foo="bar"']), 0);
      assert.equal(count(['FROM baseimage as base', 'FROM anotherimage', 'LABEL foo="bar"', 'COPY --from=base /bar /baz']), 0);
      assert.equal(count(['FROM baseimage as base', 'FROM anotherimage', 'LABEL foo="bar"']), 1);
      assert.equal(count(['FROM baseimage as base', 'LABEL foo="bar"', 'FROM base']), 0);
      assert.equal(
        count([
          'FROM baseimage as base',
          'FROM newimage',
          'LABEL foo="bar"',
          'COPY --from=base /bar /baz',
          '',
          'FROM newimage',
          'COPY --from=base /bar /baz',
        ]),
        1,
      );
      assert.equal(count(['FROM baseimage as base', 'FROM base', 'LABEL foo="bar"', '', 'FROM base']), 1);
      assert.equal(count(['FROM baseimage as base', 'FROM base', '', 'FROM base', 'LABEL foo="bar"']), 1);
    });

    it('treats COPY --from by index and RUN --mount from= as build-stage use, and ignores ONBUILD LABEL', () => {
      assert.equal(count(['FROM golang:1.22', 'FROM alpine:3.20', 'COPY --from=0 /a /a', 'LABEL foo=x']), 0);
      assert.equal(
        count(['FROM golang:1.22 AS build', 'FROM alpine:3.20', 'RUN --mount=type=bind,from=build,target=/src true', 'LABEL foo=x']),
        0,
      );
      assert.equal(count(['FROM alpine:3.20', 'ONBUILD LABEL foo=x']), 1);
      assert.equal(count(['FROM base AS a', 'FROM a AS b', 'FROM b AS c', 'LABEL foo=x']), 0);
    });

    it('lists every missing label of a stage in one finding', () => {
      const findings = run('DL3049', 'FROM alpine:3.20\nLABEL a=1\n', schema({ a: 'text', b: 'url', c: 'hash' }));
      assert.equal(findings.length, 1);
      assert.match(findings[0]?.message ?? '', /Labels "b", "c" are missing/);
    });
  });

  describe('DL3050 superfluous-label', () => {
    const strict = schema({ required: 'text' }, true);

    it('flags keys outside the schema when strict labels are on, each on its key', () => {
      const text = 'FROM alpine:3.20\nLABEL required="foo" other="bar"\nLABEL other2=x\nONBUILD LABEL other3=y\n';
      assert.deepEqual(where(text, run('DL3050', text, strict)), ['1:other', '2:other2', '3:other3']);
    });

    it('is silent for schema keys, and when strict labels are off', () => {
      assert.deepEqual(run('DL3050', 'FROM alpine:3.20\nLABEL required="foo"\n', strict), []);
      assert.deepEqual(run('DL3050', 'FROM alpine:3.20\nLABEL other="bar"\n', schema({ required: 'text' })), []);
    });
  });

  describe('DL3051 empty-label', () => {
    const config = schema({ emptylabel: 'text', 'org.opencontainers.image.source': 'url' });

    it('flags schema labels with an empty value', () => {
      const text = 'FROM alpine:3.20\nLABEL emptylabel=""\nLABEL org.opencontainers.image.source=\nLABEL emptylabel \'\'\n';
      assert.deepEqual(where(text, run('DL3051', text, config)), [
        '1:emptylabel=""',
        '2:org.opencontainers.image.source=',
        "3:emptylabel ''",
      ]);
      // The typed rule leaves empty values to DL3051.
      assert.deepEqual(run('DL3052', text, config), []);
    });

    it('is silent for non-empty values, variables and labels outside the schema', () => {
      assert.deepEqual(
        run('DL3051', 'FROM alpine:3.20\nLABEL emptylabel="foo" other="" org.opencontainers.image.source=$URL\n', config),
        [],
      );
      assert.deepEqual(run('DL3051', 'FROM alpine:3.20\nLABEL emptylabel=""\n'), []);
    });
  });

  describe('typed labels', () => {
    const config = schema({
      urllabel: 'url',
      datelabel: 'rfc3339',
      spdxlabel: 'spdx',
      githash: 'hash',
      semver: 'semver',
      maintainer: 'email',
      plain: 'text',
    });
    const cases: ReadonlyArray<readonly [string, string, readonly string[], readonly string[]]> = [
      [
        'DL3052',
        'urllabel',
        ['not-url', 'example.com', 'https://exa mple.com', 'http://host:port/'],
        [
          'http://example.com',
          'https://github.com/acme/app.git',
          'git+ssh://git@github.com/acme/app',
          'urn:isbn:0451450523',
          'http://[::1]:8080/x?q=1#f',
        ],
      ],
      [
        'DL3053',
        'datelabel',
        ['not-date', '2021-03-10', '2021-03-10 10:26:33Z', '2021-02-30T10:00:00Z', '2021-03-10T25:00:00Z', '2021-03-10T10:26:33'],
        ['2021-03-10T10:26:33.564595127+01:00', '2024-05-01T12:00:00Z', '2024-02-29T00:00:00z'],
      ],
      [
        'DL3054',
        'spdxlabel',
        ['not-spdx', 'Apache 2', 'MIT or Apache-2.0', 'MIT AND', '(MIT', 'GPL-2.0-only WITH MIT'],
        [
          'BSD-3-Clause',
          'MIT',
          'mit',
          'MIT OR Apache-2.0',
          '(MIT AND BSD-2-Clause) OR GPL-2.0-or-later WITH Classpath-exception-2.0',
          'LicenseRef-acme',
          'GPL-2.0+',
          'GPL-2.0',
        ],
      ],
      [
        'DL3055',
        'githash',
        ['not-git-hash', '2DBFAE9', '2dbfae91', ''.padEnd(39, 'a')],
        ['2dbfae9', '43c572f1272b6b3171dd1db9e41b7027128ce080'],
      ],
      [
        'DL3056',
        'semver',
        ['not-sem-ver', 'v1.0.0', '1.0', '01.0.0', '1.0.0-01'],
        ['1.0.0', '2.0.1-rc1', '1.0.0-alpha.1+build.5', '0.0.0'],
      ],
      [
        'DL3058',
        'maintainer',
        ['not-email', 'Jane <jane@example.com>', 'a@@b', 'jane@'],
        ['abcd@google.com', 'first.last+tag@example.co.uk', '"odd person"@example.com', 'me@[127.0.0.1]'],
      ],
    ];

    for (const [id, key, bad, good] of cases) {
      it(`${id} flags bad ${key} values on the value, and accepts good ones`, () => {
        const quoted = (value: string) => (value.includes('"') ? `'${value}'` : `"${value}"`);
        for (const value of bad) {
          const text = `FROM alpine:3.20\nLABEL ${key}=${quoted(value)}\n`;
          assert.deepEqual(where(text, run(id, text, config)), [`1:${quoted(value)}`], `${id} should flag ${value}`);
        }
        for (const value of good)
          assert.deepEqual(run(id, `FROM alpine:3.20\nLABEL ${key}=${quoted(value)}\n`, config), [], `${id} should accept ${value}`);
        // Other labels, labels typed otherwise, and the rule without a schema: silent.
        assert.deepEqual(run(id, `FROM alpine:3.20\nLABEL other="${bad[0] ?? ''}" plain="${bad[0] ?? ''}"\n`, config), []);
        assert.deepEqual(run(id, `FROM alpine:3.20\nLABEL ${key}="${bad[0] ?? ''}"\n`), []);
      });
    }

    it('reads unquoted, single-quoted, legacy-form, continued and ONBUILD values, and skips variables (not `$(…)`, which Docker keeps literally)', () => {
      const text = [
        'FROM alpine:3.20',
        "LABEL semver=v1 githash='XYZ'",
        'LABEL urllabel not a url',
        'LABEL plain=1 \\',
        '      datelabel="yesterday"',
        'ONBUILD LABEL maintainer=nobody',
        'LABEL semver=${VERSION} datelabel=$BUILD_DATE githash="$(git rev-parse HEAD)"',
        '',
      ].join('\n');
      const found = lintText('Dockerfile', text, config).filter((f) => /^DL305[2-8]$/.test(f.ruleId));
      assert.deepEqual(where(text, found), ['1:v1', "1:'XYZ'", '2:not a url', '4:"yesterday"', '5:nobody', '6:"$(git rev-parse HEAD)"']);
    });

    it('gives the reason in the message', () => {
      const [finding] = run('DL3054', 'FROM alpine:3.20\nLABEL spdxlabel="Apache 2"\n', config);
      assert.match(finding?.message ?? '', /"Apache" is not an SPDX license id/);
      assert.match(finding?.message ?? '', /Label "spdxlabel" must be an SPDX license expression/);
    });
  });

  describe('validators', () => {
    it('are linear on long hostile input', () => {
      const long = 'a'.repeat(50_000);
      const start = Date.now();
      urlProblem(`http://${long}!`);
      rfc3339Problem(`${long}`);
      spdxProblem(`${'('.repeat(10_000)}MIT`);
      gitHashProblem(long);
      semverProblem(`1.0.0-${'a.'.repeat(20_000)}`);
      emailProblem(`${'a.'.repeat(20_000)}@x`);
      emailProblem(`"${'\\a'.repeat(20_000)}@x`);
      assert.ok(Date.now() - start < 500);
    });
  });
});
