//! `itertools`: CPython's lazy iterator types (count, cycle, repeat, accumulate, chain,
//! compress, dropwhile, takewhile, filterfalse, groupby, islice, pairwise, starmap, tee,
//! zip_longest, product, permutations, combinations, combinations_with_replacement,
//! batched), each a native class whose instances hold an [`It`] state.
//!
//! `__next__` takes the state out of the instance while it runs (so calls back into Python
//! never meet a held borrow) and puts it back afterwards; a re-entrant `next()` on the same
//! iterator sees an exhausted one.

use super::util::{index_arg, no_more_kwargs, take_kwarg};
use super::{module, Args, Kwargs};
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::exceptions::new_exception;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::{ObjRef, Value};
use num_traits::{Signed, ToPrimitive};
use std::cell::RefCell;
use std::rc::Rc;

/// The values a tee's copies share: the source iterator and everything read from it.
pub struct TeeData {
    it: Value,
    buf: Vec<Value>,
    done: bool,
}

/// The state of one itertools iterator.
pub enum It {
    /// Taken out by a running `__next__`.
    Busy,
    Count { cur: Value, step: Value },
    Cycle { it: Option<Value>, saved: Vec<Value>, idx: usize },
    Repeat { obj: Value, left: Option<i64> },
    Accumulate { it: Value, func: Value, total: Option<Value>, initial: Option<Value> },
    Chain { sources: Option<Value>, cur: Option<Value> },
    Compress { data: Value, sel: Value },
    DropWhile { pred: Value, it: Value, dropped: bool },
    TakeWhile { pred: Value, it: Value, done: bool },
    FilterFalse { pred: Value, it: Value },
    GroupBy { it: Value, keyfunc: Value, tgtkey: Option<Value>, currkey: Option<Value>, currvalue: Option<Value>, generation: u64 },
    Grouper { parent: Value, tgtkey: Value, generation: u64 },
    ISlice { it: Option<Value>, next: i64, stop: Option<i64>, step: i64, cnt: i64 },
    Pairwise { it: Option<Value>, old: Option<Value> },
    StarMap { func: Value, it: Value },
    Tee { data: Rc<RefCell<TeeData>>, pos: usize },
    ZipLongest { its: Vec<Option<Value>>, fill: Value, active: usize },
    Product { pools: Vec<Vec<Value>>, idx: Vec<usize>, started: bool, done: bool },
    Permutations { pool: Vec<Value>, r: usize, idx: Vec<usize>, cycles: Vec<usize>, started: bool, done: bool },
    Combinations { pool: Vec<Value>, r: usize, idx: Vec<usize>, started: bool, done: bool, repl: bool },
    Batched { it: Option<Value>, n: usize, strict: bool },
}

fn stop(vm: &Vm) -> PyErr {
    PyErr(new_exception(vm.types.exception("StopIteration"), vec![]))
}

fn class_of(vm: &Vm, name: &str) -> Option<ObjRef> {
    super::util::loaded_attr(vm, "itertools", name).and_then(|v| v.as_obj().cloned())
}

fn make_it(vm: &Vm, cls: &Value, name: &str, st: It) -> PyResult {
    let class = match cls.as_obj() {
        Some(c) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => class_of(vm, name).ok_or_else(|| vm.type_error(format!("{name}: not a type")))?,
    };
    Ok(native::wrap(&class, st))
}

fn take(vm: &Vm, me: &Value) -> Result<It, PyErr> {
    native::with_state::<It, It>(me, |s| std::mem::replace(s, It::Busy)).ok_or_else(|| vm.type_error("expected an itertools iterator"))
}

fn put(me: &Value, st: It) {
    let _ = native::with_state::<It, ()>(me, |s| *s = st);
}

fn iter_self(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    args.first().cloned().ok_or_else(|| vm.type_error("__iter__ needs an argument"))
}

fn next_method(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(me) = args.first().cloned() else { return Err(vm.type_error("__next__ needs an argument")) };
    let mut st = take(vm, &me)?;
    let r = advance(vm, &me, &mut st);
    put(&me, st);
    match r? {
        Some(v) => Ok(v),
        None => Err(stop(vm)),
    }
}

fn truthy_call(vm: &mut Vm, f: &Value, v: &Value) -> Result<bool, PyErr> {
    let r = vm.call(f.clone(), vec![v.clone()], vec![])?;
    vm.truthy(&r)
}

