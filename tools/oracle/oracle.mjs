// krait's CPython 3.14 oracle: pyodide 314.0.7 (CPython 3.14.2 on WebAssembly) behind a
// JSON-lines protocol.
//
// Server mode (no arguments): loads pyodide once, then reads one JSON request per line on
// stdin and writes exactly one JSON response per line on stdout, in order. It promises never
// to crash on a bad request (the answer is {"ok": false, "oracle_error": true, "error": {...}}),
// and that nothing but responses ever reaches stdout: pyodide's and user code's output is
// captured or sent to stderr. If the interpreter dies (a WebAssembly trap), the request gets
// an oracle_error answer and a fresh interpreter is loaded for the next one.
//
// Hand mode: `node oracle.mjs --ast FILE`, `--tokens FILE`, ... (see usage() below).
// The protocol and request kinds are documented in README.md; the Python side is oracle.py.

import { loadPyodide } from "pyodide";
import { readFileSync } from "node:fs";
import { once } from "node:events";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const pythonSide = readFileSync(path.join(here, "oracle.py"), "utf8");

// Keep stdout for protocol lines only: anything that would log goes to stderr.
const protocolOut = process.stdout;
for (const name of ["log", "info", "debug", "warn"]) {
  console[name] = (...args) => console.error(...args);
}

let handle = null;
let pyFormatTokens = null;

async function startInterpreter() {
  const py = await loadPyodide({
    env: { PYTHONHASHSEED: "0" },
    stdout: (s) => process.stderr.write(`[oracle python stdout] ${s}\n`),
    stderr: (s) => process.stderr.write(`[oracle python stderr] ${s}\n`),
  });
  py.runPython(pythonSide, { filename: "oracle.py" });
  handle = py.globals.get("oracle_handle");
  pyFormatTokens = py.globals.get("format_tokens");
  return py;
}

function fatalAnswer(line, err) {
  let id = null;
  try {
    const req = JSON.parse(line);
    if (req && typeof req === "object" && "id" in req) id = req.id;
  } catch {
    // not JSON: no id to echo
  }
  const answer = {
    ok: false,
    oracle_error: true,
    error: {
      type: "OracleFatal",
      msg: `the interpreter died: ${err && err.message ? err.message : String(err)}`,
      lineno: null,
      offset: null,
      end_lineno: null,
      end_offset: null,
      text: null,
    },
  };
  if (id !== null) answer.id = id;
  return JSON.stringify(answer);
}

async function answer(line) {
  try {
    return String(handle(line));
  } catch (err) {
    process.stderr.write(`oracle: interpreter failure, reloading: ${err}\n`);
    const reply = fatalAnswer(line, err);
    await startInterpreter();
    return reply;
  }
}

async function serve() {
  await startInterpreter();
  protocolOut.on("error", () => process.exit(0)); // reader went away (EPIPE)
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === "") continue;
    const reply = await answer(line);
    if (!protocolOut.write(reply + "\n")) await once(protocolOut, "drain");
  }
}

function usage() {
  process.stderr.write(
    [
      "usage: node tools/oracle/oracle.mjs                 JSON-lines server on stdin/stdout",
      "       node tools/oracle/oracle.mjs --ast FILE [--attributes] [--indent N]",
      "       node tools/oracle/oracle.mjs --tokens FILE     (python -m tokenize -e layout)",
      "       node tools/oracle/oracle.mjs --dis FILE | --run FILE | --compile FILE | --code FILE",
      "       node tools/oracle/oracle.mjs --symtable FILE   (symtable.symtable(src, FILE, 'exec'), dumped)",
      "       node tools/oracle/oracle.mjs --eval 'PYTHON CODE' | --tables",
      "",
    ].join("\n"),
  );
}

function formatError(e) {
  const where = `${e.lineno}:${e.offset}-${e.end_lineno}:${e.end_offset}`;
  return `${e.type}: ${e.msg} (line:offset ${where})` + (e.text != null ? `\n  text: ${JSON.stringify(e.text)}` : "");
}

async function byHand(args) {
  const flag = args[0];
  const kind = {
    "--ast": "ast",
    "--tokens": "tokens",
    "--dis": "dis",
    "--run": "run",
    "--compile": "compile_error",
    "--code": "code",
    "--eval": "eval",
    "--tables": "tables",
    "--symtable": "symtable",
  }[flag];
  if (!kind) {
    usage();
    return 2;
  }
  const req = { kind };
  if (kind === "eval") {
    if (args.length < 2) return usage(), 2;
    req.code = args[1];
  } else if (kind !== "tables") {
    if (args.length < 2) return usage(), 2;
    req.filename = args[1];
    req.source_b64 = readFileSync(args[1]).toString("base64");
  }
  if (kind === "ast") {
    req.include_attributes = args.includes("--attributes");
    const i = args.indexOf("--indent");
    req.indent = i >= 0 ? Number(args[i + 1]) : null;
  }
  if (kind === "run") req.stdin = process.stdin.isTTY ? "" : readFileSync(0, "utf8");
  await startInterpreter();
  const resp = JSON.parse(await answer(JSON.stringify(req)));
  const print = (s) => protocolOut.write(s.endsWith("\n") ? s : s + "\n");
  for (const w of resp.warnings || []) {
    process.stderr.write(`${w.category} (line ${w.lineno}): ${w.message}\n`);
  }
  if (!resp.ok) {
    if (kind === "eval" && resp.stdout) protocolOut.write(resp.stdout);
    print(formatError(resp.error));
    return 1;
  }
  switch (kind) {
    case "ast": print(resp.dump); break;
    case "symtable": protocolOut.write(resp.dump); break;
    case "tokens": print(String(pyFormatTokens(JSON.stringify(resp.tokens)))); break;
    case "dis": protocolOut.write(resp.dis); break;
    case "run":
      protocolOut.write(resp.stdout);
      process.stderr.write(resp.stderr);
      return resp.exit_status;
    case "compile_error": print("compiles"); break;
    case "code": print(JSON.stringify(resp.code, null, 1)); break;
    case "eval": protocolOut.write(resp.stdout); print(resp.value); break;
    case "tables": print(JSON.stringify(resp.tables, null, 1)); break;
  }
  return 0;
}

const args = process.argv.slice(2);
if (args.length === 0) {
  await serve();
} else {
  process.exitCode = await byHand(args);
}
