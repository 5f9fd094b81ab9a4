//! The `zipimporter` class (CPython's `zipimport.zipimporter`): the loader of modules krait
//! imports from zip archives, and, once `importlib` is loaded, the first of `sys.path_hooks`
//! so the Python-level machinery (`importlib.util.find_spec`, `reload`, `linecache`'s
//! `get_source`) can find and read modules in archives. Instances hold `archive` and
//! `prefix` in their dict, as CPython's do; the archive's index is the importer's own
//! (`finder.rs`'s cache of opened archives).

use super::instance_get;
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::value::{ObjRef, Value};

use crate::objects::function::{Args, Kwargs};

/// The class, with its methods.
pub fn new_class(object: &ObjRef) -> ObjRef {
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("find_spec", find_spec),
        ("get_source", get_source),
        ("get_data", get_data),
        ("get_filename", get_filename),
        ("is_package", is_package),
        ("get_code", get_code),
        ("create_module", create_module),
        ("exec_module", exec_module),
        ("invalidate_caches", invalidate_caches),
        ("__repr__", repr),
    ];
    crate::objects::native::new_type("zipimporter", "zipimport", object, methods, &[], Some(new))
}

fn zip_error(vm: &Vm, msg: String, name: Option<&str>, path: Option<&str>) -> PyErr {
    vm.import_error(msg, name, path)
}

/// `zipimporter(path)`: `path` is an archive or a directory inside one.
fn new(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (Some(Value::Obj(cls)), Some(path)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("zipimporter() missing required argument 'path' (pos 1)"));
    };
    let Some(p) = path.as_str() else {
        let tn = vm.type_name(path);
        return Err(vm.type_error(format!("expected str, not <class '{tn}'>")));
    };
    if p.is_empty() {
        return Err(zip_error(vm, "archive path is empty".into(), None, Some(p)));
    }
    let Some((index, prefix)) = vm.zip_for(p) else {
        return Err(zip_error(vm, "not a Zip file".into(), None, Some(p)));
    };
    let archive = index.path.to_string_lossy().into_owned();
    let inst = vm.new_instance(cls);
    super::instance_set(&inst, "archive", Value::str(archive));
    super::instance_set(&inst, "prefix", Value::str(prefix));
    Ok(inst)
}

/// The receiver's archive index, archive path and prefix.
struct Zip {
    index: std::rc::Rc<super::zipfile::ZipIndex>,
    archive: String,
    prefix: String,
}

fn receiver(vm: &mut Vm, args: &[Value]) -> Result<Zip, PyErr> {
    let me = args.first().cloned().unwrap_or(Value::None);
    let archive = instance_get(&me, "archive").and_then(|a| a.as_str().map(str::to_string));
    let prefix = instance_get(&me, "prefix").and_then(|a| a.as_str().map(str::to_string)).unwrap_or_default();
    let Some(archive) = archive else {
        return Err(vm.type_error("descriptor requires a 'zipimport.zipimporter' object"));
    };
    match vm.zip_for(&archive) {
        Some((index, _)) => Ok(Zip { index, archive, prefix }),
        None => Err(zip_error(vm, format!("can't open Zip file: '{archive}'"), None, Some(&archive))),
    }
}

fn str_arg(vm: &Vm, args: &[Value], i: usize, fname: &str) -> Result<String, PyErr> {
    match args.get(i).and_then(Value::as_str) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!("{fname}() missing required argument"))),
    }
}

impl Zip {
    /// The module's path inside the archive (prefix + last name component).
    fn module_path(&self, fullname: &str) -> String {
        format!("{}{}", self.prefix, fullname.rsplit('.').next().unwrap_or(fullname))
    }

    /// Some(true) for a package, Some(false) for a module, None when absent.
    fn info(&self, fullname: &str) -> Option<bool> {
        let path = self.module_path(fullname);
        if self.index.contains(&format!("{path}/__init__.py")) {
            Some(true)
        } else if self.index.contains(&format!("{path}.py")) {
            Some(false)
        } else {
            None
        }
    }

    /// The member holding the module's source and whether it is a package.
    fn source_member(&self, vm: &Vm, fullname: &str) -> Result<(String, bool), PyErr> {
        let path = self.module_path(fullname);
        match self.info(fullname) {
            Some(true) => Ok((format!("{path}/__init__.py"), true)),
            Some(false) => Ok((format!("{path}.py"), false)),
            None => Err(zip_error(vm, format!("can't find module '{fullname}'"), Some(fullname), None)),
        }
    }

    fn full(&self, member: &str) -> String {
        format!("{}/{member}", self.archive)
    }
}