/// One step of the iterator whose state is `st`; None when exhausted.
fn advance(vm: &mut Vm, me: &Value, st: &mut It) -> Result<Option<Value>, PyErr> {
    match st {
        It::Busy => Ok(None),
        It::Count { cur, step } => {
            let r = cur.clone();
            *cur = vm.binary_op(0, cur, step)?;
            Ok(Some(r))
        }
        It::Cycle { it, saved, idx } => {
            if let Some(i) = it.clone() {
                match vm.next(&i)? {
                    Some(v) => {
                        saved.push(v.clone());
                        return Ok(Some(v));
                    }
                    None => *it = None,
                }
            }
            if saved.is_empty() {
                return Ok(None);
            }
            let v = saved[*idx % saved.len()].clone();
            *idx = (*idx + 1) % saved.len();
            Ok(Some(v))
        }
        It::Repeat { obj, left } => match left {
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(obj.clone()))
            }
            None => Ok(Some(obj.clone())),
        },
        It::Accumulate { it, func, total, initial } => {
            if let Some(i) = initial.take() {
                *total = Some(i.clone());
                return Ok(Some(i));
            }
            let Some(v) = vm.next(it)? else { return Ok(None) };
            let t = match total.take() {
                None => v,
                Some(t) => {
                    if matches!(func, Value::None) {
                        vm.binary_op(0, &t, &v)?
                    } else {
                        vm.call(func.clone(), vec![t, v], vec![])?
                    }
                }
            };
            *total = Some(t.clone());
            Ok(Some(t))
        }
        It::Chain { sources, cur } => loop {
            if let Some(c) = cur.clone() {
                match vm.next(&c)? {
                    Some(v) => return Ok(Some(v)),
                    None => *cur = None,
                }
            }
            let Some(src) = sources.clone() else { return Ok(None) };
            match vm.next(&src)? {
                Some(iterable) => *cur = Some(vm.get_iter(&iterable)?),
                None => {
                    *sources = None;
                    return Ok(None);
                }
            }
        },
        It::Compress { data, sel } => loop {
            let Some(d) = vm.next(data)? else { return Ok(None) };
            let Some(s) = vm.next(sel)? else { return Ok(None) };
            if vm.truthy(&s)? {
                return Ok(Some(d));
            }
        },
        It::DropWhile { pred, it, dropped } => loop {
            let Some(v) = vm.next(it)? else { return Ok(None) };
            if *dropped {
                return Ok(Some(v));
            }
            if !truthy_call(vm, pred, &v)? {
                *dropped = true;
                return Ok(Some(v));
            }
        },
        It::TakeWhile { pred, it, done } => {
            if *done {
                return Ok(None);
            }
            let Some(v) = vm.next(it)? else { return Ok(None) };
            if truthy_call(vm, pred, &v)? {
                return Ok(Some(v));
            }
            *done = true;
            Ok(None)
        }
        It::FilterFalse { pred, it } => loop {
            let Some(v) = vm.next(it)? else { return Ok(None) };
            let keep = if matches!(pred, Value::None) { !vm.truthy(&v)? } else { !truthy_call(vm, pred, &v)? };
            if keep {
                return Ok(Some(v));
            }
        },
        It::GroupBy { generation, .. } => {
            *generation += 1;
            advance_groupby_rest(vm, me, st)
        }
        It::Grouper { parent, tgtkey, generation } => {
            let parent = parent.clone();
            let (tgtkey, generation) = (tgtkey.clone(), *generation);
            let mut pst = take(vm, &parent)?;
            let r = grouper_next(vm, &mut pst, &tgtkey, generation);
            put(&parent, pst);
            r
        }
        It::ISlice { it, next, stop, step, cnt } => {
            let Some(i) = it.clone() else { return Ok(None) };
            while *cnt < *next {
                if vm.next(&i)?.is_none() {
                    *it = None;
                    return Ok(None);
                }
                *cnt += 1;
            }
            if let Some(s) = stop
                && *cnt >= *s
            {
                *it = None;
                return Ok(None);
            }
            let Some(v) = vm.next(&i)? else {
                *it = None;
                return Ok(None);
            };
            *cnt += 1;
            let old = *next;
            *next = next.saturating_add(*step);
            if let Some(s) = stop
                && (*next < old || *next > *s)
            {
                *next = *s;
            }
            Ok(Some(v))
        }
        It::Pairwise { it, old } => {
            let Some(i) = it.clone() else { return Ok(None) };
            let first = match old.take() {
                Some(o) => o,
                None => match vm.next(&i)? {
                    Some(v) => v,
                    None => {
                        *it = None;
                        return Ok(None);
                    }
                },
            };
            match vm.next(&i)? {
                Some(v) => {
                    *old = Some(v.clone());
                    Ok(Some(new_tuple([first, v])))
                }
                None => {
                    *it = None;
                    Ok(None)
                }
            }
        }
        It::StarMap { func, it } => {
            let Some(v) = vm.next(it)? else { return Ok(None) };
            let args = vm.seq_items(&v)?;
            vm.call(func.clone(), args, vec![]).map(Some)
        }
        It::Tee { data, pos } => {
            let (have, src, done) = {
                let d = data.borrow();
                (d.buf.get(*pos).cloned(), d.it.clone(), d.done)
            };
            if let Some(v) = have {
                *pos += 1;
                return Ok(Some(v));
            }
            if done {
                return Ok(None);
            }
            match vm.next(&src)? {
                Some(v) => {
                    data.borrow_mut().buf.push(v.clone());
                    *pos += 1;
                    Ok(Some(v))
                }
                None => {
                    data.borrow_mut().done = true;
                    Ok(None)
                }
            }
        }
        It::ZipLongest { its, fill, active } => {
            if *active == 0 {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for slot in its.iter_mut() {
                match slot.clone() {
                    None => out.push(fill.clone()),
                    Some(i) => match vm.next(&i)? {
                        Some(v) => out.push(v),
                        None => {
                            *slot = None;
                            *active -= 1;
                            if *active == 0 {
                                return Ok(None);
                            }
                            out.push(fill.clone());
                        }
                    },
                }
            }
            Ok(Some(new_tuple(out)))
        }
        It::Product { pools, idx, started, done } => {
            if *done {
                return Ok(None);
            }
            if !*started {
                *started = true;
                if pools.iter().any(Vec::is_empty) {
                    *done = true;
                    return Ok(None);
                }
            } else {
                let mut i = pools.len();
                loop {
                    if i == 0 {
                        *done = true;
                        return Ok(None);
                    }
                    i -= 1;
                    idx[i] += 1;
                    if idx[i] < pools[i].len() {
                        break;
                    }
                    idx[i] = 0;
                }
            }
            Ok(Some(new_tuple(pools.iter().zip(idx.iter()).map(|(p, &j)| p[j].clone()).collect::<Vec<_>>())))
        }
        It::Permutations { pool, r, idx, cycles, started, done } => {
            let n = pool.len();
            let r = *r;
            if *done {
                return Ok(None);
            }
            if !*started {
                *started = true;
                if r > n {
                    *done = true;
                    return Ok(None);
                }
            } else {
                if n == 0 {
                    *done = true;
                    return Ok(None);
                }
                let mut i = r;
                loop {
                    if i == 0 {
                        *done = true;
                        return Ok(None);
                    }
                    i -= 1;
                    cycles[i] -= 1;
                    if cycles[i] == 0 {
                        let x = idx.remove(i);
                        idx.push(x);
                        cycles[i] = n - i;
                    } else {
                        let j = cycles[i];
                        idx.swap(i, n - j);
                        break;
                    }
                }
            }
            Ok(Some(new_tuple(idx[..r].iter().map(|&j| pool[j].clone()).collect::<Vec<_>>())))
        }
        It::Combinations { pool, r, idx, started, done, repl } => {
            let n = pool.len();
            let r = *r;
            if *done {
                return Ok(None);
            }
            if !*started {
                *started = true;
                if (!*repl && r > n) || (*repl && n == 0 && r > 0) {
                    *done = true;
                    return Ok(None);
                }
            } else if *repl {
                let mut i = r;
                loop {
                    if i == 0 {
                        *done = true;
                        return Ok(None);
                    }
                    i -= 1;
                    if idx[i] != n - 1 {
                        break;
                    }
                }
                let v = idx[i] + 1;
                for slot in idx.iter_mut().skip(i) {
                    *slot = v;
                }
            } else {
                let mut i = r;
                loop {
                    if i == 0 {
                        *done = true;
                        return Ok(None);
                    }
                    i -= 1;
                    if idx[i] != i + n - r {
                        break;
                    }
                }
                idx[i] += 1;
                for j in i + 1..r {
                    idx[j] = idx[j - 1] + 1;
                }
            }
            Ok(Some(new_tuple(idx.iter().map(|&j| pool[j].clone()).collect::<Vec<_>>())))
        }
        It::Batched { it, n, strict } => {
            let Some(i) = it.clone() else { return Ok(None) };
            let mut out = Vec::with_capacity(*n);
            while out.len() < *n {
                match vm.next(&i)? {
                    Some(v) => out.push(v),
                    None => {
                        *it = None;
                        break;
                    }
                }
            }
            if out.is_empty() {
                return Ok(None);
            }
            if *strict && out.len() < *n {
                *it = None;
                return Err(vm.error("ValueError", "batched(): incomplete batch"));
            }
            Ok(Some(new_tuple(out)))
        }
    }
}

