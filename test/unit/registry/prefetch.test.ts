/**
 * What a front end prefetches for a Dockerfile: exactly the images InvalidBaseImagePlatform will ask
 * about (ARG defaults expanded, `$TARGETPLATFORM` from the configured target), nothing for stage
 * references, `scratch` or `$BUILDPLATFORM` stages, and nothing at all when the rule is off.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, mergeConfig } from '../../../src/engine/config';
import { dockerfileImageRefs } from '../../../src/registry/prefetch';

describe('dockerfileImageRefs', () => {
  const text = [
    'ARG REGISTRY=ghcr.io/acme',
    'ARG TAG',
    'FROM ${REGISTRY}/base:1 AS base',
    'FROM base AS build',
    'FROM --platform=$BUILDPLATFORM golang:1.23 AS cross',
    'FROM scratch',
    'FROM node:${TAG:-22}',
    'FROM ${TARGETARCH}/alpine:3.20',
    'FROM ghcr.io/acme/base:1',
    'COPY --from=build /app /app',
    'COPY --from=busybox:1.36 /bin/busybox /bin/',
    '',
  ].join('\n');

  it('lists the external images as the rule names them, once each', () => {
    assert.deepEqual(dockerfileImageRefs(text, DEFAULT_CONFIG), ['ghcr.io/acme/base:1', 'node:22', 'amd64/alpine:3.20', 'busybox:1.36']);
    const arm = mergeConfig(DEFAULT_CONFIG, { dockerfile: { targetPlatform: 'linux/arm64' } });
    assert.ok(dockerfileImageRefs(text, arm).includes('arm64/alpine:3.20'));
  });

  it('lists nothing when InvalidBaseImagePlatform is off', () => {
    const off = mergeConfig(DEFAULT_CONFIG, { rules: { InvalidBaseImagePlatform: 'off' } });
    assert.deepEqual(dockerfileImageRefs(text, off), []);
  });
});