fn find_spec(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let z = receiver(vm, &args)?;
    let fullname = str_arg(vm, &args, 1, "find_spec")?;
    let me = args[0].clone();
    match z.info(&fullname) {
        Some(is_pkg) => {
            let path = z.module_path(&fullname);
            let (origin, locations) = if is_pkg {
                (z.full(&format!("{path}/__init__.py")), Some(vec![z.full(&path)]))
            } else {
                (z.full(&format!("{path}.py")), None)
            };
            Ok(vm.new_spec(&fullname, me, Some(&origin), locations, true))
        }
        None => {
            let path = z.module_path(&fullname);
            if z.index.is_dir(&path) {
                return Ok(vm.new_spec(&fullname, Value::None, None, Some(vec![z.full(&path)]), false));
            }
            Ok(Value::None)
        }
    }
}

fn get_source(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let z = receiver(vm, &args)?;
    let fullname = str_arg(vm, &args, 1, "get_source")?;
    let (member, _) = z.source_member(vm, &fullname)?;
    match z.index.read(&member) {
        Some(bytes) => Ok(Value::str(String::from_utf8_lossy(&bytes).into_owned())),
        None => Ok(Value::None),
    }
}

fn get_data(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let z = receiver(vm, &args)?;
    let pathname = str_arg(vm, &args, 1, "get_data")?;
    let key = pathname.strip_prefix(&format!("{}/", z.archive)).unwrap_or(&pathname).to_string();
    match z.index.read(&key) {
        Some(bytes) => Ok(crate::builtins::methods::new_bytes(bytes, false)),
        None if z.index.is_dir(key.trim_end_matches('/')) => Ok(crate::builtins::methods::new_bytes(Vec::new(), false)),
        None => {
            let class = vm.types.exception("OSError");
            let e = vm.instantiate(&class, vec![Value::Int(0), Value::str(""), Value::str(key)], vec![])?;
            Err(PyErr(e))
        }
    }
}

fn get_filename(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let z = receiver(vm, &args)?;
    let fullname = str_arg(vm, &args, 1, "get_filename")?;
    let (member, _) = z.source_member(vm, &fullname)?;
    Ok(Value::str(z.full(&member)))
}

fn is_package(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let z = receiver(vm, &args)?;
    let fullname = str_arg(vm, &args, 1, "is_package")?;
    let (_, is_pkg) = z.source_member(vm, &fullname)?;
    Ok(Value::Bool(is_pkg))
}

/// The compiled code of a module in the archive.
fn code_of(vm: &mut Vm, z: &Zip, fullname: &str) -> Result<std::rc::Rc<crate::objects::function::CodeInfo>, PyErr> {
    let (member, _) = z.source_member(vm, fullname)?;
    let Some(source) = z.index.read(&member) else {
        return Err(zip_error(vm, format!("can't find module '{fullname}'"), Some(fullname), None));
    };
    vm.compile_module_source(&source, &z.full(&member))
}

fn get_code(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let z = receiver(vm, &args)?;
    let fullname = str_arg(vm, &args, 1, "get_code")?;
    let code = code_of(vm, &z, &fullname)?;
    Ok(Value::new_obj(Payload::Code(code)))
}

fn create_module(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::None)
}

fn exec_module(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let z = receiver(vm, &args)?;
    let module = args.get(1).cloned().unwrap_or(Value::None);
    let spec = vm.getattr(&module, "__spec__")?;
    let name = vm.getattr(&spec, "name")?;
    let name = name.as_str().unwrap_or_default().to_string();
    let code = code_of(vm, &z, &name)?;
    let Some(Payload::Module { dict, .. }) = module.payload() else {
        return Err(vm.type_error("exec_module() argument must be a module"));
    };
    let globals = Value::Obj(dict.clone());
    if let Some(Payload::Dict(d)) = globals.payload()
        && d.borrow().get_str("__builtins__").is_none()
    {
        d.borrow_mut().set_str("__builtins__", vm.builtins.clone());
    }
    vm.native_depth += 1;
    let r = vm.run_code(code, globals.clone(), Some(globals));
    vm.native_depth -= 1;
    r.map(|_| Value::None)
}

fn invalidate_caches(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let z = receiver(vm, &args)?;
    Ok(Value::str(format!("<zipimporter object \"{}/{}\">", z.archive, z.prefix)))
}

impl Vm {
    /// Puts `zipimporter` first in `sys.path_hooks`.
    pub(super) fn install_zip_hook(&mut self) -> Result<(), PyErr> {
        let hooks = self.getattr(&self.import.sys.clone(), "path_hooks")?;
        if let Some(Payload::List(l)) = hooks.payload() {
            l.borrow_mut().insert(0, Value::Obj(self.import.classes.zip_importer.clone()));
        }
        Ok(())
    }
}