/// Reads the next value of a groupby's source into currvalue/currkey; false at the end.
fn groupby_step(vm: &mut Vm, st: &mut It) -> Result<bool, PyErr> {
    let It::GroupBy { it, keyfunc, currkey, currvalue, .. } = st else { return Ok(false) };
    let Some(v) = vm.next(it)? else { return Ok(false) };
    let k = if matches!(keyfunc, Value::None) { v.clone() } else { vm.call(keyfunc.clone(), vec![v.clone()], vec![])? };
    *currvalue = Some(v);
    *currkey = Some(k);
    Ok(true)
}

/// groupby.__next__ after the generation bump: skip to the next key and make its grouper.
fn advance_groupby_rest(vm: &mut Vm, me: &Value, st: &mut It) -> Result<Option<Value>, PyErr> {
    loop {
        let It::GroupBy { tgtkey, currkey, .. } = st else { return Ok(None) };
        let need = match (currkey.as_ref(), tgtkey.as_ref()) {
            (None, _) => true,
            (Some(c), Some(t)) => {
                let (t, c) = (t.clone(), c.clone());
                vm.eq(&t, &c)?
            }
            (Some(_), None) => false,
        };
        if !need {
            break;
        }
        if !groupby_step(vm, st)? {
            return Ok(None);
        }
    }
    let It::GroupBy { tgtkey, currkey, generation, .. } = st else { return Ok(None) };
    let key = currkey.clone().unwrap_or(Value::None);
    *tgtkey = Some(key.clone());
    let g = It::Grouper { parent: me.clone(), tgtkey: key.clone(), generation: *generation };
    let cls = Value::None;
    let grouper = make_it(vm, &cls, "_grouper", g)?;
    Ok(Some(new_tuple([key, grouper])))
}

