// jflet: TeaVM's WasmGC runtime without code generated at run time, so a page runs it under a
// Content-Security-Policy without 'unsafe-eval' (docs/architecture.md, "Content-Security-Policy").
// What follows this prelude is TeaVM's runtime; jflet:publish replaced each place where it compiled source text
// with a call to one of these functions, which do the same without compiling source text.

/** The value of a global name such as "Uint8Array" or "Intl.DateTimeFormat", as `return <name>;` gives it. */
function jflet$global(name) {
    const path = jflet$path(name);
    if (!(path[0] in globalThis)) throw new ReferenceError(`${path[0]} is not defined`);
    let value = globalThis;
    for (const key of path) value = value[key];
    return value;
}

/** Assigns a global name, as `<name> = value;` does. */
function jflet$setGlobal(name, value) {
    const path = jflet$path(name);
    let target = globalThis;
    for (const key of path.slice(0, -1)) target = target[key];
    target[path[path.length - 1]] = value;
}

function jflet$path(name) {
    const path = String(name).split(".");
    if (!path.every((key) => /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u.test(key))) {
        throw new SyntaxError(`jflet: "${name}" is not a global name (identifiers separated by dots)`);
    }
    return path;
}

/**
 * A function that calls `fn` with its first `fn.length` arguments (after `this` when `withThis`), the last one
 * gathering the rest when `vararg`, and hands a thrown Java exception to `rethrow`.
 */
function jflet$wrap(fn, vararg, withThis, rethrow) {
    const count = withThis ? Math.max(0, fn.length - 1) : fn.length;
    const rest = vararg && count > 0;
    const wrapper = function (...args) {
        const params = args.slice(0, count);
        params.length = count;
        if (rest) params[count - 1] = args.slice(count - 1);
        try {
            return withThis ? fn(this, ...params) : fn(...params);
        } catch (e) {
            rethrow(e);
        }
    };
    Object.defineProperty(wrapper, "length", { value: rest ? count - 1 : count });
    return wrapper;
}

/** A constructor function named `name` (for stack traces and the console) that delegates to `constructor`. */
function jflet$named(name, constructor) {
    const fn = function (marker, javaObject) {
        return constructor.call(this, marker, javaObject);
    };
    Object.defineProperty(fn, "name", { value: name });
    return fn;
}

/** The JSO imports for calls with `n` arguments: create, bind, call, call a method, construct, make an array. */
function jflet$jsoCalls(jso, n, wrapCall, rethrowJsAsJava, getGlobalName) {
    jso["createFunction" + n] = (...args) => jflet$jsBody(jso, args).bind(globalThis, wrapCall);
    jso["bindFunction" + n] = (f, ...bound) => f.bind(null, ...bound);
    jso["callFunction" + n] = (fn, ...args) => {
        try {
            return fn(...args);
        } catch (e) {
            rethrowJsAsJava(e);
        }
    };
    jso["callMethod" + n] = (instance, method, ...args) => {
        try {
            return instance !== null ? instance[method](...args) : getGlobalName(method)(...args);
        } catch (e) {
            rethrowJsAsJava(e);
        }
    };
    jso["construct" + n] = (constructor, ...args) => {
        try {
            return new constructor(...args);
        } catch (e) {
            rethrowJsAsJava(e);
        }
    };
    jso["arrayOf" + n] = (...args) => args;
}

/**
 * The @JSBody function for createFunction's arguments (parameter names, then the body), from the table of bodies
 * compiled ahead of time that the loader installs as `teavmJso.jfletJsBody` (see loader.js).
 */
function jflet$jsBody(jso, args) {
    const params = args.slice(0, -1);
    const body = args[args.length - 1];
    const fn = typeof jso.jfletJsBody === "function" ? jso.jfletJsBody(params, body) : undefined;
    if (typeof fn !== "function") {
        throw new Error(
            `jflet: no JavaScript compiled ahead of time for the @JSBody function (${params.join(", ")}) { ${body} }.` +
                " Publish the site again with jflet:publish, which compiles every body the module uses.",
        );
    }
    return fn;
}
