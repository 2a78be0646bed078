package dev.jflet.site.services;

import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.testing.SentFrame;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dialogs and services demo on the JVM, with the client's answers to its service calls played by the test. */
class DialogsAndServicesTest {
    private static SentFrame next(AppTester t, String method) {
        List<SentFrame> calls = t.pendingCalls();
        assertEquals(1, calls.size(), calls.toString());
        assertEquals(method, calls.get(0).get("name"));
        return calls.get(0);
    }

    private static AppTester started(Object visits, Object note) {
        AppTester t = AppTester.start(DialogsAndServices::app);
        t.answer(next(t, "get"), visits, null);
        t.answer(next(t, "set"), true, null);
        t.answer(next(t, "get"), note, null);
        return t;
    }

    @Test
    void start_countsTheVisit_andShowsTheStoredNote() {
        AppTester t = started(2, "hello");
        Text status = t.byKey("prefs-status", Text.class);
        assertEquals("visit 3, note: hello", t.client().control(status).get("value"));
        assertTrue(t.problems().isEmpty(), t.problems().toString());
    }

    @Test
    void checkUrls_reportsEachAnswer() {
        AppTester t = started(null, null);
        t.click(t.byKey("check-urls", Button.class));
        for (boolean answer : new boolean[] {true, true, false, false}) {
            t.answer(next(t, "can_launch_url"), answer, null);
        }
        assertEquals("https true, mailto true, javascript false, data false",
                t.byKey("url-status", Text.class).value());
    }

    @Test
    void unsafeUrl_refusedByTheClient_showsTheReason() {
        AppTester t = started(null, null);
        t.click(t.byKey("unsafe-url", Button.class));
        SentFrame call = next(t, "launch_url");
        assertEquals(Map.of("url", "javascript:alert(1)", "mode", "platformDefault"), call.get("args"));
        t.answer(call, null, "not launched");
        assertEquals("error: not launched", t.byKey("url-status", Text.class).value());
        t.assertClientInSync();
    }
}