fn grouper_next(vm: &mut Vm, pst: &mut It, tgtkey: &Value, generation: u64) -> Result<Option<Value>, PyErr> {
    let It::GroupBy { generation: pgeneration, currvalue, .. } = pst else { return Ok(None) };
    if *pgeneration != generation {
        return Ok(None);
    }
    if currvalue.is_none() && !groupby_step(vm, pst)? {
        return Ok(None);
    }
    let It::GroupBy { currkey, currvalue, .. } = pst else { return Ok(None) };
    let ck = currkey.clone().unwrap_or(Value::None);
    if !vm.eq(tgtkey, &ck)? {
        return Ok(None);
    }
    Ok(currvalue.take())
}

// ----- constructors

fn split_cls(vm: &Vm, args: &mut Args) -> Result<Value, PyErr> {
    if args.is_empty() {
        return Err(vm.type_error("__new__ needs a type"));
    }
    Ok(args.remove(0))
}

fn no_kw(vm: &Vm, name: &str, kwargs: &Kwargs) -> Result<(), PyErr> {
    if kwargs.is_empty() { Ok(()) } else { Err(vm.type_error(format!("{name}() takes no keyword arguments"))) }
}

fn nargs(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> Result<(), PyErr> {
    super::util::positional(vm, name, args, &Vec::new(), min, max)
}

fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::BigInt(_) | Payload::Instance(_)))
}

fn count_new(vm: &mut Vm, mut args: Args, mut kwargs: Kwargs) -> PyResult {
    let cls = split_cls(vm, &mut args)?;
    let start = take_kwarg(&mut kwargs, "start");
    let step = take_kwarg(&mut kwargs, "step");
    no_more_kwargs(vm, "count", &kwargs)?;
    nargs(vm, "count", &args, 0, 2)?;
    let start = args.first().cloned().or(start).unwrap_or(Value::Int(0));
    let step = args.get(1).cloned().or(step).unwrap_or(Value::Int(1));
    if !is_number(&start) || !is_number(&step) {
        return Err(vm.type_error("a number is required"));
    }
    make_it(vm, &cls, "count", It::Count { cur: start, step })
}

