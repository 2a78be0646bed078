package dev.jflet.bridge.internal;

import org.teavm.interop.PlatformMarker;
import org.teavm.interop.Platforms;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Internal: keeps V8 from giving every {@code String} of the JavaScript build a boxed number.
 *
 * <p>In the JavaScript build a {@code String} is a JavaScript object with a field for its cached hash code.
 * That field starts at 0, but hashing stores values outside V8's small-integer range, and from then on V8 stores
 * the field of every string as a separate 12-byte heap number, hashed or not: about 240 KB for a page of 10,000
 * rows. Storing a value that is not a number once, in the field of one string, makes V8 keep the field as a plain
 * tagged value instead: 0 costs nothing, and only strings with a large hash hold a number object. The WebAssembly
 * build's strings are structs and need none of this.
 */
final class StringShape {
    private StringShape() {
    }

    /** Widens the number fields of the JavaScript build's strings; does nothing in other builds. */
    static void widenNumberFields() {
        if (javaScript()) {
            widen((JSObject) (Object) new String(new char[] {'j', 'f'}));
        }
    }

    /** Replaced by TeaVM with a constant: true only in the JavaScript build. */
    @PlatformMarker(Platforms.JAVASCRIPT)
    private static boolean javaScript() {
        return false;
    }

    // Each number field gets a value of another kind and then its own value back.
    @JSBody(params = "s", script = "for (var k of Object.keys(s)) { var v = s[k];"
            + " if (typeof v === 'number') { s[k] = null; s[k] = v; } }")
    private static native void widen(JSObject s);
}
