// Writes the real pass/fail counts of a jest run to test-results.json (read by .ci/run).
const fs = require('node:fs');
class CountReporter {
  onRunComplete(_contexts, results) {
    const out = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
      suitesFailed: results.numFailedTestSuites,
    };
    fs.writeFileSync(process.env.PROVENANT_TEST_REPORT || 'test-results.json', `${JSON.stringify(out)}\n`);
  }
}
module.exports = CountReporter;