fn cycle_new(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    let cls = split_cls(vm, &mut args)?;
    no_kw(vm, "cycle", &kwargs)?;
    nargs(vm, "cycle", &args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    make_it(vm, &cls, "cycle", It::Cycle { it: Some(it), saved: Vec::new(), idx: 0 })
}

fn repeat_new(vm: &mut Vm, mut args: Args, mut kwargs: Kwargs) -> PyResult {
    let cls = split_cls(vm, &mut args)?;
    let obj = take_kwarg(&mut kwargs, "object");
    let times = take_kwarg(&mut kwargs, "times");
    no_more_kwargs(vm, "repeat", &kwargs)?;
    if let Some(o) = obj {
        args.insert(0, o);
    }
    if let Some(t) = times {
        args.push(t);
    }
    if args.is_empty() {
        return Err(vm.type_error("repeat() missing required argument 'object' (pos 1)"));
    }
    nargs(vm, "repeat", &args, 1, 2)?;
    let left = match args.get(1) {
        Some(t) => Some(index_arg(vm, t)?.to_i64().unwrap_or(i64::MAX).max(0)),
        None => None,
    };
    make_it(vm, &cls, "repeat", It::Repeat { obj: args[0].clone(), left })
}

fn accumulate_new(vm: &mut Vm, mut args: Args, mut kwargs: Kwargs) -> PyResult {
    let cls = split_cls(vm, &mut args)?;
    let iterable = take_kwarg(&mut kwargs, "iterable");
    let func = take_kwarg(&mut kwargs, "func");
    let initial = take_kwarg(&mut kwargs, "initial").filter(|v| !matches!(v, Value::None));
    no_more_kwargs(vm, "accumulate", &kwargs)?;
    if let Some(i) = iterable {
        args.insert(0, i);
    }
    if let Some(f) = func {
        args.push(f);
    }
    nargs(vm, "accumulate", &args, 1, 2)?;
    let it = vm.get_iter(&args[0])?;
    let func = args.get(1).cloned().unwrap_or(Value::None);
    make_it(vm, &cls, "accumulate", It::Accumulate { it, func, total: None, initial })
}

fn chain_new(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    let cls = split_cls(vm, &mut args)?;
    no_kw(vm, "chain", &kwargs)?;
    let sources = vm.get_iter(&new_tuple(args.into_vec()))?;
    make_it(vm, &cls, "chain", It::Chain { sources: Some(sources), cur: None })
}

fn chain_from_iterable(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    let cls = split_cls(vm, &mut args)?;
    no_kw(vm, "from_iterable", &kwargs)?;
    if args.len() != 1 {
        return Err(vm.type_error(format!("chain.from_iterable() takes exactly one argument ({} given)", args.len())));
    }
    let sources = vm.get_iter(&args[0])?;
    make_it(vm, &cls, "chain", It::Chain { sources: Some(sources), cur: None })
}

fn compress_new(vm: &mut Vm, mut args: Args, mut kwargs: Kwargs) -> PyResult {
    let cls = split_cls(vm, &mut args)?;
    if let Some(d) = take_kwarg(&mut kwargs, "data") {
        args.insert(0, d);
    }
    if let Some(s) = take_kwarg(&mut kwargs, "selectors") {
        args.push(s);
    }
    no_more_kwargs(vm, "compress", &kwargs)?;
    nargs(vm, "compress", &args, 2, 2)?;
    let data = vm.get_iter(&args[0])?;
    let sel = vm.get_iter(&args[1])?;
    make_it(vm, &cls, "compress", It::Compress { data, sel })
}

fn pred_it(vm: &mut Vm, mut args: Args, kwargs: Kwargs, name: &str) -> Result<(Value, Value, Value), PyErr> {
    let cls = split_cls(vm, &mut args)?;
    no_kw(vm, name, &kwargs)?;
    nargs(vm, name, &args, 2, 2)?;
    let it = vm.get_iter(&args[1])?;
    Ok((cls, args[0].clone(), it))
}

fn dropwhile_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (cls, pred, it) = pred_it(vm, args, kwargs, "dropwhile")?;
    make_it(vm, &cls, "dropwhile", It::DropWhile { pred, it, dropped: false })
}

fn takewhile_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (cls, pred, it) = pred_it(vm, args, kwargs, "takewhile")?;
    make_it(vm, &cls, "takewhile", It::TakeWhile { pred, it, done: false })
}

fn filterfalse_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (cls, pred, it) = pred_it(vm, args, kwargs, "filterfalse")?;
    make_it(vm, &cls, "filterfalse", It::FilterFalse { pred, it })
}

