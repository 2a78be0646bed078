package dev.jflet.core.flet;

import dev.jflet.core.EventHandler;
import dev.jflet.core.Event;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.services.Clipboard;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.testing.SentFrame;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.jflet.core.flet.FletDiff.path;
import static dev.jflet.core.flet.FletDiff.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Flet's auto-update rule ({@code sdk/python/packages/flet/tests/test_skip_double_update.py},
 * flet-protocol.md §4.4): after a handler (and after each {@code yield}, here {@code page.flush()}) the
 * page is updated unless the handler called {@code update()} itself; the "update called" flag is reset
 * every time, even with auto-update off. Flet checks the flag with mocks; here the patches on the wire
 * show it.
 */
class SkipDoubleUpdateTest {
    private final Text text = new Text("0");
    private AppTester t;
    private Button button;

    /** Starts a page with the text and a button running {@code handler}, and forgets main's frames. */
    private void start(EventHandler<Event<Button>> handler) {
        button = new Button("go", handler);
        t = AppTester.start(page -> page.add(text, button));
        t.clearFrames();
    }

    /** Clicks the button and returns the patches sent, as {@code id: ops}. */
    private List<String> click() {
        t.clearFrames();
        t.click(button);
        List<String> out = new ArrayList<>();
        for (SentFrame f : t.frames(Action.PATCH_CONTROL)) {
            out.add(f.get("id") + ": " + FletDiff.decode((List<?>) f.get("patch")));
        }
        return out;
    }

    private static String pageSets(String value) {
        return "1: " + List.of(replace(path("views", 0, "controls", 0, "value"), value));
    }

    // test_update_called_flag_defaults_to_false, test_after_event_runs_auto_update_when_update_was_not_called
    @Test
    void handler_withoutUpdate_isFollowedByOnePagePatch() {
        start(e -> text.value("1"));
        assertEquals(List.of(pageSets("1")), click());
    }

    // test_page_update_marks_flag, test_after_event_skips_auto_update_when_update_was_called
    @Test
    void handler_callingPageUpdate_skipsAutoUpdate() {
        start(e -> {
            text.value("1");
            e.page().update();
            text.value("2");
        });
        assertEquals(List.of(pageSets("1")), click(), "the change after update() waits for the next update");
        assertEquals("2", text.value());
    }

    // test_after_event_resets_flag_after_check
    @Test
    void nextHandler_afterOneThatCalledUpdate_isAutoUpdatedAgain() {
        int[] clicks = {0};
        start(e -> {
            clicks[0]++;
            text.value(clicks[0] + "a");
            if (clicks[0] == 1) {
                e.page().update();
                text.value("pending");
            }
        });
        assertEquals(List.of(pageSets("1a")), click());
        assertEquals(List.of(pageSets("2a")), click());
    }

    // test_after_event_resets_flag_even_when_auto_update_disabled
    @Test
    void handlerWithAutoUpdateOff_resetsFlag_soNextHandlerIsAutoUpdated() {
        int[] clicks = {0};
        start(e -> {
            clicks[0]++;
            if (clicks[0] == 1) {
                e.page().disableAutoUpdate();
                text.value("1");
                e.page().update();
                text.value("unsent");
            } else {
                text.value("2");
            }
        });
        assertEquals(List.of(pageSets("1")), click());
        assertEquals(List.of(pageSets("2")), click(), "auto-update is per handler and the flag was reset");
    }

    // test_generator_handler_flag_resets_between_yields
    @Test
    void flushSegments_updateCalledInFirstOnly_autoUpdatesSecondAndLast() {
        start(e -> {
            text.value("1");
            e.page().update();
            text.value("1b");
            e.page().flush();
            text.value("2");
            e.page().flush();
            text.value("3");
        });
        assertEquals(List.of(pageSets("1"), pageSets("2"), pageSets("3")), click(),
                "the first flush follows update() and sends nothing; the later ones send what changed");
    }

    // test_service_registration.py / flet-protocol.md §4.4: registering a service does not count as update()
    @Test
    void handler_registeringService_isStillAutoUpdated() {
        start(e -> {
            new Clipboard();
            text.value("1");
        });
        List<String> sent = click();
        assertEquals(3, sent.size(), sent.toString());
        assertEquals(pageSets("1"), sent.get(1), "register, auto-update, unregister: " + sent);
    }
}
