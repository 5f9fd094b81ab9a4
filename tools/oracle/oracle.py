"""The Python half of krait's CPython 3.14 oracle (runs inside pyodide, loaded by oracle.mjs).

It defines `oracle_handle(line) -> str`: one JSON request in, one JSON response out. It
promises never to raise: a malformed request or an internal failure becomes a response with
`"ok": false, "oracle_error": true`. Whatever user code prints is captured into strings, so
nothing it does reaches the protocol stream. See README.md for the protocol.
"""

import ast
import base64
import contextvars
import builtins
import dis
import importlib.util
import gc
import io
import json
import keyword
import linecache
import marshal
import opcode
import os
import re
import shutil
import sys
import token
import tokenize
import traceback
import types
import warnings

PROTOCOL = 1
PYODIDE_VERSION = "314.0.7"

_ADDR = re.compile(r"at 0x[0-9a-fA-F]+")


# ---------------------------------------------------------------------------------------------
# helpers


def _clean(value):
    """Make a value JSON-safe for strict readers (no lone surrogates in strings)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
            return value
        except UnicodeEncodeError:
            return value.encode("utf-8", "backslashreplace").decode("utf-8")
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return repr(value)


def _source(req):
    if "source_b64" in req:
        return base64.b64decode(req["source_b64"], validate=True)
    if "source" in req:
        return req["source"].encode("utf-8")
    raise KeyError("request needs 'source_b64' (or 'source')")


def _exception(exc):
    """The facts of an exception: type, message and (for SyntaxError) its positions."""
    info = {
        "type": type(exc).__name__,
        "msg": str(exc),
        "lineno": None,
        "offset": None,
        "end_lineno": None,
        "end_offset": None,
        "text": None,
    }
    if isinstance(exc, SyntaxError):
        info.update(
            msg=exc.msg,
            lineno=exc.lineno,
            offset=exc.offset,
            end_lineno=exc.end_lineno,
            end_offset=exc.end_offset,
            text=exc.text,
        )
    return info


def _warning_list(recorded):
    return [
        {
            "category": w.category.__name__,
            "message": str(w.message),
            "filename": w.filename,
            "lineno": w.lineno,
        }
        for w in recorded
    ]


def _compile(req, flags):
    """compile(src, filename, "exec", flags) with warnings recorded.

    Returns (code_or_tree_or_None, error_info_or_None, warnings)."""
    src = _source(req)
    filename = req.get("filename") or "<unknown>"
    optimize = req.get("optimize", -1)
    with warnings.catch_warnings(record=True) as recorded:
        warnings.simplefilter("always")
        try:
            result = compile(src, filename, "exec", flags, dont_inherit=True, optimize=optimize)
            error = None
        except Exception as exc:  # any exception, not only SyntaxError
            result, error = None, _exception(exc)
    return result, error, _warning_list(recorded)


# ---------------------------------------------------------------------------------------------
# request kinds


def k_ast(req):
    tree, error, warns = _compile(req, ast.PyCF_ONLY_AST)
    if error is not None:
        return {"ok": False, "error": error, "warnings": warns}
    indent = req.get("indent")
    # The tree is what matters: show huge int constants in full instead of failing on the
    # int-to-str digit limit (the limit still applies to parsing, as in CPython).
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        dump = ast.dump(
            tree,
            include_attributes=bool(req.get("include_attributes", False)),
            indent=indent,
        )
    except Exception as exc:  # e.g. RecursionError on a very deep tree: the oracle's limit
        return {"ok": False, "oracle_error": True, "error": _exception(exc), "warnings": warns}
    finally:
        sys.set_int_max_str_digits(limit)
    return {"ok": True, "dump": dump, "warnings": warns}


def k_compile_error(req):
    code, error, warns = _compile(req, 0)
    if error is not None:
        return {"ok": False, "error": error, "warnings": warns}
    return {"ok": True, "warnings": warns}


def k_dis(req):
    code, error, warns = _compile(req, 0)
    if error is not None:
        return {"ok": False, "error": error, "warnings": warns}
    buf = io.StringIO()
    options = {}
    for name in ("show_caches", "adaptive", "show_offsets", "show_positions"):
        if name in req:
            options[name] = bool(req[name])
    dis.dis(code, file=buf, **options)
    return {"ok": True, "dis": _ADDR.sub("at 0xADDR", buf.getvalue()), "warnings": warns}


def _code_facts(code):
    """Every public field of a code object, nested code objects included (depth first)."""
    consts = []
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            consts.append({"code": _code_facts(c)})
        else:
            consts.append({"repr": repr(c), "type": type(c).__name__})
    return {
        "co_name": code.co_name,
        "co_qualname": code.co_qualname,
        "co_filename": code.co_filename,
        "co_argcount": code.co_argcount,
        "co_posonlyargcount": code.co_posonlyargcount,
        "co_kwonlyargcount": code.co_kwonlyargcount,
        "co_nlocals": code.co_nlocals,
        "co_stacksize": code.co_stacksize,
        "co_flags": code.co_flags,
        "co_firstlineno": code.co_firstlineno,
        "co_code": code.co_code.hex(),
        "co_consts": consts,
        "co_names": list(code.co_names),
        "co_varnames": list(code.co_varnames),
        "co_cellvars": list(code.co_cellvars),
        "co_freevars": list(code.co_freevars),
        "co_linetable": code.co_linetable.hex(),
        "co_exceptiontable": code.co_exceptiontable.hex(),
        "positions": [list(p) for p in code.co_positions()],
    }


def k_code(req):
    code, error, warns = _compile(req, 0)
    if error is not None:
        return {"ok": False, "error": error, "warnings": warns}
    return {"ok": True, "code": _code_facts(code), "warnings": warns}


def k_marshal(req):
    code, error, warns = _compile(req, 0)
    if error is not None:
        return {"ok": False, "error": error, "warnings": warns}
    from importlib._bootstrap_external import _code_to_hash_pyc

    marshalled = marshal.dumps(code)
    # The .pyc py_compile writes with invalidation_mode=UNCHECKED_HASH: magic, flags=0b01,
    # the 8-byte SipHash of the source (importlib.util.source_hash), then marshal.dumps(code).
    pyc = _code_to_hash_pyc(code, importlib.util.source_hash(_source(req)), checked=False)
    return {
        "ok": True,
        "marshal_b64": base64.b64encode(marshalled).decode("ascii"),
        "pyc_b64": base64.b64encode(bytes(pyc)).decode("ascii"),
        "pyc_mode": "unchecked-hash",
        "magic_hex": importlib.util.MAGIC_NUMBER.hex(),
        "warnings": warns,
    }


def k_run(req):
    src = _source(req)
    filename = req.get("filename") or "<string>"
    stdin = req.get("stdin") or ""
    if "stdin_b64" in req:
        stdin_bytes = base64.b64decode(req["stdin_b64"])
    else:
        stdin_bytes = stdin.encode("utf-8")

    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", errors="strict", write_through=True)
    err = io.TextIOWrapper(err_bytes, encoding="utf-8", errors="backslashreplace", write_through=True)
    inp = io.TextIOWrapper(io.BytesIO(stdin_bytes), encoding="utf-8")

    module = types.ModuleType("__main__")
    namespace = module.__dict__
    namespace.update(__file__=filename, __builtins__=builtins, __cached__=None, __loader__=None)

    saved = (sys.stdout, sys.stderr, sys.stdin, list(sys.argv), sys.modules.get("__main__"),
             sys.getrecursionlimit())
    # Let tracebacks show source lines, as python3 would from the file on disk.
    try:
        text = src.decode("utf-8")
    except UnicodeDecodeError:
        text = src.decode("latin-1")
    lines = text.splitlines(keepends=True)
    linecache.cache[filename] = (len(text), None, lines, filename)

    # A multi-file program: its files under `dir`, which is sys.path[0] while it runs.
    run_dir = req.get("dir")
    modules_before = set(sys.modules)
    if run_dir:
        for rel, data in req.get("files") or []:
            target = os.path.join(run_dir, rel)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(base64.b64decode(data))
        sys.path.insert(0, run_dir)
        importlib.invalidate_caches()

    status = 0
    sys.stdout, sys.stderr, sys.stdin = out, err, inp
    sys.argv = [filename] + list(req.get("argv") or [])
    sys.modules["__main__"] = module
    guard = warnings.catch_warnings()  # restores the warning filters the program changes
    guard.__enter__()
    try:
        try:
            code = compile(src, filename, "exec", dont_inherit=True)
            # A fresh, empty context, as a new process has: context variables an earlier
            # program set (decimal's, warnings') must not show in this one's copy_context().
            contextvars.Context().run(exec, code, namespace)
        except SystemExit as exc:
            status = _exit_status(exc, err)
        except BaseException as exc:
            tb = exc.__traceback__
            # Drop the oracle's own frame (the exec call) so the traceback starts in user code.
            if tb is not None and tb.tb_frame.f_code is k_run.__code__:
                tb = tb.tb_next
            traceback.print_exception(type(exc), exc, tb, file=err)
            status = 1
        try:
            out.flush()
        except BaseException as exc:  # e.g. an unencodable character left in the buffer
            traceback.print_exception(type(exc), exc, None, file=err)
            status = 120
        err.flush()
    finally:
        guard.__exit__(None, None, None)
        # Garbage the program left in cycles is finalized now, with its output discarded,
        # so that no __del__ of this program prints into the next one's run.
        namespace.clear()
        sys.stdout = sys.stderr = io.StringIO()
        try:
            gc.collect()
        except BaseException:
            pass
        sys.stdout, sys.stderr, sys.stdin = saved[0], saved[1], saved[2]
        sys.argv = saved[3]
        if saved[4] is not None:
            sys.modules["__main__"] = saved[4]
        sys.setrecursionlimit(saved[5])
        sys.settrace(None)
        sys.setprofile(None)
        linecache.cache.pop(filename, None)
        if run_dir:
            # Forget the program's own modules (those loaded from run_dir).
            for name in set(sys.modules) - modules_before:
                m = sys.modules.get(name)
                where = [getattr(m, "__file__", None) or ""] + list(getattr(m, "__path__", None) or [])
                if any(isinstance(w, str) and w.startswith(run_dir) for w in where):
                    sys.modules.pop(name, None)
            if run_dir in sys.path:
                sys.path.remove(run_dir)
            sys.path_importer_cache.clear()
            shutil.rmtree(run_dir, ignore_errors=True)
            importlib.invalidate_caches()
            linecache.clearcache()
    stdout_b, stderr_b = out_bytes.getvalue(), err_bytes.getvalue()
    return {
        "ok": True,
        "stdout": stdout_b.decode("utf-8", "replace"),
        "stderr": stderr_b.decode("utf-8", "replace"),
        "stdout_b64": base64.b64encode(stdout_b).decode("ascii"),
        "exit_status": status,
    }


def _exit_status(exc, err):
    """SystemExit the way python3 turns it into a process exit status."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:
        print(code, file=err)
    except BaseException:
        pass
    return 1


