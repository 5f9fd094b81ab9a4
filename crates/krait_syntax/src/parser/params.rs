//! Parameter lists: `params` of `def` and `lambda_params` of `lambda` (positional-only,
//! defaults, `*args`, keyword-only, `**kwargs`, annotations), with their `invalid_*` rules.
//!
//! The `def` and `lambda` rule families are the same shape; one set of methods serves both,
//! parameterised by [`Kind`]: lambda parameters have no annotations and end at `':'`
//! instead of `')'`, and a few error alternatives differ.

use super::Parser;
use super::statements::b_identifier;
use crate::ast::{Arg, Arguments, Expr};
use crate::error::ErrorType;
use crate::token::{Token, TokenKind as T};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Def,
    Lambda,
}

impl Kind {
    /// The token that ends the list (`&')'` / `&':'`).
    fn close(self) -> T {
        match self {
            Kind::Def => T::RPar,
            Kind::Lambda => T::Colon,
        }
    }
}

/// `NameDefaultPair`.
struct NameDefault {
    arg: Arg,
    value: Option<Expr>,
}

/// `SlashWithDefault`.
struct SlashWithDefault {
    plain: Vec<Arg>,
    with_defaults: Vec<NameDefault>,
}

/// `StarEtc`.
struct StarEtc {
    vararg: Option<Arg>,
    kwonly: Vec<NameDefault>,
    kwarg: Option<Arg>,
}

/// `_PyPegen_make_arguments`.
fn make_arguments(
    slash_no_default: Option<Vec<Arg>>,
    slash_with_default: Option<SlashWithDefault>,
    plain: Vec<Arg>,
    with_default: Vec<NameDefault>,
    star_etc: Option<StarEtc>,
) -> Arguments {
    let mut posonlyargs = Vec::new();
    let mut defaults = Vec::new();
    if let Some(names) = slash_no_default {
        posonlyargs = names;
    } else if let Some(swd) = slash_with_default {
        posonlyargs = swd.plain;
        for nd in swd.with_defaults {
            posonlyargs.push(nd.arg);
            defaults.extend(nd.value);
        }
    }
    let mut args = plain;
    for nd in with_default {
        args.push(nd.arg);
        defaults.extend(nd.value);
    }
    let (mut vararg, mut kwonlyargs, mut kw_defaults, mut kwarg) = (None, Vec::new(), Vec::new(), None);
    if let Some(star) = star_etc {
        vararg = star.vararg.map(Box::new);
        kwarg = star.kwarg.map(Box::new);
        for nd in star.kwonly {
            kwonlyargs.push(nd.arg);
            kw_defaults.push(nd.value);
        }
    }
    Arguments {
        posonlyargs,
        args,
        vararg,
        kwonlyargs,
        kw_defaults,
        kwarg,
        defaults,
    }
}

