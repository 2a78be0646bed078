package dev.jflet.core.services;

import dev.jflet.core.InvokeException;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.testing.SentFrame;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SharedPreferences (flet-protocol.md §3.14): Flet's method and argument names, typed values, clear errors. */
class SharedPreferencesTest {
    private final Text out = new Text("");
    private final List<Object> results = new ArrayList<>();

    private AppTester app(Consumer<SharedPreferences> action) {
        return AppTester.start(page -> page.add(out, new Button("go", e -> {
            try {
                action.accept(new SharedPreferences());
            } catch (RuntimeException ex) {
                out.value(ex.getClass().getSimpleName() + ": " + ex.getMessage());
            }
        })));
    }

    private static SentFrame onlyCall(AppTester t) {
        List<SentFrame> calls = t.pendingCalls();
        assertEquals(1, calls.size(), "one pending call: " + calls);
        return calls.get(0);
    }

    @Test
    void set_eachValueType_sendsKeyAndValueAsFlet() {
        AppTester t = app(p -> {
            results.add(p.set("s", "text"));
            results.add(p.set("i", 42L));
            results.add(p.set("d", 2.5));
            results.add(p.set("b", true));
            results.add(p.set("l", List.of("a", "b")));
        });
        t.click(t.find(Button.class));
        List<Object> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            SentFrame call = onlyCall(t);
            assertEquals("set", call.get("name"));
            Map<?, ?> args = (Map<?, ?>) call.get("args");
            sent.add(args.get("key") + "=" + args.get("value"));
            t.answer(call, true, null);
        }
        assertEquals(List.of("s=text", "i=42", "d=2.5", "b=true", "l=[a, b]"), sent);
        assertEquals("", out.value());
        assertEquals(List.of(true, true, true, true, true), results);
        assertEquals(0, t.page().services().size(), "the handler's service is gone after it");
    }

    @Test
    void get_typedReaders_convertWireNumbersAndLists() {
        AppTester t = app(p -> {
            results.add(p.getLong("count").orElseThrow());
            results.add(p.getDouble("count").orElseThrow());
            results.add(p.getDouble("ratio").orElseThrow());
            results.add(p.getStringList("tags").orElseThrow());
            results.add(p.getString("missing").isPresent());
            results.add(p.get("flag").orElseThrow());
        });
        t.click(t.find(Button.class));
        t.answer(onlyCall(t), 7, null);
        t.answer(onlyCall(t), 7, null);
        t.answer(onlyCall(t), 0.25, null);
        t.answer(onlyCall(t), List.of("x", "y"), null);
        assertEquals(Map.of("key", "missing"), onlyCall(t).get("args"));
        t.answer(onlyCall(t), null, null);
        t.answer(onlyCall(t), false, null);
        assertEquals(List.of(7L, 7.0, 0.25, List.of("x", "y"), false, false), results);
    }

    @Test
    void getString_ofANumber_failsNamingKeyTypeAndFix() {
        AppTester t = app(p -> p.getString("count"));
        t.click(t.find(Button.class));
        t.answer(onlyCall(t), 3, null);
        assertEquals("IllegalStateException: SharedPreferences: the value of \"count\" is Long 3, not a string; "
                + "read it with get(key)", out.value());
    }

    @Test
    void keysRemoveClear_useFletNames_andReturnTheClientsAnswers() {
        AppTester t = app(p -> {
            results.add(p.containsKey("a"));
            results.add(p.getKeys("app."));
            results.add(p.remove("a"));
            results.add(p.clear());
        });
        t.click(t.find(Button.class));
        SentFrame contains = onlyCall(t);
        assertEquals("contains_key", contains.get("name"));
        t.answer(contains, true, null);
        SentFrame keys = onlyCall(t);
        assertEquals("get_keys", keys.get("name"));
        assertEquals(Map.of("key_prefix", "app."), keys.get("args"));
        t.answer(keys, List.of("app.a", "app.b"), null);
        assertEquals("remove", onlyCall(t).get("name"));
        t.answer(onlyCall(t), true, null);
        assertEquals("clear", onlyCall(t).get("name"));
        t.answer(onlyCall(t), true, null);
        assertEquals(List.of(true, List.of("app.a", "app.b"), true, true), results);
    }

    @Test
    void badValues_failBeforeAnythingIsSent() {
        assertBad(p -> p.set("k", (String) null), "value can't be null; use remove(key) to delete it");
        assertBad(p -> p.set("k", 1L << 60), "1152921504606846976 is outside ±(2^53 - 1)");
        assertBad(p -> p.set("k", Double.NaN), "NaN is not a finite number");
        assertBad(p -> p.set("k", java.util.Arrays.asList("a", null)), "a list value and its items can't be null");
        assertBad(p -> p.set("", "v"), "key must not be empty");
        assertBad(p -> p.getKeys(null), "keyPrefix must not be null");
    }

    private void assertBad(Consumer<SharedPreferences> action, String message) {
        AppTester t = app(action);
        t.click(t.find(Button.class));
        assertTrue(out.value().startsWith("IllegalArgumentException: "), out.value());
        assertTrue(out.value().contains(message), out.value());
        assertEquals(List.of(), t.frames(Action.INVOKE_METHOD));
        assertTrue(t.running(), "the app keeps running");
    }

    @Test
    void clientError_isThrownAsInvokeException() {
        AppTester t = app(p -> p.set("k", "v"));
        t.click(t.find(Button.class));
        t.answer(onlyCall(t), null, "localStorage is full");
        assertEquals(InvokeException.class.getSimpleName() + ": localStorage is full", out.value());
        assertThrows(IllegalArgumentException.class, () -> t.answer(t.frames().get(0), null, null));
    }
}
