//! `BaseExceptionGroup` and `ExceptionGroup` (Objects/exceptions.c, PEP 654): construction,
//! `split`/`subgroup`/`derive`, and what `except*` runs: `exception_group_match`
//! (Python/ceval.c) and `_PyExc_PrepReraiseStar`.

use crate::heap::{ObjId, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::types::add_member;
use super::{add_method, check_args};

pub fn install(vm: &mut Vm) {
    let beg = vm.types.base_exception_group;
    add_method(vm, beg, "__new__", base_exception_group_new);
    add_method(vm, beg, "__init__", base_exception_group_init);
    add_method(vm, beg, "__str__", base_exception_group_str);
    add_method(vm, beg, "derive", base_exception_group_derive);
    add_method(vm, beg, "split", base_exception_group_split);
    add_method(vm, beg, "subgroup", base_exception_group_subgroup);
    add_member(vm, beg, "message", get_message);
    add_member(vm, beg, "exceptions", get_exceptions);
}

/// `msg` and `excs` of a group (borrowed), or None for any other object.
pub fn group_fields(vm: &Vm, exc: ObjId) -> Option<(ObjId, ObjId)> {
    match vm.heap.payload(exc) {
        Payload::Exception(e) => e.group,
        _ => None,
    }
}

fn group_self(vm: &mut Vm, args: &Args, method: &str) -> PyResult<(ObjId, ObjId, ObjId)> {
    let eg = super::exceptions::check_self(vm, args, vm.types.base_exception_group, method)?;
    match group_fields(vm, eg) {
        Some((msg, excs)) => Ok((eg, msg, excs)),
        None => Err(vm.type_error("exception group has no exceptions")),
    }
}

/// `PySequence_Check`: a type with `__getitem__` that is not a dict.
fn is_sequence(vm: &Vm, v: ObjId) -> bool {
    let ty = vm.heap.type_of(v);
    !vm.is_subtype(ty, vm.types.dict) && vm.lookup_type_attr_borrowed(ty, "__getitem__").is_some()
}

/// `BaseExceptionGroup_new`: checks (message, exceptions), picks ExceptionGroup when every
/// member is an Exception, and stores `msg` and `excs` (a tuple).
fn base_exception_group_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&cls) = args.args.first() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(): not enough arguments"));
    };
    let rest = &args.args[1..];
    if rest.len() != 2 {
        return Err(vm.type_error(&format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            rest.len()
        )));
    }
    let (message, exceptions) = (rest[0], rest[1]);
    if !vm.isinstance_of(message, vm.types.str) {
        let tn = vm.type_name_of(message);
        return Err(vm.type_error(&format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {tn}"
        )));
    }
    if !is_sequence(vm, exceptions) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect_iterable(exceptions)?;
    let excs = vm.new_tuple(items);
    match check_members(vm, cls, excs) {
        Ok(cls) => {
            let eg = match super::exceptions::new_exception_of(
                vm,
                cls,
                &args.args[1..],
                "BaseExceptionGroup",
            ) {
                Ok(eg) => eg,
                Err(e) => {
                    vm.decref(excs);
                    return Err(e);
                }
            };
            vm.incref(message);
            if let Payload::Exception(e) = vm.heap.payload_mut(eg) {
                e.group = Some((message, excs));
            }
            Ok(eg)
        }
        Err(e) => {
            vm.decref(excs);
            Err(e)
        }
    }
}

