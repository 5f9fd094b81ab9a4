//! Reader for `ast.spec`, the node-set description written from CPython's `ast` module.
//!
//! Format, one declaration per line (`#` starts a comment):
//! `sum NAME [@ ATTR ...]` followed by indented `Class(field: type, ...)` lines, or
//! `product NAME(field: type, ...) [@ ATTR ...]`. A type is a name followed by `?`
//! (optional), `*` (list) or `?*` (list of optional). An attribute ending in `?` is optional
//! in Python; krait's parser always fills positions, so that only matters to Python code.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arity {
    One,
    Optional,
    List,
    ListOfOptional,
}

#[derive(Debug)]
pub struct Field {
    pub name: String,
    pub ty: String,
    pub arity: Arity,
}

#[derive(Debug)]
pub struct Class {
    pub name: String,
    pub fields: Vec<Field>,
    pub attributes: Vec<String>,
}

#[derive(Debug)]
pub struct Sum {
    pub name: String,
    pub classes: Vec<Class>,
    pub attributes: Vec<String>,
}

impl Sum {
    /// A sum whose constructors carry nothing (`Load | Store | Del`): a plain Rust enum.
    pub fn is_simple(&self) -> bool {
        self.attributes.is_empty() && self.classes.iter().all(|c| c.fields.is_empty())
    }
}

#[derive(Debug, Default)]
pub struct Spec {
    pub sums: Vec<Sum>,
    pub products: Vec<Class>,
}

impl Spec {
    pub fn is_simple_sum(&self, name: &str) -> bool {
        self.sums.iter().any(|s| s.name == name && s.is_simple())
    }
}

pub fn parse(text: &str) -> Result<Spec, String> {
    let mut spec = Spec::default();
    for (index, raw) in text.lines().enumerate() {
        let line_no = index + 1;
        let line = raw.split('#').next().unwrap_or("").trim_end();
        if line.trim().is_empty() {
            continue;
        }
        let at = |msg: &str| format!("line {line_no}: {msg}");
        if let Some(rest) = line.strip_prefix("sum ") {
            let (name, attributes) = split_attributes(rest);
            spec.sums.push(Sum { name: name.trim().to_string(), classes: Vec::new(), attributes });
        } else if let Some(rest) = line.strip_prefix("product ") {
            let (decl, attributes) = split_attributes(rest);
            let mut class = parse_class(decl.trim()).map_err(|e| at(&e))?;
            class.attributes = attributes;
            spec.products.push(class);
        } else if line.starts_with(char::is_whitespace) {
            let class = parse_class(line.trim()).map_err(|e| at(&e))?;
            let sum = spec.sums.last_mut().ok_or_else(|| at("constructor outside a sum"))?;
            sum.classes.push(class);
        } else {
            return Err(at("expected `sum`, `product` or an indented constructor"));
        }
    }
    Ok(spec)
}

fn split_attributes(text: &str) -> (&str, Vec<String>) {
    match text.split_once(" @ ") {
        Some((decl, attrs)) => (
            decl,
            attrs.split_whitespace().map(|a| a.trim_end_matches('?').to_string()).collect(),
        ),
        None => (text, Vec::new()),
    }
}

fn parse_class(decl: &str) -> Result<Class, String> {
    let (name, rest) = decl.split_once('(').ok_or("expected `Name(fields)`")?;
    let body = rest.strip_suffix(')').ok_or("expected `)` at the end")?;
    let mut fields = Vec::new();
    for part in body.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (field, ty) = part.split_once(':').ok_or_else(|| format!("field `{part}` has no type"))?;
        let ty = ty.trim();
        let (ty, arity) = if let Some(t) = ty.strip_suffix("?*") {
            (t, Arity::ListOfOptional)
        } else if let Some(t) = ty.strip_suffix('*') {
            (t, Arity::List)
        } else if let Some(t) = ty.strip_suffix('?') {
            (t, Arity::Optional)
        } else {
            (ty, Arity::One)
        };
        fields.push(Field { name: field.trim().to_string(), ty: ty.to_string(), arity });
    }
    Ok(Class { name: name.trim().to_string(), fields, attributes: Vec::new() })
}
