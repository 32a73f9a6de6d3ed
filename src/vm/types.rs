//! The builtin types, created when the VM starts. Each is a static type object whose
//! namespace dict the builtins modules fill with methods.

use std::rc::Rc;

use crate::heap::{DictObj, Heap, Layout, ObjId, Payload, TypeObj};

macro_rules! builtin_types {
    ($( $field:ident : $name:literal, $base:ident, $layout:ident, $gc:literal; )*) => {
        /// Ids of the builtin types.
        #[derive(Clone, Debug)]
        pub struct Types {
            $( pub $field: ObjId, )*
        }

        /// Each builtin type's field, name, base field, layout and whether the collector
        /// tracks it, in creation order (the order of the fields of [`Types`]).
        const BUILTIN_TYPES: &[(&str, &str, &str, Layout, bool)] = &[
            $( (stringify!($field), $name, stringify!($base), Layout::$layout, $gc), )*
        ];

        /// Each builtin type's row in `BUILTIN_TYPES`.
        #[allow(non_camel_case_types)]
        enum BuiltinType {
            $( $field, )*
        }

        impl Types {
            /// Creates every builtin type in `heap`. `object` and `type` come first and
            /// everything else derives from them.
            pub fn create(heap: &mut Heap) -> Types {
                let mut ids = [ObjId::default(); BUILTIN_TYPES.len()];
                create_builtin_types(heap, BUILTIN_TYPES, &mut ids);
                Types {
                    $( $field: ids[BuiltinType::$field as usize], )*
                }
            }
        }
    };
}