fn starmap_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (cls, func, it) = pred_it(vm, args, kwargs, "starmap")?;
    make_it(vm, &cls, "starmap", It::StarMap { func, it })
}

fn groupby_new(vm: &mut Vm, mut args: Args, mut kwargs: Kwargs) -> PyResult {
    let cls = split_cls(vm, &mut args)?;
    if let Some(i) = take_kwarg(&mut kwargs, "iterable") {
        args.insert(0, i);
    }
    let key = take_kwarg(&mut kwargs, "key");
    no_more_kwargs(vm, "groupby", &kwargs)?;
    if let Some(k) = key {
        args.push(k);
    }
    nargs(vm, "groupby", &args, 1, 2)?;
    let it = vm.get_iter(&args[0])?;
    let keyfunc = args.get(1).cloned().unwrap_or(Value::None);
    make_it(vm, &cls, "groupby", It::GroupBy { it, keyfunc, tgtkey: None, currkey: None, currvalue: None, generation: 0 })
}

fn islice_index(vm: &mut Vm, v: &Value, msg: &str) -> Result<Option<i64>, PyErr> {
    if matches!(v, Value::None) {
        return Ok(None);
    }
    match index_arg(vm, v) {
        Ok(b) if !b.is_negative() => Ok(Some(b.to_i64().unwrap_or(i64::MAX))),
        _ => Err(vm.error("ValueError", msg)),
    }
}

fn islice_new(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    let cls = split_cls(vm, &mut args)?;
    no_kw(vm, "islice", &kwargs)?;
    nargs(vm, "islice", &args, 2, 4)?;
    let (start, stop, step) = if args.len() == 2 {
        let stop = islice_index(vm, &args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")?;
        (0, stop, 1)
    } else {
        let m = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        let start = islice_index(vm, &args[1], m)?.unwrap_or(0);
        let stop = islice_index(vm, &args[2], m)?;
        let step = match args.get(3) {
            None | Some(Value::None) => 1,
            Some(s) => match index_arg(vm, s) {
                Ok(b) if b.is_positive() => b.to_i64().unwrap_or(i64::MAX),
                _ => return Err(vm.error("ValueError", "Step for islice() must be a positive integer or None.")),
            },
        };
        (start, stop, step)
    };
    let it = vm.get_iter(&args[0])?;
    make_it(vm, &cls, "islice", It::ISlice { it: Some(it), next: start, stop, step, cnt: 0 })
}

fn pairwise_new(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    let cls = split_cls(vm, &mut args)?;
    no_kw(vm, "pairwise", &kwargs)?;
    nargs(vm, "pairwise", &args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    make_it(vm, &cls, "pairwise", It::Pairwise { it: Some(it), old: None })
}

fn tee(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    no_kw(vm, "tee", &kwargs)?;
    nargs(vm, "tee", &args, 1, 2)?;
    let n = match args.get(1) {
        Some(n) => index_arg(vm, n)?,
        None => 2.into(),
    };
    if n.is_negative() {
        return Err(vm.error("ValueError", "n must be >= 0"));
    }
    let n = n.to_usize().unwrap_or(0);
    let it = vm.get_iter(&args[0])?;
    let data = Rc::new(RefCell::new(TeeData { it, buf: Vec::new(), done: false }));
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        out.push(make_it(vm, &Value::None, "_tee", It::Tee { data: data.clone(), pos: 0 })?);
    }
    Ok(new_tuple(out))
}

fn tee_copy(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let me = args.first().cloned().unwrap_or(Value::None);
    let copy = native::with_state::<It, Option<It>>(&me, |s| match s {
        It::Tee { data, pos } => Some(It::Tee { data: data.clone(), pos: *pos }),
        _ => None,
    })
    .flatten();
    match copy {
        Some(st) => make_it(vm, &Value::None, "_tee", st),
        None => Err(vm.type_error("__copy__ needs a tee object")),
    }
}

fn zip_longest_new(vm: &mut Vm, mut args: Args, mut kwargs: Kwargs) -> PyResult {
    let cls = split_cls(vm, &mut args)?;
    let fill = take_kwarg(&mut kwargs, "fillvalue").unwrap_or(Value::None);
    if let Some((k, _)) = kwargs.first() {
        return Err(vm.type_error(format!("zip_longest() got an unexpected keyword argument '{k}'")));
    }
    let mut its = Vec::with_capacity(args.len());
    for a in &args {
        its.push(Some(vm.get_iter(a)?));
    }
    let active = its.len();
    make_it(vm, &cls, "zip_longest", It::ZipLongest { its, fill, active })
}

fn product_new(vm: &mut Vm, mut args: Args, mut kwargs: Kwargs) -> PyResult {
    let cls = split_cls(vm, &mut args)?;
    let repeat = take_kwarg(&mut kwargs, "repeat");
    if let Some((k, _)) = kwargs.first() {
        return Err(vm.type_error(format!("product() got an unexpected keyword argument '{k}'")));
    }
    let repeat = match repeat {
        Some(r) => index_arg(vm, &r)?,
        None => 1.into(),
    };
    if repeat.is_negative() {
        return Err(vm.error("ValueError", "repeat argument cannot be negative"));
    }
    let repeat = repeat.to_usize().unwrap_or(0);
    let mut base = Vec::with_capacity(args.len());
    for a in &args {
        base.push(vm.seq_items(a)?);
    }
    let mut pools = Vec::with_capacity(base.len() * repeat);
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let idx = vec![0; pools.len()];
    make_it(vm, &cls, "product", It::Product { pools, idx, started: false, done: false })
}

fn r_arg(vm: &mut Vm, v: Option<&Value>, default: usize) -> Result<usize, PyErr> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(r) => {
            let r = index_arg(vm, r)?;
            if r.is_negative() {
                return Err(vm.error("ValueError", "r must be non-negative"));
            }
            Ok(r.to_usize().unwrap_or(usize::MAX))
        }
    }
}

