// Every address Mend knows, read from `Route::path` in src/route.rs, the one source of truth, so
// a new route is covered by the suites that walk them all without editing a list here.
import { readFileSync } from "node:fs";

const source = readFileSync(new URL("../../src/route.rs", import.meta.url), "utf8");
const body = source.slice(source.indexOf("pub const fn path(self)"));
const arms = [...body.slice(0, body.indexOf("\n    }\n")).matchAll(/Route::(\w+) => "([^"]+)"/g)];
const declared = Number(/pub const ALL: \[Route; (\d+)\]/.exec(source)?.[1]);
if (!declared || arms.length !== declared) {
  throw new Error(`read ${arms.length} paths from src/route.rs, but Route::ALL has ${declared}`);
}

/** Paths of the pages a person can visit; the not-found page is reached by an unknown address. */
export const ROUTES = arms.filter(([, name]) => name !== "NotFound").map(([, , path]) => path);