/// Allocates the type objects of `table` (see `BUILTIN_TYPES`), each with its namespace dict,
/// bases and MRO, and puts their ids in `ids` in table order. A loop over a table rather than
/// code per type: the type list is long and this runs once.
fn create_builtin_types(
    heap: &mut Heap,
    table: &[(&'static str, &'static str, &'static str, Layout, bool)],
    ids: &mut [ObjId],
) {
    let placeholder = heap.alloc(ObjId::default(), Payload::Plain);
    for id in ids.iter_mut() {
        *id = heap.alloc(placeholder, Payload::Plain);
    }
    let ids = &*ids;
    let index: std::collections::HashMap<&str, usize> =
        table.iter().enumerate().map(|(i, t)| (t.0, i)).collect();
    let by_field = |field: &str| index.get(field).map_or_else(ObjId::default, |&i| ids[i]);
    let type_id = by_field("type_");
    let dict_id = by_field("dict");
    for (i, &(_, name, _, layout, gc)) in table.iter().enumerate() {
        let dict = heap.alloc(dict_id, Payload::Dict(DictObj::new()));
        heap.get_mut(dict).is_static = true;
        // The MRO follows the single-base chain up to `object`.
        let base_of = |i: usize| match table[i] {
            (_, "object", ..) => None,
            (_, _, base, ..) => index.get(base).copied(),
        };
        let bases = base_of(i).map(|b| ids[b]).into_iter().collect();
        let mut mro = vec![ids[i]];
        let mut cur = base_of(i);
        while let Some(b) = cur {
            mro.push(ids[b]);
            cur = base_of(b);
        }
        let obj = heap.get_mut(ids[i]);
        obj.ty = type_id;
        obj.is_static = true;
        obj.payload = Payload::Type(Box::new(TypeObj {
            name: Rc::from(name),
            qualname: Rc::from(name),
            module: Rc::from("builtins"),
            bases,
            base: None,
            mro,
            tuples: None,
            dict,
            heap_type: false,
            layout,
            has_dict: matches!(layout, Layout::Exception),
            slots: Vec::new(),
            weakrefable: matches!(layout, Layout::Exception | Layout::Type),
            gc_tracked: gc,
            basicsize: 0,
            cached_keys: None,
        }));
    }
    heap.free(placeholder);
}

builtin_types! {
    object: "object", object, Object, false;
    type_: "type", object, Type, true;
    int: "int", object, Int, false;
    bool_: "bool", int, Bool, false;
    float: "float", object, Float, false;
    complex: "complex", object, Complex, false;
    str: "str", object, Str, false;
    bytes: "bytes", object, Bytes, false;
    bytearray: "bytearray", object, ByteArray, false;
    list: "list", object, List, true;
    tuple: "tuple", object, Tuple, true;
    dict: "dict", object, Dict, true;
    set: "set", object, Set, true;
    frozenset: "frozenset", object, FrozenSet, true;
    none_type: "NoneType", object, Internal, false;
    not_implemented_type: "NotImplementedType", object, Internal, false;
    ellipsis_type: "ellipsis", object, Internal, false;
    range: "range", object, Internal, false;
    slice: "slice", object, Internal, false;
    function: "function", object, Internal, true;
    code: "code", object, Internal, false;
    cell: "cell", object, Internal, true;
    method: "method", object, Internal, true;
    builtin_function: "builtin_function_or_method", object, Internal, true;
    method_descriptor: "method_descriptor", object, Internal, false;
    wrapper_descriptor: "wrapper_descriptor", object, Internal, false;
    method_wrapper: "method-wrapper", object, Internal, true;
    module: "module", object, Internal, true;
    property: "property", object, Internal, true;
    staticmethod: "staticmethod", object, Internal, true;
    classmethod: "classmethod", object, Internal, true;
    super_: "super", object, Internal, true;
    generator: "generator", object, Internal, true;
    coroutine: "coroutine", object, Internal, true;
    async_generator: "async_generator", object, Internal, true;
    async_generator_asend: "async_generator_asend", object, Internal, true;
    async_generator_wrapped_value: "async_generator_wrapped_value", object, Internal, true;
    traceback: "traceback", object, Internal, true;
    frame: "frame", object, Internal, true;
    list_iterator: "list_iterator", object, Internal, true;
    list_reverseiterator: "list_reverseiterator", object, Internal, true;
    tuple_iterator: "tuple_iterator", object, Internal, true;
    str_iterator: "str_ascii_iterator", object, Internal, true;
    range_iterator: "range_iterator", object, Internal, false;
    longrange_iterator: "longrange_iterator", object, Internal, false;
    dict_keyiterator: "dict_keyiterator", object, Internal, true;
    dict_valueiterator: "dict_valueiterator", object, Internal, true;
    dict_itemiterator: "dict_itemiterator", object, Internal, true;
    dict_reversekeyiterator: "dict_reversekeyiterator", object, Internal, true;
    dict_reversevalueiterator: "dict_reversevalueiterator", object, Internal, true;
    dict_reverseitemiterator: "dict_reverseitemiterator", object, Internal, true;
    set_iterator: "set_iterator", object, Internal, true;
    seq_iterator: "iterator", object, Internal, true;
    callable_iterator: "callable_iterator", object, Internal, true;
    reversed: "reversed", object, Internal, true;
    enumerate: "enumerate", object, Internal, true;
    zip: "zip", object, Internal, true;
    map: "map", object, Internal, true;
    filter: "filter", object, Internal, true;
    dict_keys: "dict_keys", object, Internal, true;
    dict_values: "dict_values", object, Internal, true;
    dict_items: "dict_items", object, Internal, true;
    mappingproxy: "mappingproxy", object, Internal, true;
    text_io: "_io.TextIOWrapper", object, Internal, false;
    weakref: "weakref.ReferenceType", object, WeakRef, true;
    thread_lock: "_thread.lock", object, Internal, false;
    thread_rlock: "_thread.RLock", object, Internal, false;
    weakproxy: "weakref.ProxyType", object, Internal, true;
    weakcallableproxy: "weakref.CallableProxyType", object, Internal, true;
    base_exception: "BaseException", object, Exception, true;
    base_exception_group: "BaseExceptionGroup", base_exception, Exception, true;
    exception: "Exception", base_exception, Exception, true;
    exception_group: "ExceptionGroup", base_exception_group, Exception, true;
    generator_exit: "GeneratorExit", base_exception, Exception, true;
    keyboard_interrupt: "KeyboardInterrupt", base_exception, Exception, true;
    system_exit: "SystemExit", base_exception, Exception, true;
    arithmetic_error: "ArithmeticError", exception, Exception, true;
    floating_point_error: "FloatingPointError", arithmetic_error, Exception, true;
    overflow_error: "OverflowError", arithmetic_error, Exception, true;
    zero_division_error: "ZeroDivisionError", arithmetic_error, Exception, true;
    assertion_error: "AssertionError", exception, Exception, true;
    attribute_error: "AttributeError", exception, Exception, true;
    buffer_error: "BufferError", exception, Exception, true;
    eof_error: "EOFError", exception, Exception, true;
    import_error: "ImportError", exception, Exception, true;
    module_not_found_error: "ModuleNotFoundError", import_error, Exception, true;
    lookup_error: "LookupError", exception, Exception, true;
    index_error: "IndexError", lookup_error, Exception, true;
    key_error: "KeyError", lookup_error, Exception, true;
    memory_error: "MemoryError", exception, Exception, true;
    name_error: "NameError", exception, Exception, true;
    unbound_local_error: "UnboundLocalError", name_error, Exception, true;
    os_error: "OSError", exception, Exception, true;
    file_not_found_error: "FileNotFoundError", os_error, Exception, true;
    file_exists_error: "FileExistsError", os_error, Exception, true;
    is_a_directory_error: "IsADirectoryError", os_error, Exception, true;
    not_a_directory_error: "NotADirectoryError", os_error, Exception, true;
    permission_error: "PermissionError", os_error, Exception, true;
    timeout_error: "TimeoutError", os_error, Exception, true;
    connection_error: "ConnectionError", os_error, Exception, true;
    reference_error: "ReferenceError", exception, Exception, true;
    runtime_error: "RuntimeError", exception, Exception, true;
    not_implemented_error: "NotImplementedError", runtime_error, Exception, true;
    recursion_error: "RecursionError", runtime_error, Exception, true;
    stop_async_iteration: "StopAsyncIteration", exception, Exception, true;
    stop_iteration: "StopIteration", exception, Exception, true;
    syntax_error: "SyntaxError", exception, Exception, true;
    indentation_error: "IndentationError", syntax_error, Exception, true;
    tab_error: "TabError", indentation_error, Exception, true;
    system_error: "SystemError", exception, Exception, true;
    type_error: "TypeError", exception, Exception, true;
    value_error: "ValueError", exception, Exception, true;
    unicode_error: "UnicodeError", value_error, Exception, true;
    unicode_decode_error: "UnicodeDecodeError", unicode_error, Exception, true;
    unicode_encode_error: "UnicodeEncodeError", unicode_error, Exception, true;
    warning: "Warning", exception, Exception, true;
    user_warning: "UserWarning", warning, Exception, true;
    deprecation_warning: "DeprecationWarning", warning, Exception, true;
    runtime_warning: "RuntimeWarning", warning, Exception, true;
    resource_warning: "ResourceWarning", warning, Exception, true;
    pending_deprecation_warning: "PendingDeprecationWarning", warning, Exception, true;
    syntax_warning: "SyntaxWarning", warning, Exception, true;
    future_warning: "FutureWarning", warning, Exception, true;
    import_warning: "ImportWarning", warning, Exception, true;
    unicode_warning: "UnicodeWarning", warning, Exception, true;
    bytes_warning: "BytesWarning", warning, Exception, true;
    encoding_warning: "EncodingWarning", warning, Exception, true;
}

impl Types {
    /// The builtin classes with two bases, which the one-base table above cannot express:
    /// `ExceptionGroup(BaseExceptionGroup, Exception)` (Objects/exceptions.c:
    /// create_exception_group_class).
    pub fn add_second_bases(&self, heap: &mut Heap) {
        let mro = vec![
            self.exception_group,
            self.base_exception_group,
            self.exception,
            self.base_exception,
            self.object,
        ];
        if let Payload::Type(t) = heap.payload_mut(self.exception_group) {
            t.bases = vec![self.base_exception_group, self.exception];
            t.mro = mro;
        }
    }

    /// The exception classes exposed in builtins, by name.
    pub fn exception_types(&self) -> Vec<ObjId> {
        vec![
            self.base_exception,
            self.base_exception_group,
            self.exception,
            self.exception_group,
            self.generator_exit,
            self.keyboard_interrupt,
            self.system_exit,
            self.arithmetic_error,
            self.floating_point_error,
            self.overflow_error,
            self.zero_division_error,
            self.assertion_error,
            self.attribute_error,
            self.buffer_error,
            self.eof_error,
            self.import_error,
            self.module_not_found_error,
            self.lookup_error,
            self.index_error,
            self.key_error,
            self.memory_error,
            self.name_error,
            self.unbound_local_error,
            self.os_error,
            self.file_not_found_error,
            self.file_exists_error,
            self.is_a_directory_error,
            self.not_a_directory_error,
            self.permission_error,
            self.timeout_error,
            self.connection_error,
            self.reference_error,
            self.runtime_error,
            self.not_implemented_error,
            self.recursion_error,
            self.stop_async_iteration,
            self.stop_iteration,
            self.syntax_error,
            self.indentation_error,
            self.tab_error,
            self.system_error,
            self.type_error,
            self.value_error,
            self.unicode_error,
            self.unicode_decode_error,
            self.unicode_encode_error,
            self.warning,
            self.user_warning,
            self.deprecation_warning,
            self.runtime_warning,
            self.resource_warning,
            self.pending_deprecation_warning,
            self.syntax_warning,
            self.future_warning,
            self.import_warning,
            self.unicode_warning,
            self.bytes_warning,
            self.encoding_warning,
        ]
    }
}