fn permutations_new(vm: &mut Vm, mut args: Args, mut kwargs: Kwargs) -> PyResult {
    let cls = split_cls(vm, &mut args)?;
    if let Some(i) = take_kwarg(&mut kwargs, "iterable") {
        args.insert(0, i);
    }
    if let Some(r) = take_kwarg(&mut kwargs, "r") {
        args.push(r);
    }
    no_more_kwargs(vm, "permutations", &kwargs)?;
    nargs(vm, "permutations", &args, 1, 2)?;
    let pool = vm.seq_items(&args[0])?;
    let n = pool.len();
    let r = r_arg(vm, args.get(1), n)?;
    let idx: Vec<usize> = (0..n).collect();
    let cycles: Vec<usize> = (0..r.min(n)).map(|i| n - i).collect();
    make_it(vm, &cls, "permutations", It::Permutations { pool, r, idx, cycles, started: false, done: false })
}

fn combinations_like(vm: &mut Vm, mut args: Args, mut kwargs: Kwargs, name: &str, repl: bool) -> PyResult {
    let cls = split_cls(vm, &mut args)?;
    if let Some(i) = take_kwarg(&mut kwargs, "iterable") {
        args.insert(0, i);
    }
    if let Some(r) = take_kwarg(&mut kwargs, "r") {
        args.push(r);
    }
    no_more_kwargs(vm, name, &kwargs)?;
    if args.len() != 2 {
        if args.len() == 1 {
            return Err(vm.type_error(format!("{name}() missing required argument 'r' (pos 2)")));
        }
        nargs(vm, name, &args, 2, 2)?;
    }
    let pool = vm.seq_items(&args[0])?;
    let r = r_arg(vm, args.get(1), 0)?;
    let idx: Vec<usize> = if repl { vec![0; r] } else { (0..r.min(pool.len())).collect() };
    make_it(vm, &cls, name, It::Combinations { pool, r, idx, started: false, done: false, repl })
}

fn combinations_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    combinations_like(vm, args, kwargs, "combinations", false)
}

fn cwr_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    combinations_like(vm, args, kwargs, "combinations_with_replacement", true)
}

fn batched_new(vm: &mut Vm, mut args: Args, mut kwargs: Kwargs) -> PyResult {
    let cls = split_cls(vm, &mut args)?;
    if let Some(i) = take_kwarg(&mut kwargs, "iterable") {
        args.insert(0, i);
    }
    if let Some(n) = take_kwarg(&mut kwargs, "n") {
        args.push(n);
    }
    let strict = match take_kwarg(&mut kwargs, "strict") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    no_more_kwargs(vm, "batched", &kwargs)?;
    if args.len() == 1 {
        return Err(vm.type_error("batched() missing required argument 'n' (pos 2)"));
    }
    nargs(vm, "batched", &args, 2, 2)?;
    let n = index_arg(vm, &args[1])?;
    if n < 1.into() {
        return Err(vm.error("ValueError", "n must be at least one"));
    }
    let n = n.to_usize().unwrap_or(usize::MAX);
    let it = vm.get_iter(&args[0])?;
    make_it(vm, &cls, "batched", It::Batched { it: Some(it), n, strict })
}