def k_eval(req):
    code_text = req["code"]
    tree = ast.parse(code_text, mode="exec")
    namespace = {"__name__": "__oracle_eval__", "__builtins__": builtins}
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    buf = io.StringIO()
    saved = sys.stdout
    sys.stdout = buf
    try:
        exec(compile(tree, "<oracle-eval>", "exec", dont_inherit=True), namespace)
        value = None
        if last is not None:
            value = eval(compile(last, "<oracle-eval>", "eval", dont_inherit=True), namespace)
    except Exception as exc:
        sys.stdout = saved
        return {"ok": False, "error": _exception(exc), "stdout": buf.getvalue()}
    finally:
        sys.stdout = saved
    try:
        as_json = json.loads(json.dumps(value))
    except (TypeError, ValueError):
        as_json = None
    return {"ok": True, "value": repr(value), "json": as_json, "stdout": buf.getvalue()}


def _tokens(src):
    result = []
    for tok in tokenize.tokenize(io.BytesIO(src).readline):
        result.append(
            {
                "type": token.tok_name[tok.type],
                "exact_type": token.tok_name[tok.exact_type],
                "string": tok.string,
                "start": list(tok.start),
                "end": list(tok.end),
                "line": tok.line,
            }
        )
    return result


def k_tokens(req):
    src = _source(req)
    try:
        toks = _tokens(src)
    except Exception as exc:
        return {"ok": False, "error": _exception(exc)}
    return {"ok": True, "tokens": toks}


