// Prints one closing line for the whole suite from jest's JSON reports: "tests: N passed, N failed".
const fs = require('fs');
let passed = 0;
let failed = 0;
let missing = 0;
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    missing += 1;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
}
if (missing) console.log(`(${missing} test report(s) missing: a jest run crashed)`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || missing > 0 || passed === 0 ? 1 : 0);