impl Parser<'_> {
    /// `params` (of `def`).
    pub(crate) fn params(&mut self) -> Option<Arguments> {
        self.nested(|p| p.b_params(Kind::Def))
    }

    /// `lambda_params`.
    pub(crate) fn lambda_params(&mut self) -> Option<Arguments> {
        self.nested(|p| p.b_params(Kind::Lambda))
    }

    /// `params: invalid_parameters | parameters` (and the lambda twin).
    fn b_params(&mut self, kind: Kind) -> Option<Arguments> {
        if self.call_invalid_rules {
            self.alt(|p| p.invalid_parameters(kind));
            if self.failed() {
                return None;
            }
        }
        self.alt(|p| p.parameters(kind))
    }

    /// `parameters`.
    fn parameters(&mut self, kind: Kind) -> Option<Arguments> {
        // slash_no_default param_no_default* param_with_default* [star_etc]
        if let Some(a) = self.alt(|p| {
            let snd = p.slash_no_default(kind)?;
            let plain = p.b_many(|p| p.param_no_default(kind));
            let wd = p.b_many(|p| p.param_with_default(kind));
            let star = p.alt(|p| p.star_etc(kind));
            if p.failed() {
                return None;
            }
            Some(make_arguments(Some(snd), None, plain, wd, star))
        }) {
            return Some(a);
        }
        // slash_with_default param_with_default* [star_etc]
        if let Some(a) = self.alt(|p| {
            let swd = p.slash_with_default(kind)?;
            let wd = p.b_many(|p| p.param_with_default(kind));
            let star = p.alt(|p| p.star_etc(kind));
            if p.failed() {
                return None;
            }
            Some(make_arguments(None, Some(swd), Vec::new(), wd, star))
        }) {
            return Some(a);
        }
        // param_no_default+ param_with_default* [star_etc]
        if let Some(a) = self.alt(|p| {
            let plain = p.b_many(|p| p.param_no_default(kind));
            if plain.is_empty() {
                return None;
            }
            let wd = p.b_many(|p| p.param_with_default(kind));
            let star = p.alt(|p| p.star_etc(kind));
            if p.failed() {
                return None;
            }
            Some(make_arguments(None, None, plain, wd, star))
        }) {
            return Some(a);
        }
        // param_with_default+ [star_etc]
        if let Some(a) = self.alt(|p| {
            let wd = p.b_many(|p| p.param_with_default(kind));
            if wd.is_empty() {
                return None;
            }
            let star = p.alt(|p| p.star_etc(kind));
            if p.failed() {
                return None;
            }
            Some(make_arguments(None, None, Vec::new(), wd, star))
        }) {
            return Some(a);
        }
        // star_etc
        let star = self.alt(|p| p.star_etc(kind))?;
        Some(make_arguments(None, None, Vec::new(), Vec::new(), Some(star)))
    }

    /// `e*` (each repetition restores the mark on failure).
    fn b_many<V>(&mut self, mut f: impl FnMut(&mut Self) -> Option<V>) -> Vec<V> {
        let mut items = Vec::new();
        while let Some(item) = self.alt(&mut f) {
            items.push(item);
        }
        items
    }

    /// `slash_no_default: param_no_default+ '/' (',' | &close)`.
    fn slash_no_default(&mut self, kind: Kind) -> Option<Vec<Arg>> {
        let names = self.b_many(|p| p.param_no_default(kind));
        if names.is_empty() {
            return None;
        }
        self.expect(T::Slash)?;
        self.b_comma_or_close(kind)?;
        Some(names)
    }

    /// `slash_with_default: param_no_default* param_with_default+ '/' (',' | &close)`.
    fn slash_with_default(&mut self, kind: Kind) -> Option<SlashWithDefault> {
        let plain = self.b_many(|p| p.param_no_default(kind));
        let with_defaults = self.b_many(|p| p.param_with_default(kind));
        if with_defaults.is_empty() {
            return None;
        }
        self.expect(T::Slash)?;
        self.b_comma_or_close(kind)?;
        Some(SlashWithDefault { plain, with_defaults })
    }

    /// `','` or `&close`.
    fn b_comma_or_close(&mut self, kind: Kind) -> Option<()> {
        if self.expect(T::Comma).is_some() {
            return Some(());
        }
        if self.at(kind.close()) { Some(()) } else { None }
    }

    /// `star_etc`.
    fn star_etc(&mut self, kind: Kind) -> Option<StarEtc> {
        if self.call_invalid_rules {
            self.alt(|p| p.invalid_star_etc(kind));
            if self.failed() {
                return None;
            }
        }
        // '*' param_no_default param_maybe_default* [kwds]
        if let Some(s) = self.alt(|p| {
            p.expect(T::Star)?;
            let vararg = p.param_no_default(kind)?;
            let kwonly = p.b_many(|p| p.param_maybe_default(kind));
            let kwarg = p.alt(|p| p.kwds(kind));
            Some(StarEtc {
                vararg: Some(vararg),
                kwonly,
                kwarg,
            })
        }) {
            return Some(s);
        }
        // '*' param_no_default_star_annotation param_maybe_default* [kwds]
        if kind == Kind::Def
            && let Some(s) = self.alt(|p| {
                p.expect(T::Star)?;
                let vararg = p.alt(|p| p.param_no_default_star_annotation())?;
                let kwonly = p.b_many(|p| p.param_maybe_default(kind));
                let kwarg = p.alt(|p| p.kwds(kind));
                Some(StarEtc {
                    vararg: Some(vararg),
                    kwonly,
                    kwarg,
                })
            })
        {
            return Some(s);
        }
        // '*' ',' param_maybe_default+ [kwds]
        if let Some(s) = self.alt(|p| {
            p.expect(T::Star)?;
            p.expect(T::Comma)?;
            let kwonly = p.b_many(|p| p.param_maybe_default(kind));
            if kwonly.is_empty() {
                return None;
            }
            let kwarg = p.alt(|p| p.kwds(kind));
            Some(StarEtc {
                vararg: None,
                kwonly,
                kwarg,
            })
        }) {
            return Some(s);
        }
        // kwds
        let kwarg = self.alt(|p| p.kwds(kind))?;
        Some(StarEtc {
            vararg: None,
            kwonly: Vec::new(),
            kwarg: Some(kwarg),
        })
    }

    /// `param_no_default_star_annotation: NAME ':' star_expression (',' | &')')`.
    fn param_no_default_star_annotation(&mut self) -> Option<Arg> {
        let start = self.mark;
        let (_, name) = self.b_param_name()?;
        self.expect(T::Colon)?;
        let annotation = self.star_expression()?;
        let arg = Arg {
            arg: name,
            annotation: Some(Box::new(annotation)),
            type_comment: None,
            range: self.range_from(start),
        };
        self.b_comma_or_close(Kind::Def)?;
        Some(arg)
    }

    /// `kwds: invalid_kwds | '**' param_no_default`.
    fn kwds(&mut self, kind: Kind) -> Option<Arg> {
        if self.call_invalid_rules {
            self.alt(|p| p.invalid_kwds(kind));
            if self.failed() {
                return None;
            }
        }
        self.expect(T::DoubleStar)?;
        self.param_no_default(kind)
    }

    /// A parameter's NAME.
    fn b_param_name(&mut self) -> Option<(Token, String)> {
        let token = self.expect(T::Name)?;
        Some((token, b_identifier(self.text(token))))
    }

    /// `param: NAME annotation?` / `lambda_param: NAME`.
    fn param(&mut self, kind: Kind) -> Option<Arg> {
        let start = self.mark;
        let (_, name) = self.b_param_name()?;
        let annotation = if kind == Kind::Def {
            self.alt(|p| {
                p.expect(T::Colon)?;
                p.expression()
            })
        } else {
            None
        };
        if self.failed() {
            return None;
        }
        Some(Arg {
            arg: name,
            annotation: annotation.map(Box::new),
            type_comment: None,
            range: self.range_from(start),
        })
    }

    /// `param_no_default: param ',' | param &close`.
    fn param_no_default(&mut self, kind: Kind) -> Option<Arg> {
        let arg = self.param(kind)?;
        self.b_comma_or_close(kind)?;
        Some(arg)
    }

    /// `param_with_default: param default ',' | param default &close`.
    fn param_with_default(&mut self, kind: Kind) -> Option<NameDefault> {
        let arg = self.param(kind)?;
        let value = self.default()?;
        self.b_comma_or_close(kind)?;
        Some(NameDefault {
            arg,
            value: Some(value),
        })
    }

    /// `param_maybe_default: param default? ',' | param default? &close`.
    fn param_maybe_default(&mut self, kind: Kind) -> Option<NameDefault> {
        let arg = self.param(kind)?;
        let value = self.alt(|p| p.default());
        if self.failed() {
            return None;
        }
        self.b_comma_or_close(kind)?;
        Some(NameDefault { arg, value })
    }

    /// `default: '=' expression | invalid_default`.
    fn default(&mut self) -> Option<Expr> {
        if let Some(e) = self.alt(|p| {
            p.expect(T::Equal)?;
            p.expression()
        }) {
            return Some(e);
        }
        if self.call_invalid_rules && !self.failed() {
            // invalid_default: a='=' &(')'|',')
            self.alt(|p| {
                let a = p.expect(T::Equal)?;
                if matches!(p.peek_kind(), T::RPar | T::Comma) && !p.failed() {
                    p.raise_at_token(a, "expected default value expression");
                }
                None::<()>
            });
        }
        None
    }

    // ----------------------------------------------------------------------------------
    // invalid rules
    // ----------------------------------------------------------------------------------

    /// `(slash_no_default | slash_with_default)`.
    fn b_any_slash(&mut self, kind: Kind) -> Option<()> {
        if self.alt(|p| p.slash_no_default(kind)).is_some() {
            return Some(());
        }
        self.alt(|p| p.slash_with_default(kind)).map(|_| ())
    }

    /// `invalid_parameters` / `invalid_lambda_parameters`.
    fn invalid_parameters(&mut self, kind: Kind) -> Option<()> {
        // a="/" ','
        self.alt(|p| {
            let a = p.expect(T::Slash)?;
            p.expect(T::Comma)?;
            p.raise_at_token(a, "at least one argument must precede /");
            None::<()>
        });
        // (slash_no_default | slash_with_default) param_maybe_default* a='/'
        self.alt(|p| {
            p.b_any_slash(kind)?;
            p.b_many(|p| p.param_maybe_default(kind));
            let a = p.expect(T::Slash)?;
            p.raise_at_token(a, "/ may appear only once");
            None::<()>
        });
        // slash_no_default? param_no_default* invalid_parameters_helper a=param_no_default
        self.alt(|p| {
            p.alt(|p| p.slash_no_default(kind));
            p.b_many(|p| p.param_no_default(kind));
            // invalid_parameters_helper: slash_with_default | param_with_default+
            if p.alt(|p| p.slash_with_default(kind)).is_none() {
                let wd = p.b_many(|p| p.param_with_default(kind));
                if wd.is_empty() {
                    return None;
                }
            }
            let a = p.param_no_default(kind)?;
            p.raise_node(a.range, "parameter without a default follows parameter with a default");
            None::<()>
        });
        // param_no_default* a='(' param_no_default+ ','? b=')'
        self.alt(|p| {
            p.b_many(|p| p.param_no_default(kind));
            let a = p.expect(T::LPar)?;
            match kind {
                Kind::Def => {
                    if p.b_many(|p| p.param_no_default(kind)).is_empty() {
                        return None;
                    }
                }
                Kind::Lambda => {
                    p.b_gather(T::Comma, |p| p.param(kind))?;
                }
            }
            p.expect(T::Comma);
            let b = p.expect(T::RPar)?;
            let msg = match kind {
                Kind::Def => "Function parameters cannot be parenthesized",
                Kind::Lambda => "Lambda expression parameters cannot be parenthesized",
            };
            p.raise_range(Self::token_range(a), Self::token_range(b), msg);
            None::<()>
        });
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
        //     param_maybe_default* a='/'
        self.alt(|p| {
            p.alt(|p| p.b_any_slash(kind));
            p.b_many(|p| p.param_maybe_default(kind));
            p.expect(T::Star)?;
            if p.expect(T::Comma).is_none() {
                p.param_no_default(kind)?;
            }
            p.b_many(|p| p.param_maybe_default(kind));
            let a = p.expect(T::Slash)?;
            p.raise_at_token(a, "/ must be ahead of *");
            None::<()>
        });
        // param_maybe_default+ '/' a='*'
        self.alt(|p| {
            if p.b_many(|p| p.param_maybe_default(kind)).is_empty() {
                return None;
            }
            p.expect(T::Slash)?;
            let a = p.expect(T::Star)?;
            p.raise_at_token(a, "expected comma between / and *");
            None
        })
    }

    /// `invalid_star_etc` / `invalid_lambda_star_etc`.
    fn invalid_star_etc(&mut self, kind: Kind) -> Option<()> {
        let close = kind.close();
        // a='*' (close | ',' (close | '**'))
        self.alt(|p| {
            let a = p.expect(T::Star)?;
            if p.expect(close).is_none() {
                p.expect(T::Comma)?;
                if p.expect(close).is_none() {
                    p.expect(T::DoubleStar)?;
                }
            }
            match kind {
                Kind::Def => p.raise_at_token(a, "named arguments must follow bare *"),
                Kind::Lambda => p.raise_error(ErrorType::SyntaxError, "named arguments must follow bare *"),
            }
            None::<()>
        });
        // '*' param a='='
        self.alt(|p| {
            p.expect(T::Star)?;
            p.param(kind)?;
            let a = p.expect(T::Equal)?;
            p.raise_at_token(a, "var-positional argument cannot have default value");
            None::<()>
        });
        // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
        self.alt(|p| {
            p.expect(T::Star)?;
            if p.alt(|p| p.param_no_default(kind)).is_none() {
                p.expect(T::Comma)?;
            }
            p.b_many(|p| p.param_maybe_default(kind));
            let a = p.expect(T::Star)?;
            if p.alt(|p| p.param_no_default(kind)).is_none() {
                p.expect(T::Comma)?;
            }
            p.raise_at_token(a, "* argument may appear only once");
            None
        })
    }

    /// `invalid_kwds` / `invalid_lambda_kwds`.
    fn invalid_kwds(&mut self, kind: Kind) -> Option<()> {
        // '**' param a='='
        self.alt(|p| {
            p.expect(T::DoubleStar)?;
            p.param(kind)?;
            let a = p.expect(T::Equal)?;
            p.raise_at_token(a, "var-keyword argument cannot have default value");
            None::<()>
        });
        // '**' param ',' a=param
        self.alt(|p| {
            p.expect(T::DoubleStar)?;
            p.param(kind)?;
            p.expect(T::Comma)?;
            let a = p.param(kind)?;
            p.raise_node(a.range, "arguments cannot follow var-keyword argument");
            None::<()>
        });
        // '**' param ',' a=('*'|'**'|'/')
        self.alt(|p| {
            p.expect(T::DoubleStar)?;
            p.param(kind)?;
            p.expect(T::Comma)?;
            let a = p.peek();
            if !matches!(a.kind, T::Star | T::DoubleStar | T::Slash) || p.failed() {
                return None;
            }
            p.mark += 1;
            p.raise_at_token(a, "arguments cannot follow var-keyword argument");
            None
        })
    }
}
