// Prints the browser suite's result as one plain closing line: "e2e: N passed, N failed, N skipped".
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(process.argv[2], "utf8"));
const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
console.log(`e2e: ${expected + flaky} passed, ${unexpected} failed, ${skipped} skipped`);