// ----- reprs

fn class_name(vm: &Vm, v: &Value) -> String {
    vm.type_name(v)
}

fn count_repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let me = args.first().cloned().unwrap_or(Value::None);
    let st = native::with_state::<It, Option<(Value, Value)>>(&me, |s| match s {
        It::Count { cur, step } => Some((cur.clone(), step.clone())),
        _ => None,
    })
    .flatten();
    let name = class_name(vm, &me);
    let Some((cur, step)) = st else { return Ok(Value::str(format!("{name}(...)"))) };
    let c = vm.repr(&cur)?;
    Ok(Value::str(if matches!(step, Value::Int(1)) { format!("{name}({c})") } else { format!("{name}({c}, {})", vm.repr(&step)?) }))
}

fn repeat_repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let me = args.first().cloned().unwrap_or(Value::None);
    let st = native::with_state::<It, Option<(Value, Option<i64>)>>(&me, |s| match s {
        It::Repeat { obj, left } => Some((obj.clone(), *left)),
        _ => None,
    })
    .flatten();
    let name = class_name(vm, &me);
    let Some((obj, left)) = st else { return Ok(Value::str(format!("{name}(...)"))) };
    let o = vm.repr(&obj)?;
    Ok(Value::str(match left {
        Some(n) => format!("{name}({o}, {n})"),
        None => format!("{name}({o})"),
    }))
}

fn repeat_len_hint(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let me = args.first().cloned().unwrap_or(Value::None);
    match native::with_state::<It, Option<i64>>(&me, |s| match s {
        It::Repeat { left, .. } => *left,
        _ => None,
    })
    .flatten()
    {
        Some(n) => Ok(Value::Int(n)),
        None => Err(vm.type_error("len() of unsized object")),
    }
}

pub fn make(vm: &mut Vm) -> Value {
    let object = vm.types.object.clone();
    let base: &[(&'static str, BuiltinFn)] = &[("__iter__", iter_self), ("__next__", next_method)];
    type Methods = Vec<(&'static str, BuiltinFn)>;
    let types: Vec<(&'static str, BuiltinFn, Methods)> = vec![
        ("count", count_new, vec![("__repr__", count_repr)]),
        ("cycle", cycle_new, vec![]),
        ("repeat", repeat_new, vec![("__repr__", repeat_repr), ("__length_hint__", repeat_len_hint)]),
        ("accumulate", accumulate_new, vec![]),
        ("chain", chain_new, vec![]),
        ("compress", compress_new, vec![]),
        ("dropwhile", dropwhile_new, vec![]),
        ("takewhile", takewhile_new, vec![]),
        ("filterfalse", filterfalse_new, vec![]),
        ("groupby", groupby_new, vec![]),
        ("islice", islice_new, vec![]),
        ("pairwise", pairwise_new, vec![]),
        ("starmap", starmap_new, vec![]),
        ("zip_longest", zip_longest_new, vec![]),
        ("product", product_new, vec![]),
        ("permutations", permutations_new, vec![]),
        ("combinations", combinations_new, vec![]),
        ("combinations_with_replacement", cwr_new, vec![]),
        ("batched", batched_new, vec![]),
    ];
    let mut items: Vec<(&'static str, Value)> = Vec::new();
    for (name, new, extra) in types {
        let mut methods: Vec<(&'static str, BuiltinFn)> = base.to_vec();
        methods.extend(extra);
        let classmethods: &[(&'static str, BuiltinFn)] = if name == "chain" { &[("from_iterable", chain_from_iterable)] } else { &[] };
        let ty = native::new_type(name, "itertools", &object, &methods, classmethods, Some(new));
        items.push((name, Value::Obj(ty)));
    }
    let grouper = native::new_type("_grouper", "itertools", &object, base, &[], None);
    items.push(("_grouper", Value::Obj(grouper)));
    let mut tee_methods = base.to_vec();
    tee_methods.push(("__copy__", tee_copy));
    let tee_ty = native::new_type("_tee", "itertools", &object, &tee_methods, &[], None);
    items.push(("_tee", Value::Obj(tee_ty)));
    items.push(("tee", crate::builtins::builtin("tee", tee)));
    module("itertools", items)
}