def format_tokens(toks):
    """The layout of `python -m tokenize -e` (toks: the `tokens` list, or it as JSON text)."""
    if isinstance(toks, str):
        toks = json.loads(toks)
    lines = []
    for t in toks:
        where = "%d,%d-%d,%d:" % (t["start"][0], t["start"][1], t["end"][0], t["end"][1])
        lines.append("%-20s%-15s%-15r" % (where, t["exact_type"], t["string"]))
    return "\n".join(lines)


# --- tables ------------------------------------------------------------------------------


def _render_type(t):
    if t is type(None) or t is None:
        return "None"
    if isinstance(t, types.UnionType):
        return " | ".join(_render_type(a) for a in t.__args__)
    if isinstance(t, types.GenericAlias):
        return "%s[%s]" % (_render_type(t.__origin__), ", ".join(_render_type(a) for a in t.__args__))
    if isinstance(t, type):
        if t.__module__ in ("ast", "_ast"):
            return "ast." + t.__name__
        if t.__module__ == "builtins":
            return t.__name__
        return "%s.%s" % (t.__module__, t.__qualname__)
    return repr(t)


def _ast_tables():
    import _ast

    deprecated_aliases = {"Num", "Str", "Bytes", "NameConstant", "Ellipsis"}
    classes = []
    for name, cls in vars(ast).items():
        if not (isinstance(cls, type) and issubclass(cls, ast.AST)) or name != cls.__name__:
            continue
        if name in deprecated_aliases:
            continue
        field_types = getattr(cls, "_field_types", {})
        fields = []
        for f in cls._fields:
            fields.append(
                {
                    "name": f,
                    "type": _render_type(field_types[f]) if f in field_types else None,
                    "optional": getattr(cls, f, ...) is None,
                }
            )
        classes.append(
            {
                "name": name,
                "base": cls.__bases__[0].__name__ if cls is not ast.AST else None,
                "is_root": cls is ast.AST,
                # Classes that only exist in ast.py (slice, Index, Suite, AugLoad, ...) are
                # deprecated leftovers; the real node set lives in the C module _ast.
                "in_c_module": name in vars(_ast),
                "fields": fields,
                "_fields": list(cls._fields),
                "_attributes": list(getattr(cls, "_attributes", ())),
                "abstract": bool(cls.__subclasses__()) and not cls._fields,
            }
        )
    return classes


