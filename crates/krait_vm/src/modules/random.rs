//! `_random`: the `Random` type, CPython's Mersenne Twister (MT19937) with CPython's seeding
//! (`init_by_array` on the 32-bit words of |seed|, `hash(x)` for other objects, OS entropy
//! for None), `random()` (53-bit floats), `getrandbits(k)`, `getstate()`/`setstate()`.
//! random.py subclasses it; the same seed gives CPython's exact sequence.

use super::util::index_arg;
use super::{module, Args, Kwargs};
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::int::{from_big, to_big};
use crate::objects::native;
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

const N: usize = 624;
const M: usize = 397;

/// The generator state.
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut m = Mt { state: [0; N], index: N + 1 };
        m.init_genrand(5489);
        m
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
        self.index = N;
    }

    fn next_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        if self.index >= N {
            let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
            for k in 0..N - M {
                let y = (self.state[k] & UPPER) | (self.state[k + 1] & LOWER);
                self.state[k] = self.state[k + M] ^ (y >> 1) ^ mag(y);
            }
            for k in N - M..N - 1 {
                let y = (self.state[k] & UPPER) | (self.state[k + 1] & LOWER);
                self.state[k] = self.state[k + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (self.state[N - 1] & UPPER) | (self.state[0] & LOWER);
            self.state[N - 1] = self.state[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    fn seed_big(&mut self, n: &BigInt) {
        let (_, words) = n.abs().to_u32_digits();
        if words.is_empty() { self.init_by_array(&[0]) } else { self.init_by_array(&words) }
    }

    fn seed_os(&mut self) {
        let mut buf = [0u8; N * 4];
        let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf)).is_ok();
        if ok {
            let words: Vec<u32> = buf.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
            self.init_by_array(&words);
        } else {
            let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
            let words = [t as u32, (t >> 32) as u32, (t >> 64) as u32, std::process::id()];
            self.init_by_array(&words);
        }
    }
}

fn this<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut Mt) -> R) -> Result<R, PyErr> {
    native::with_state::<Mt, R>(v, f).ok_or_else(|| vm.type_error("descriptor requires a '_random.Random' object"))
}

fn do_seed(vm: &mut Vm, this_v: &Value, arg: Option<&Value>) -> Result<(), PyErr> {
    let arg = arg.filter(|a| !matches!(a, Value::None));
    let Some(arg) = arg else {
        this(vm, this_v, Mt::seed_os)?;
        return Ok(());
    };
    let n = match to_big(&crate::builtins::slots::unwrap_native(arg)) {
        Some(n) => n,
        None => {
            let h = vm.hash(arg)?;
            BigInt::from(h)
        }
    };
    this(vm, this_v, |m| m.seed_big(&n))?;
    Ok(())
}

fn random_new(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("Random.__new__(): not enough arguments"));
    }
    let cls = args.remove(0);
    let Some(class) = cls.as_obj().filter(|c| matches!(c.payload, Payload::Type(_))).cloned() else {
        return Err(vm.type_error("Random.__new__(X): X is not a type object"));
    };
    let is_base = super::util::loaded_attr(vm, "_random", "Random").is_some_and(|r| r.is(&cls));
    if is_base && !kwargs.is_empty() {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    let inst = native::wrap(&class, Mt::new());
    do_seed(vm, &inst, args.first())?;
    Ok(inst)
}

fn seed(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if !kwargs.is_empty() {
        return Err(vm.type_error("Random.seed() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!("seed expected at most 1 argument, got {}", args.len() - 1)));
    }
    do_seed(vm, &args[0], args.get(1))?;
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    if args.len() != 1 {
        return Err(vm.type_error(format!("Random.random() takes no arguments ({} given)", args.len().saturating_sub(1))));
    }
    Ok(Value::Float(this(vm, &args[0], Mt::random)?))
}

fn getrandbits(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!("Random.getrandbits() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let k = index_arg(vm, &args[1])?;
    if k.is_negative() {
        return Err(vm.error("ValueError", "Cannot convert negative int"));
    }
    let Some(k) = k.to_u64().filter(|k| *k < (1 << 40)) else {
        return Err(vm.error("OverflowError", "Python int too large to convert to C int"));
    };
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k <= 32 {
        let r = this(vm, &args[0], |m| m.next_u32() >> (32 - k))?;
        return Ok(Value::Int(i64::from(r)));
    }
    let words = this(vm, &args[0], |m| {
        let mut out = Vec::with_capacity(((k - 1) / 32 + 1) as usize);
        let mut left = k;
        while left > 0 {
            let mut r = m.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        out
    })?;
    Ok(from_big(BigInt::new(Sign::Plus, words)))
}

fn getstate(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (state, index) = this(vm, &args[0], |m| (m.state, m.index))?;
    let mut items: Vec<Value> = state.iter().map(|w| Value::Int(i64::from(*w))).collect();
    items.push(Value::Int(index as i64));
    Ok(new_tuple(items))
}

fn setstate(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!("Random.setstate() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let items = match args[1].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("state vector must be a tuple")),
    };
    if items.len() != N + 1 {
        return Err(vm.error("ValueError", "state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (i, v) in items[..N].iter().enumerate() {
        let b = index_arg(vm, v)?;
        if b.is_negative() {
            return Err(vm.error("OverflowError", "can't convert negative value to unsigned int"));
        }
        state[i] = (b & BigInt::from(u32::MAX)).to_u32().unwrap_or(0);
    }
    let index = index_arg(vm, &items[N])?;
    let Some(index) = index.to_usize().filter(|i| *i <= N) else {
        return Err(vm.error("ValueError", "invalid state"));
    };
    this(vm, &args[0], |m| {
        m.state = state;
        m.index = index;
    })?;
    Ok(Value::None)
}

fn getstate_reduce(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Err(vm.type_error("cannot pickle '_random.Random' object"))
}

pub fn make(vm: &mut Vm) -> Value {
    let object = vm.types.object.clone();
    let class = native::new_type(
        "Random",
        "_random",
        &object,
        &[("seed", seed), ("random", random), ("getrandbits", getrandbits), ("getstate", getstate), ("setstate", setstate), ("__reduce__", getstate_reduce)],
        &[],
        Some(random_new),
    );
    let _ = BigInt::zero();
    module("_random", vec![("Random", Value::Obj(class))])
}
