'use strict';
// mocha's `spec` reporter plus one machine-readable line at the end of the run, so that
// scripts/test-all.mjs counts unit tests from mocha's own statistics instead of scraping the
// human-readable epilogue. Used as: mocha --reporter ./scripts/lib/unit-reporter.js
const Mocha = require('mocha');

class UnitReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options); // Spec prints its epilogue on 'end' first: the result line stays last
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const { passes, failures, pending } = this.stats;
      console.log(`DRYDOCK-UNIT-RESULT: ${passes} passed, ${failures} failed, ${pending} skipped`);
    });
  }
}

module.exports = UnitReporter;