def _opcode_tables():
    names = [
        "opmap", "opname", "HAVE_ARGUMENT", "EXTENDED_ARG", "MIN_INSTRUMENTED_OPCODE",
        "cmp_op", "hasarg", "hasconst", "hasname", "hasjump", "hasjrel", "hasjabs",
        "haslocal", "hascompare", "hasfree", "hasexc", "_inline_cache_entries",
        "_cache_format", "_specializations", "_specialized_opmap", "_nb_ops",
        "_intrinsic_1_descs", "_intrinsic_2_descs", "_special_method_names",
        "_common_constants",
    ]
    tables = {}
    for n in names:
        if hasattr(opcode, n):
            tables[n] = _clean(getattr(opcode, n))
    stack = {}
    for name, op in opcode.opmap.items():
        effects = {}
        args = range(4) if op >= opcode.HAVE_ARGUMENT else [None]
        for arg in args:
            for jump in (None, True, False):
                key = "%s/%s" % (arg, jump)
                try:
                    effects[key] = dis.stack_effect(op, arg, jump=jump)
                except (ValueError, TypeError):
                    effects[key] = None
        stack[name] = effects
    tables["stack_effect"] = stack
    return tables


def k_tables(req):
    exceptions = []
    builtin_names = []
    for name, obj in vars(builtins).items():
        builtin_names.append({"name": name, "type": type(obj).__name__})
        if isinstance(obj, type) and issubclass(obj, BaseException):
            exceptions.append({"name": name, "bases": [b.__name__ for b in obj.__bases__]})
    return {
        "ok": True,
        "tables": {
            "python": {
                "version": sys.version,
                "version_info": list(sys.version_info[:3]),
                "maxsize": sys.maxsize,
                "hash_width": sys.hash_info.width,
                "byteorder": sys.byteorder,
                "magic_hex": importlib.util.MAGIC_NUMBER.hex(),
                "pyodide": PYODIDE_VERSION,
            },
            "ast": _ast_tables(),
            "opcode": _opcode_tables(),
            "keyword": {"kwlist": list(keyword.kwlist), "softkwlist": list(keyword.softkwlist)},
            "token": {
                "tok_name": {str(k): v for k, v in token.tok_name.items()},
                "EXACT_TOKEN_TYPES": {k: token.tok_name[v] for k, v in token.EXACT_TOKEN_TYPES.items()},
            },
            "builtins": builtin_names,
            "exceptions": exceptions,
        },
    }


# --- symtable ----------------------------------------------------------------------------

_SYMTABLE_TYPES = None


