//! `ast.dump`, byte for byte as CPython 3.14 writes it.
//!
//! Follows `Lib/ast.py`'s rules with `annotate_fields=True` and `show_empty=False`: absent
//! optional fields and empty lists are left out, `Constant(value=None)` is kept, and with an
//! indent a node stays on one line only when it has at most three arguments that are all
//! "simple" (reprs, or nodes without arguments).

use super::repr::{constant_repr, str_repr};
use super::{Node, Value};
use crate::DumpOptions;

/// `ast.dump(node, include_attributes=..., indent=...)`.
pub fn dump(node: &dyn Node, options: &DumpOptions) -> String {
    let dumper = Dumper { options };
    dumper.node(node, 0).0
}

struct Dumper<'a> {
    options: &'a DumpOptions,
}

impl Dumper<'_> {
    /// Returns the text and whether it is "simple" in `ast.dump`'s sense.
    fn value(&self, value: Value<'_>, level: usize) -> (String, bool) {
        match value {
            Value::Node(node) => self.node(node, level),
            Value::Absent => ("None".to_string(), true),
            Value::Str(s) => (str_repr(s), true),
            Value::Int(i) => (i.to_string(), true),
            Value::Constant(c) => (constant_repr(c), true),
            Value::List(seq) => {
                if seq.is_empty() {
                    return ("[]".to_string(), true);
                }
                let (prefix, sep) = self.layout(level + usize::from(self.options.indent.is_some()));
                let items: Vec<String> =
                    (0..seq.len()).map(|i| self.value(seq.item(i), level + 1).0).collect();
                (format!("[{prefix}{}]", items.join(&sep)), false)
            }
        }
    }

    fn node(&self, node: &dyn Node, level: usize) -> (String, bool) {
        let level = level + usize::from(self.options.indent.is_some());
        let mut args = Vec::new();
        let mut all_simple = true;
        node.for_each_field(&mut |name, value| {
            match value {
                Value::Absent => return,
                Value::List(seq) if seq.is_empty() => return,
                _ => {}
            }
            let (text, simple) = self.value(value, level);
            all_simple &= simple;
            args.push(format!("{name}={text}"));
        });
        if self.options.include_attributes
            && let Some(range) = node.range()
        {
            args.push(format!("lineno={}", range.lineno));
            args.push(format!("col_offset={}", range.col_offset));
            args.push(format!("end_lineno={}", range.end_lineno));
            args.push(format!("end_col_offset={}", range.end_col_offset));
        }
        let name = node.class_name();
        if all_simple && args.len() <= 3 {
            let simple = args.is_empty();
            return (format!("{name}({})", args.join(", ")), simple);
        }
        let (prefix, sep) = self.layout(level);
        (format!("{name}({prefix}{})", args.join(&sep)), false)
    }

    /// `ast.dump`'s `prefix` and `sep` for an already incremented `level`.
    fn layout(&self, level: usize) -> (String, String) {
        match &self.options.indent {
            Some(indent) => {
                let pad = indent.repeat(level);
                (format!("\n{pad}"), format!(",\n{pad}"))
            }
            None => (String::new(), ", ".to_string()),
        }
    }
}
