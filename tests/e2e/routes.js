// Every address a person can visit, printed by Rust (`cargo run --example routes`, from
// `Route::ALL`), the one source of truth, so a new route is covered by the suites that walk them
// all without editing a list here.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const printed = execFileSync("cargo", ["run", "--quiet", "--locked", "--example", "routes"], {
  cwd: root,
  encoding: "utf8",
  stdio: ["ignore", "pipe", "inherit"],
});
const paths = printed.split("\n").filter((line) => line.startsWith("/"));
if (!paths.includes("/")) {
  throw new Error(`cargo run --example routes printed no start page:\n${printed}`);
}

/** Paths of the pages a person can visit; the not-found page is reached by an unknown address. */
export const ROUTES = paths;