def _symtable_type_names():
    """`_symtable.TYPE_*` values to the `symtable.SymbolTableType` strings."""
    global _SYMTABLE_TYPES
    if _SYMTABLE_TYPES is None:
        import _symtable

        _SYMTABLE_TYPES = {
            _symtable.TYPE_MODULE: "module",
            _symtable.TYPE_FUNCTION: "function",
            _symtable.TYPE_CLASS: "class",
            _symtable.TYPE_ANNOTATION: "annotation",
            _symtable.TYPE_TYPE_ALIAS: "type alias",
            _symtable.TYPE_TYPE_PARAMETERS: "type parameters",
            _symtable.TYPE_TYPE_VARIABLE: "type variable",
        }
    return _SYMTABLE_TYPES


_SYMBOL_FLAGS = [
    ("DEF_GLOBAL", 1), ("DEF_LOCAL", 2), ("DEF_PARAM", 4), ("DEF_NONLOCAL", 8), ("USE", 16),
    ("DEF_FREE_CLASS", 64), ("DEF_IMPORT", 128), ("DEF_ANNOT", 256), ("DEF_COMP_ITER", 512),
    ("DEF_TYPE_PARAM", 1024), ("DEF_COMP_CELL", 2048),
]
_SCOPE_NAMES = {0: "-", 1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}


def format_symtable(raw):
    """The canonical text of a raw `_symtable` entry tree (krait_compiler::symtable::dump
    writes the same): one line per table (type, name, line, nested), its parameters, its
    symbols sorted by name with scope and flags (the raw value too), then its children in
    order, indented by two spaces per level."""
    names = _symtable_type_names()
    out = []

    def walk(t, depth):
        pad = "  " * depth
        out.append("%s%s %s line %d%s" % (pad, names.get(t.type, str(t.type)), t.name, t.lineno,
                                         " nested" if t.nested else ""))
        if t.varnames:
            out.append("%s  params: %s" % (pad, ", ".join(t.varnames)))
        for name in sorted(t.symbols):
            flags = t.symbols[name]
            scope = (flags >> 12) & 15
            fl = [n for n, v in _SYMBOL_FLAGS if flags & v]
            out.append("%s  %s: %s %s (%d)" % (pad, name, _SCOPE_NAMES.get(scope, str(scope)),
                                              "|".join(fl) or "-", flags))
        for c in t.children:
            walk(c, depth + 1)

    walk(raw, 0)
    return "\n".join(out) + "\n"


def k_symtable(req):
    """`_symtable.symtable(src, filename, "exec")` (what `symtable.symtable` wraps), dumped."""
    import _symtable

    src = _source(req)
    filename = req.get("filename") or "<unknown>"
    with warnings.catch_warnings(record=True) as recorded:
        warnings.simplefilter("always")
        try:
            top = _symtable.symtable(src, filename, "exec")
            error = None
        except Exception as exc:
            top, error = None, _exception(exc)
    warns = _warning_list(recorded)
    if error is not None:
        return {"ok": False, "error": error, "warnings": warns}
    return {"ok": True, "dump": format_symtable(top), "warnings": warns}


def k_version(req):
    return {"ok": True, "protocol": PROTOCOL, "pyodide": PYODIDE_VERSION, "python": sys.version}


KINDS = {
    "ast": k_ast,
    "compile_error": k_compile_error,
    "dis": k_dis,
    "code": k_code,
    "marshal": k_marshal,
    "run": k_run,
    "eval": k_eval,
    "tokens": k_tokens,
    "tables": k_tables,
    "symtable": k_symtable,
    "version": k_version,
}


def _oracle_failure(exc, what):
    info = _exception(exc)
    info["msg"] = "%s: %s" % (what, info["msg"])
    return {"ok": False, "oracle_error": True, "error": info}


def oracle_handle(line):
    """One JSON request line in, one JSON response line out (never raises)."""
    req_id = None
    try:
        req = json.loads(line)
        if not isinstance(req, dict):
            raise TypeError("a request must be a JSON object")
        req_id = req.get("id")
        handler = KINDS.get(req.get("kind"))
        if handler is None:
            raise ValueError("unknown request kind %r (known: %s)" % (req.get("kind"), ", ".join(KINDS)))
        resp = handler(req)
    except BaseException as exc:  # the oracle must answer every line, whatever happens
        resp = _oracle_failure(exc, "bad request or oracle failure")
    if req_id is not None:
        resp["id"] = req_id
    try:
        return json.dumps(_clean(resp), ensure_ascii=False)
    except BaseException as exc:
        return json.dumps(_clean(_oracle_failure(exc, "unserialisable response")))
