package dev.jflet.core;

import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.internal.protocol.Frames;
import dev.jflet.core.services.Clipboard;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.testing.SentFrame;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Method calls on the client (flet-protocol.md §2.3.5): call ids, results, errors, timeouts. */
class InvokeTest {
    private final Text result = new Text("");

    private AppTester app(Duration timeout) {
        return AppTester.start(page -> page.add(result, new Button("paste", e -> {
            try {
                result.value("got " + new Clipboard().timeout(timeout).get().orElse("nothing"));
            } catch (InvokeException ex) {
                result.value("failed: " + ex.getMessage());
            }
        })));
    }

    private static void reply(AppTester t, SentFrame call, Object value, Object error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("control_id", call.get("control_id"));
        body.put("call_id", call.get("call_id"));
        body.put("result", value);
        body.put("error", error);
        t.sendRaw(Frames.encode(Action.INVOKE_METHOD, body));
    }

    @Test
    void result_resumesTheWaitingHandler() {
        AppTester t = app(Duration.ZERO);
        t.click(t.find(Button.class));
        List<SentFrame> calls = t.frames(Action.INVOKE_METHOD);
        assertEquals(1, calls.size());
        assertEquals("get", calls.get(0).get("name"));
        assertEquals(10, ((String) calls.get(0).get("call_id")).length());
        reply(t, calls.get(0), "hello", null);
        assertEquals("got hello", result.value());
    }

    @Test
    void error_isThrownAsInvokeException() {
        AppTester t = app(Duration.ZERO);
        t.click(t.find(Button.class));
        reply(t, t.frames(Action.INVOKE_METHOD).get(0), null, "no clipboard here");
        assertEquals("failed: no clipboard here", result.value());
    }

    @Test
    void timeout_failsTheCall_andALateResultIsDropped() {
        AppTester t = app(Duration.ofSeconds(2));
        t.click(t.find(Button.class));
        t.advance(Duration.ofMillis(1999));
        assertEquals("", result.value());
        t.advance(Duration.ofMillis(1));
        assertEquals("failed: Timeout waiting for invokeMethod get() call", result.value());
        reply(t, t.frames(Action.INVOKE_METHOD).get(0), "late", null);
        assertTrue(t.problems().get(t.problems().size() - 1).startsWith("Dropped a method result for an unknown call"));
    }

    @Test
    void serviceCreatedInAHandler_isUnregisteredWhenTheHandlerEnds() {
        AppTester t = app(Duration.ZERO);
        t.click(t.find(Button.class));
        assertEquals(1, t.page().services().size());
        reply(t, t.frames(Action.INVOKE_METHOD).get(0), "x", null);
        assertEquals(0, t.page().services().size());
        t.assertClientInSync();
    }
}
