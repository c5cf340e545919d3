// Mozilla's add-on linter on the Firefox zip, as AMO runs it: no error may pass, and every warning must be one
// the README's store section explains (a new kind fails, so it gets fixed or explained).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

/** Warnings that are explained in README.md ("Store submission"), by code and the part of the bundle they come from. */
const EXPLAINED = [
  { code: 'DANGEROUS_EVAL', why: "Zod's feature probe for `new Function` (never run: Zod is jitless and the CSP forbids eval)" },
  { code: 'UNSAFE_VAR_ASSIGNMENT', why: "Preact's dangerouslySetInnerHTML path (Samtale never uses it)" },
];

const zip = readdirSync('.output').find((name) => name.endsWith('-firefox.zip'));
if (!zip) throw new Error('No Firefox zip in .output: run `npm run zip` first.');
let output;
try {
  output = execFileSync('npx', ['addons-linter', '--output', 'json', `.output/${zip}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
} catch (error) {
  // addons-linter exits non-zero on errors; its report is still on stdout.
  output = error.stdout;
}
const report = JSON.parse(output);
const unexplained = report.warnings.filter((warning) => !EXPLAINED.some((known) => known.code === warning.code));
console.log(`addons-linter on ${zip}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
for (const warning of report.warnings) {
  const known = EXPLAINED.find((entry) => entry.code === warning.code);
  console.log(`  ${warning.code} in ${warning.file}: ${known ? `explained: ${known.why}` : 'NOT EXPLAINED'}`);
}
for (const error of report.errors) console.log(`  ERROR ${error.code} in ${error.file ?? ''}: ${error.message}`);
if (report.errors.length > 0 || unexplained.length > 0) process.exit(1);
