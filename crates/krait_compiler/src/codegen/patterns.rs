//! `match` statements (PEP 634, CPython's `codegen_match` and `codegen_pattern_*`): each
//! pattern consumes its subject and jumps to a "fail_pop" block that pops what is on the
//! stack on failure; captured names are rotated underneath and stored only once the
//! whole case pattern matched. Raises codegen's pattern `SyntaxError`s (unreachable
//! patterns, duplicate captures, differing alternative bindings, duplicate mapping keys).

use super::{Compiler, NEXT_LOCATION, Res, ast_const, loc};
use crate::instr::{Label, Location};
use krait_bytecode::opcode::op;
use krait_bytecode::{Constant, PyStr};
use krait_syntax::ast::{self, CmpOp, Expr, ExprContext, Pattern};

/// `pattern_context`.
#[derive(Clone, Default)]
pub(crate) struct PatternContext {
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    on_top: usize,
}

fn wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.name.is_none() && a.pattern.is_none())
}

fn wildcard_star(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

/// Set-equality key of a mapping-pattern constant (`1`, `1.0` and `True` collide).
fn set_key(c: &ast::Constant) -> String {
    fn float_key(f: f64) -> String {
        if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e18 {
            format!("n:{}", f as i64)
        } else {
            format!("f:{:x}", f.to_bits())
        }
    }
    match c {
        ast::Constant::None => "None".into(),
        ast::Constant::True => "n:1".into(),
        ast::Constant::False => "n:0".into(),
        ast::Constant::Ellipsis => "...".into(),
        ast::Constant::Int(i) => format!("n:{i}"),
        ast::Constant::BigInt(b) => format!("n:{b}"),
        ast::Constant::Float(f) => float_key(*f),
        ast::Constant::Complex { real, imag } => {
            if *imag == 0.0 {
                float_key(*real)
            } else {
                format!("c:{:x}:{:x}", real.to_bits(), imag.to_bits())
            }
        }
        ast::Constant::Str(s) => format!("s:{s}"),
        ast::Constant::Bytes(b) => format!("b:{b:?}"),
    }
}

impl<'a> Compiler<'a> {
    /// `codegen_match`.
    pub fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> Res {
        self.visit_expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        let Some(last) = m.cases.last() else {
            return Ok(());
        };
        let has_default = wildcard(&last.pattern) && cases > 1;
        let n = cases - usize::from(has_default);
        for (i, case) in m.cases[..n].iter().enumerate() {
            let pl = loc(case.pattern.range());
            if i + 1 != n {
                self.addop(op::COPY, 1, pl);
            }
            let mut pc = PatternContext {
                allow_irrefutable: case.guard.is_some() || i + 1 == cases,
                ..PatternContext::default()
            };
            self.pattern(&case.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.nameop(&name, ExprContext::Store, pl)?;
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(pl, guard, target, false)?;
            }
            if i + 1 != n {
                self.addop0(op::POP_TOP, NEXT_LOCATION);
            }
            self.visit_stmts(&case.body)?;
            self.jump(op::JUMP, end, Location::NONE);
            self.emit_and_reset_fail_pop(pl, &mut pc);
        }
        if has_default {
            let pl = loc(last.pattern.range());
            if cases == 1 {
                self.addop0(op::POP_TOP, pl);
            } else {
                self.addop0(op::NOP, pl);
            }
            if let Some(guard) = &last.guard {
                self.jump_if(pl, guard, end, false)?;
            }
            self.visit_stmts(&last.body)?;
        }
        self.use_label(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, l: Location, pc: &mut PatternContext, opcode: u16) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let target = pc.fail_pop[pops];
        self.jump(opcode, target, l);
    }

    fn emit_and_reset_fail_pop(&mut self, l: Location, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.use_label(pc.fail_pop[i]);
            self.addop0(op::POP_TOP, l);
        }
        self.use_label(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn rotate(&mut self, l: Location, mut count: usize) {
        while count > 1 {
            self.addop(op::SWAP, count as u32, l);
            count -= 1;
        }
    }

    fn store_name(&mut self, l: Location, name: Option<&str>, pc: &mut PatternContext) -> Res {
        let Some(n) = name else {
            self.addop0(op::POP_TOP, l);
            return Ok(());
        };
        if pc.stores.iter().any(|s| s == n) {
            return Err(self.error(&format!("multiple assignments to name '{n}' in pattern"), l));
        }
        let rotations = pc.on_top + pc.stores.len() + 1;
        self.rotate(l, rotations);
        pc.stores.push(n.to_string());
        Ok(())
    }

    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> Res {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> Res {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.pattern_inner(p, pc))
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> Res {
        let l = loc(p.range());
        match p {
            Pattern::MatchValue(v) => {
                if !matches!(&*v.value, Expr::Constant(_) | Expr::Attribute(_)) {
                    return Err(self.error("patterns may only match literals and attribute lookups", l));
                }
                self.visit_expr(&v.value)?;
                self.compare_op(CmpOp::Eq, l);
                self.addop0(op::TO_BOOL, l);
                self.jump_to_fail_pop(l, pc, op::POP_JUMP_IF_FALSE);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(ast_const(&s.value), l);
                self.compare_op(CmpOp::Is, l);
                self.jump_to_fail_pop(l, pc, op::POP_JUMP_IF_FALSE);
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(s, l, pc)?,
            Pattern::MatchMapping(m) => self.pattern_mapping(m, l, pc)?,
            Pattern::MatchClass(c) => self.pattern_class(c, l, pc)?,
            Pattern::MatchStar(s) => self.store_name(l, s.name.as_deref(), pc)?,
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return Err(match &a.name {
                            Some(n) => {
                                self.error(&format!("name capture '{n}' makes remaining patterns unreachable"), l)
                            }
                            None => self.error("wildcard makes remaining patterns unreachable", l),
                        });
                    }
                    self.store_name(l, a.name.as_deref(), pc)?;
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.addop(op::COPY, 1, l);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.store_name(l, a.name.as_deref(), pc)?;
                }
            },
            Pattern::MatchOr(o) => self.pattern_or(o, l, pc)?,
        }
        Ok(())
    }

    fn compare_op(&mut self, c: CmpOp, l: Location) {
        match c {
            CmpOp::Is => self.addop(op::IS_OP, 0, l),
            CmpOp::Eq => self.addop(op::COMPARE_OP, (2 << 5) | 8, l),
            _ => self.addop(op::COMPARE_OP, (5 << 5) | 12, l),
        }
    }

    fn pattern_sequence(&mut self, s: &'a ast::PatternMatchSequence, l: Location, pc: &mut PatternContext) -> Res {
        let patterns = &s.patterns;
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", l));
                }
                star_wildcard = wildcard_star(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= wildcard(p);
        }
        pc.on_top += 1;
        self.addop0(op::MATCH_SEQUENCE, l);
        self.jump_to_fail_pop(l, pc, op::POP_JUMP_IF_FALSE);
        match star {
            None => {
                self.addop0(op::GET_LEN, l);
                self.load_const(Constant::int(size as i64), l);
                self.compare_op(CmpOp::Eq, l);
                self.jump_to_fail_pop(l, pc, op::POP_JUMP_IF_FALSE);
            }
            Some(_) if size > 1 => {
                self.addop0(op::GET_LEN, l);
                self.load_const(Constant::int(size as i64 - 1), l);
                self.compare_op(CmpOp::GtE, l);
                self.jump_to_fail_pop(l, pc, op::POP_JUMP_IF_FALSE);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.addop0(op::POP_TOP, l);
        } else if star_wildcard {
            let star = star.unwrap_or(usize::MAX);
            pc.on_top += 1;
            for (i, p) in patterns.iter().enumerate() {
                if wildcard(p) || i == star {
                    continue;
                }
                self.addop(op::COPY, 1, l);
                if i < star {
                    self.load_const(Constant::int(i as i64), l);
                } else {
                    self.addop0(op::GET_LEN, l);
                    self.load_const(Constant::int((size - i) as i64), l);
                    self.addop(op::BINARY_OP, 10, l);
                }
                self.addop(op::BINARY_OP, 26, l);
                self.subpattern(p, pc)?;
            }
            pc.on_top -= 1;
            self.addop0(op::POP_TOP, l);
        } else {
            // codegen_pattern_unpack_helper
            let mut seen_star = false;
            for (i, p) in patterns.iter().enumerate() {
                if matches!(p, Pattern::MatchStar(_)) {
                    if seen_star {
                        return Err(self.error("multiple starred expressions in sequence pattern", l));
                    }
                    if i >= 256 {
                        return Err(self.error("too many expressions in star-unpacking sequence pattern", l));
                    }
                    self.addop(op::UNPACK_EX, (i + ((size - i - 1) << 8)) as u32, l);
                    seen_star = true;
                }
            }
            if !seen_star {
                self.addop(op::UNPACK_SEQUENCE, size as u32, l);
            }
            pc.on_top += size;
            for p in patterns {
                pc.on_top -= 1;
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_mapping(&mut self, m: &'a ast::PatternMatchMapping, l: Location, pc: &mut PatternContext) -> Res {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return Err(self.error(
                &format!("keys ({size}) / patterns ({}) length mismatch in mapping pattern", m.patterns.len()),
                l,
            ));
        }
        pc.on_top += 1;
        self.addop0(op::MATCH_MAPPING, l);
        self.jump_to_fail_pop(l, pc, op::POP_JUMP_IF_FALSE);
        if size == 0 && m.rest.is_none() {
            pc.on_top -= 1;
            self.addop0(op::POP_TOP, l);
            return Ok(());
        }
        if size > 0 {
            self.addop0(op::GET_LEN, l);
            self.load_const(Constant::int(size as i64), l);
            self.compare_op(CmpOp::GtE, l);
            self.jump_to_fail_pop(l, pc, op::POP_JUMP_IF_FALSE);
        }
        let mut seen: Vec<String> = Vec::new();
        for key in &m.keys {
            match key {
                Expr::Constant(c) => {
                    let k = set_key(&c.value);
                    if seen.contains(&k) {
                        let r = ast_const(&c.value).repr();
                        return Err(self.error(&format!("mapping pattern checks duplicate key ({r})"), l));
                    }
                    seen.push(k);
                }
                Expr::Attribute(_) => {}
                _ => {
                    return Err(self.error("mapping pattern keys may only match literals and attribute lookups", l));
                }
            }
            self.visit_expr(key)?;
        }
        self.addop(op::BUILD_TUPLE, size as u32, l);
        self.addop0(op::MATCH_KEYS, l);
        pc.on_top += 2;
        self.addop(op::COPY, 1, l);
        self.load_const(Constant::None, l);
        self.addop(op::IS_OP, 1, l);
        self.jump_to_fail_pop(l, pc, op::POP_JUMP_IF_FALSE);
        self.addop(op::UNPACK_SEQUENCE, size as u32, l);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        if let Some(rest) = &m.rest {
            self.addop(op::BUILD_MAP, 0, l);
            self.addop(op::SWAP, 3, l);
            self.addop(op::DICT_UPDATE, 2, l);
            self.addop(op::UNPACK_SEQUENCE, size as u32, l);
            let mut s = size;
            while s > 0 {
                self.addop(op::COPY, (1 + s) as u32, l);
                s -= 1;
                self.addop(op::SWAP, 2, l);
                self.addop0(op::DELETE_SUBSCR, l);
            }
            self.store_name(l, Some(rest), pc)?;
        } else {
            self.addop0(op::POP_TOP, l);
            self.addop0(op::POP_TOP, l);
        }
        Ok(())
    }

    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, l: Location, pc: &mut PatternContext) -> Res {
        let nargs = c.patterns.len();
        let nattrs = c.kwd_attrs.len();
        if nattrs != c.kwd_patterns.len() {
            return Err(self.error(
                &format!(
                    "kwd_attrs ({nattrs}) / kwd_patterns ({}) length mismatch in class pattern",
                    c.kwd_patterns.len()
                ),
                l,
            ));
        }
        for (i, a) in c.kwd_attrs.iter().enumerate() {
            if let Some(j) = c.kwd_attrs[i + 1..].iter().position(|o| o == a) {
                let pl = loc(c.kwd_patterns[i + 1 + j].range());
                return Err(self.error(&format!("attribute name repeated in class pattern: {a}"), pl));
            }
        }
        self.visit_expr(&c.cls)?;
        let names: Vec<Constant> = c.kwd_attrs.iter().map(|a| Constant::Str(PyStr::new(a.as_str()))).collect();
        self.load_const(Constant::Tuple(names), l);
        self.addop(op::MATCH_CLASS, nargs as u32, l);
        self.addop(op::COPY, 1, l);
        self.load_const(Constant::None, l);
        self.addop(op::IS_OP, 1, l);
        pc.on_top += 1;
        self.jump_to_fail_pop(l, pc, op::POP_JUMP_IF_FALSE);
        self.addop(op::UNPACK_SEQUENCE, (nargs + nattrs) as u32, l);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for p in c.patterns.iter().chain(&c.kwd_patterns) {
            pc.on_top -= 1;
            if wildcard(p) {
                self.addop0(op::POP_TOP, l);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, l: Location, pc: &mut PatternContext) -> Res {
        let end = self.new_label();
        let size = o.patterns.len();
        let old = pc.clone();
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            let al = loc(alt.range());
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == size && old.allow_irrefutable;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.addop(op::COPY, 1, al);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    return Err(self.error("alternative patterns bind different names", l));
                }
                Some(ctl) => {
                    let ctl = ctl.clone();
                    let mut icontrol = nstores;
                    while icontrol > 0 {
                        icontrol -= 1;
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(self.error("alternative patterns bind different names", l));
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.rotate(al, icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(op::JUMP, end, al);
            self.emit_and_reset_fail_pop(al, pc);
        }
        *pc = old;
        self.addop0(op::POP_TOP, l);
        self.jump_to_fail_pop(l, pc, op::JUMP);
        self.use_label(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(l, nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(&format!("multiple assignments to name '{name}' in pattern"), l));
            }
            pc.stores.push(name);
        }
        self.addop0(op::POP_TOP, l);
        Ok(())
    }
}
