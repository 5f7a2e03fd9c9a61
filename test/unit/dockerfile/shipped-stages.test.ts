import { strict as assert } from 'node:assert';
import { lintText } from '../support';

const DOCKERFILE = [
  'FROM golang:1.23 AS build', // 0
  'RUN go mod download', // 1
  'RUN go build -o /app ./cmd/app', // 2
  'USER root', // 3
  'FROM debian:12-slim AS base', // 4
  'RUN mkdir /data', // 5
  'RUN chown 10001 /data', // 6
  'FROM base AS final', // 7
  'COPY --from=build /app /app', // 8
  'RUN echo one', // 9
  'RUN echo two', // 10
  'USER root', // 11
  '',
].join('\n');

const lines = (id: string, config = {}) =>
  lintText('Dockerfile', DOCKERFILE, config)
    .filter((f) => f.ruleId === id)
    .map((f) => f.range.start.line);

describe('dockerfile.shippedStagesOnly', () => {
  it('judges every stage by default, as hadolint does', () => {
    assert.deepEqual(lines('DL3059'), [2, 6, 10]);
    assert.deepEqual(lines('DL3002'), [3, 11]);
  });

  it('judges only the final stage and the stages it is built FROM for the listed rules (ids or aliases)', () => {
    const config = { dockerfile: { shippedStagesOnly: ['DL3059', 'CKV_DOCKER_8'] } };
    assert.deepEqual(lines('DL3059', config), [6, 10], '`base` ships through `FROM base AS final`; `build` does not');
    assert.deepEqual(lines('DL3002', config), [11], 'DL3002 is listed through its Checkov alias');
    assert.deepEqual(lines('DL3007', config), lines('DL3007'), 'rules not listed are unchanged');
  });
});
