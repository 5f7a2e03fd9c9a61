import * as assert from 'node:assert/strict';
import { shortRunV8Flags } from '../../../src/cli/launch/v8-tuning';

describe('the CLI launcher V8 flags', () => {
  it('tunes V8 11 (Node 20), where they were measured', () => {
    assert.deepEqual(shortRunV8Flags('11.3.244.8-node.38'), ['--max-inlined-bytecode-size=100', '--no-turbo-loop-peeling']);
  });

  it('leaves other V8 versions at their defaults', () => {
    assert.deepEqual(shortRunV8Flags('12.4.254.21-node.33'), []);
    assert.deepEqual(shortRunV8Flags('13.6.233.10-node.18'), []);
    assert.deepEqual(shortRunV8Flags('1.1'), []);
  });
});