/// The class the new group gets, after checking every member is an exception.
fn check_members(vm: &mut Vm, cls: ObjId, excs: ObjId) -> PyResult<ObjId> {
    let items = vm.tuple_items(Some(excs));
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base_exceptions = false;
    for (i, &exc) in items.iter().enumerate() {
        if !vm.isinstance_of(exc, vm.types.base_exception) {
            return Err(vm.value_error(&format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !vm.isinstance_of(exc, vm.types.exception) {
            nested_base_exceptions = true;
        }
    }
    let (beg, eg) = (vm.types.base_exception_group, vm.types.exception_group);
    if cls == eg {
        if nested_base_exceptions {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if cls == beg {
        if !nested_base_exceptions {
            return Ok(eg);
        }
    } else if nested_base_exceptions && vm.is_subtype(cls, vm.types.exception) {
        let n = vm.type_name(cls);
        return Err(vm.type_error(&format!("Cannot nest BaseExceptions in '{n}'")));
    }
    Ok(cls)
}

/// `BaseExceptionGroup_init`: no keywords, then `BaseException_init`.
fn base_exception_group_init(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let base_init = vm.lookup_type_attr(vm.types.base_exception, "__init__");
    let Some(base_init) = base_init else {
        return Ok(vm.new_none());
    };
    let r = vm.call_object(base_init, args);
    vm.decref(base_init);
    r
}

/// `BaseExceptionGroup_str`: "msg (N sub-exceptions)".
fn base_exception_group_str(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (_, msg, excs) = group_self(vm, args, "__str__")?;
    let n = vm.tuple_items(Some(excs)).len();
    let text = format!(
        "{} ({n} sub-exception{})",
        vm.str_of(msg),
        if n > 1 { "s" } else { "" }
    );
    Ok(vm.new_str_owned(text))
}

fn get_message(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (_, msg, _) = group_self(vm, args, "__get__")?;
    Ok(vm.incref(msg))
}

fn get_exceptions(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (_, _, excs) = group_self(vm, args, "__get__")?;
    Ok(vm.incref(excs))
}

/// `BaseExceptionGroup_derive`: `BaseExceptionGroup(self.message, excs)`.
fn base_exception_group_derive(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "derive", args, 2, 2)?;
    let (_, msg, _) = group_self(vm, args, "derive")?;
    let beg = vm.types.base_exception_group;
    vm.call_object(beg, &Args::positional(vec![msg, args.args[1]]))
}

/// What `split` and `subgroup` select by (`_exceptiongroup_split_matcher_type`).
enum Matcher {
    Type(ObjId),
    Predicate(ObjId),
    /// The ids of the leaves to keep (`exception_group_projection`).
    Instances(Vec<ObjId>),
}

/// `get_matcher_type`.
fn matcher_of(vm: &mut Vm, value: ObjId) -> PyResult<Matcher> {
    let is_exc_type = |vm: &Vm, t: ObjId| {
        matches!(vm.heap.payload(t), Payload::Type(_)) && vm.is_subtype(t, vm.types.base_exception)
    };
    if super::functions::is_callable(vm, value)
        && !matches!(vm.heap.payload(value), Payload::Type(_))
    {
        return Ok(Matcher::Predicate(value));
    }
    if is_exc_type(vm, value) {
        return Ok(Matcher::Type(value));
    }
    if let Payload::Tuple(items) = vm.heap.payload(value) {
        if items.iter().all(|&t| is_exc_type(vm, t)) {
            return Ok(Matcher::Type(value));
        }
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

/// `exceptiongroup_split_check_match`.
fn split_check_match(vm: &mut Vm, exc: ObjId, matcher: &Matcher) -> PyResult<bool> {
    match matcher {
        Matcher::Type(t) => vm.exception_matches(exc, *t),
        Matcher::Predicate(f) => {
            let r = vm.call_object(*f, &Args::positional(vec![exc]))?;
            let b = vm.is_true(r);
            vm.decref(r);
            b
        }
        Matcher::Instances(ids) => Ok(ids.contains(&exc)),
    }
}

/// `exceptiongroup_split_recursive`: (match, rest), new references or None.
fn split_recursive(
    vm: &mut Vm,
    exc: ObjId,
    matcher: &Matcher,
    construct_rest: bool,
) -> PyResult<(Option<ObjId>, Option<ObjId>)> {
    if split_check_match(vm, exc, matcher)? {
        return Ok((Some(vm.incref(exc)), None));
    }
    let Some((_, excs)) = group_fields(vm, exc) else {
        let rest = construct_rest.then(|| vm.incref(exc));
        return Ok((None, rest));
    };
    let members = vm.tuple_items(Some(excs));
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in members {
        match split_recursive(vm, e, matcher, construct_rest) {
            Ok((m, r)) => {
                matched.extend(m);
                rest.extend(r);
            }
            Err(err) => {
                for v in matched.into_iter().chain(rest) {
                    vm.decref(v);
                }
                return Err(err);
            }
        }
    }
    let match_list = vm.new_list(matched);
    let rest_list = vm.new_list(rest);
    let m = subset(vm, exc, match_list);
    vm.decref(match_list);
    let r = match (&m, construct_rest) {
        (Ok(_), true) => subset(vm, exc, rest_list),
        _ => Ok(None),
    };
    vm.decref(rest_list);
    match (m, r) {
        (Ok(m), Ok(r)) => Ok((m, r)),
        (Ok(m), Err(e)) => {
            if let Some(m) = m {
                vm.decref(m);
            }
            Err(e)
        }
        (Err(e), _) => Err(e),
    }
}

/// `exceptiongroup_subset`: `orig.derive(excs)` with orig's traceback, cause, context and a
/// copy of its notes; None when `excs` is empty.
fn subset(vm: &mut Vm, orig: ObjId, excs: ObjId) -> PyResult<Option<ObjId>> {
    let n = match vm.heap.payload(excs) {
        Payload::List(l) => l.items.len(),
        _ => 0,
    };
    if n == 0 {
        return Ok(None);
    }
    let derive = vm.getattr_str(orig, "derive")?;
    let eg = vm.call_object(derive, &Args::positional(vec![excs]));
    vm.decref(derive);
    let eg = eg?;
    if group_fields(vm, eg).is_none() {
        vm.decref(eg);
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let (tb, context, cause) = match vm.heap.payload(orig) {
        Payload::Exception(e) => (e.traceback, e.context, e.cause),
        _ => (None, None, None),
    };
    for v in [tb, context, cause].into_iter().flatten() {
        vm.incref(v);
    }
    let old = match vm.heap.payload_mut(eg) {
        Payload::Exception(e) => [
            std::mem::replace(&mut e.traceback, tb),
            std::mem::replace(&mut e.context, context),
            std::mem::replace(&mut e.cause, cause),
        ],
        _ => [None, None, None],
    };
    for v in old.into_iter().flatten() {
        vm.decref(v);
    }
    if let Err(e) = copy_notes(vm, orig, eg) {
        vm.decref(eg);
        return Err(e);
    }
    Ok(Some(eg))
}

/// The notes part of `exceptiongroup_subset`: a sequence `__notes__` is copied as a list.
fn copy_notes(vm: &mut Vm, orig: ObjId, eg: ObjId) -> PyResult<()> {
    let Some(notes) = vm.getattr_opt(orig, "__notes__")? else {
        return Ok(());
    };
    let r = if is_sequence(vm, notes) {
        match vm.collect_iterable(notes) {
            Ok(items) => {
                let copy = vm.new_list(items);
                let key = vm.intern_str("__notes__");
                let r = vm.setattr(eg, key, Some(copy));
                vm.decref(key);
                vm.decref(copy);
                r
            }
            Err(e) => Err(e),
        }
    } else {
        Ok(())
    };
    vm.decref(notes);
    r
}

/// `BaseExceptionGroup_split`: `(match, rest)`, each a group or None.
fn base_exception_group_split(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "split", args, 2, 2)?;
    let (eg, _, _) = group_self(vm, args, "split")?;
    let matcher = matcher_of(vm, args.args[1])?;
    let (m, r) = split_recursive(vm, eg, &matcher, true)?;
    let m = m.unwrap_or_else(|| vm.new_none());
    let r = r.unwrap_or_else(|| vm.new_none());
    Ok(vm.new_tuple(vec![m, r]))
}

/// `BaseExceptionGroup_subgroup`: the matching part, or None.
fn base_exception_group_subgroup(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "subgroup", args, 2, 2)?;
    let (eg, _, _) = group_self(vm, args, "subgroup")?;
    let matcher = matcher_of(vm, args.args[1])?;
    let (m, _) = split_recursive(vm, eg, &matcher, false)?;
    Ok(m.unwrap_or_else(|| vm.new_none()))
}

/// `_PyExc_CreateExceptionGroup`: `BaseExceptionGroup(msg, excs)`.
fn create_exception_group(vm: &mut Vm, msg: &str, excs: ObjId) -> PyResult<ObjId> {
    let m = vm.new_str(msg);
    let beg = vm.types.base_exception_group;
    let r = vm.call_object(beg, &Args::positional(vec![m, excs]));
    vm.decref(m);
    r
}

/// `check_except_star_type_valid` (Python/ceval.c).
pub fn check_except_star_type_valid(vm: &mut Vm, ty: ObjId) -> PyResult<()> {
    let types: Vec<ObjId> = match vm.heap.payload(ty) {
        Payload::Tuple(items) => items.clone(),
        _ => vec![ty],
    };
    for t in &types {
        if !matches!(vm.heap.payload(*t), Payload::Type(_))
            || !vm.is_subtype(*t, vm.types.base_exception)
        {
            return Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
    }
    if types
        .iter()
        .any(|&t| vm.is_subtype(t, vm.types.base_exception_group))
    {
        return Err(vm.type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    Ok(())
}

/// `exception_group_match` (Python/ceval.c): the (match, rest) pair of `except* T`, new
/// references; a naked exception that matches is wrapped in a group of its own.
pub fn exception_group_match(vm: &mut Vm, exc: ObjId, ty: ObjId) -> PyResult<(ObjId, ObjId)> {
    if exc == vm.none {
        return Ok((vm.new_none(), vm.new_none()));
    }
    if vm.exception_matches(exc, ty)? {
        let matched = if group_fields(vm, exc).is_some() {
            vm.incref(exc)
        } else {
            let excs = vm.new_tuple_from(&[exc]);
            let wrapped = create_exception_group(vm, "", excs);
            vm.decref(excs);
            wrapped?
        };
        return Ok((matched, vm.new_none()));
    }
    if group_fields(vm, exc).is_some() {
        let split = vm.getattr_str(exc, "split")?;
        let pair = vm.call_object(split, &Args::positional(vec![ty]));
        vm.decref(split);
        let pair = pair?;
        let items = vm.tuple_items(Some(pair));
        let r = match items[..] {
            [m, r] => Ok((vm.incref(m), vm.incref(r))),
            _ => Err(vm.type_error("split must return a 2-tuple")),
        };
        vm.decref(pair);
        return r;
    }
    Ok((vm.new_none(), vm.new_none()))
}

/// `collect_exception_group_leaf_ids`: the leaves of a group, depth first.
fn leaf_ids(vm: &Vm, exc: ObjId, out: &mut Vec<ObjId>) {
    if exc == vm.none {
        return;
    }
    match group_fields(vm, exc) {
        Some((_, excs)) => {
            for e in vm.tuple_items(Some(excs)) {
                leaf_ids(vm, e, out);
            }
        }
        None => out.push(exc),
    }
}

/// `is_same_exception_metadata`: a re-raised part of the original shares its notes,
/// traceback, cause and context.
fn is_same_exception_metadata(vm: &Vm, a: ObjId, b: ObjId) -> bool {
    match (vm.heap.payload(a), vm.heap.payload(b)) {
        (Payload::Exception(x), Payload::Exception(y)) => {
            x.notes == y.notes
                && x.traceback == y.traceback
                && x.cause == y.cause
                && x.context == y.context
        }
        _ => false,
    }
}

/// `exception_group_projection`: the part of `eg` whose leaves are leaves of `keep`'s
/// members, or None.
fn exception_group_projection(vm: &mut Vm, eg: ObjId, keep: &[ObjId]) -> PyResult<ObjId> {
    let mut ids = Vec::new();
    for &e in keep {
        leaf_ids(vm, e, &mut ids);
    }
    let (m, _) = split_recursive(vm, eg, &Matcher::Instances(ids), false)?;
    Ok(m.unwrap_or_else(|| vm.new_none()))
}

/// `_PyExc_PrepReraiseStar`: what leaves a `try/except*` statement, from the original
/// exception and the list of exceptions its handlers raised or re-raised (borrowed).
pub fn prep_reraise_star(vm: &mut Vm, orig: ObjId, excs: &[ObjId]) -> PyResult<ObjId> {
    if excs.is_empty() {
        return Ok(vm.new_none());
    }
    if group_fields(vm, orig).is_none() {
        // A naked exception was wrapped: at most one handler ran.
        return Ok(vm.incref(excs[0]));
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for &e in excs {
        if e == vm.none {
            continue;
        }
        if is_same_exception_metadata(vm, e, orig) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let reraised_eg = exception_group_projection(vm, orig, &reraised)?;
    if raised.is_empty() {
        return Ok(reraised_eg);
    }
    if reraised_eg != vm.none {
        raised.push(reraised_eg);
    }
    let result = if let [only] = raised[..] {
        Ok(vm.incref(only))
    } else {
        for &e in &raised {
            vm.incref(e);
        }
        let list = vm.new_list(raised);
        let r = create_exception_group(vm, "", list);
        vm.decref(list);
        r
    };
    vm.decref(reraised_eg);
    result
}
