package dev.jflet.site;

import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.ProgressBar;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.internal.tree.Nodes;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.testing.ClientSnapshot;
import dev.jflet.core.testing.SentFrame;
import dev.jflet.site.asyncmain.AsyncMain;
import dev.jflet.site.countdown.Countdown;
import dev.jflet.site.countdown.CountdownApp;
import dev.jflet.site.pageevents.PageEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seeds' examples on the JVM, on virtual time. */
class SeedExamplesTest {
    private static Button button(AppTester t, String label) {
        return t.find(Button.class, b -> b.content().get().equals(label));
    }

    @Test
    void asyncMain_showsLoadingThenThePage() {
        AppTester t = AppTester.start(AsyncMain::app);
        assertEquals(1, t.page().controls().size());
        assertTrue(t.page().controls().get(0) instanceof ProgressBar);
        t.advance(Duration.ofMillis(500));
        assertEquals("Hello, async world!", ((Text) t.page().controls().get(0)).value());
    }

    @Test
    void mixedHandlers_syncRunsAtOnce_asyncAfterItsSleep_andTheyInterleave() {
        AppTester t = AppTester.start(AsyncMain::app).advance(Duration.ofMillis(500));
        Text count = t.byKey("count", Text.class);
        t.click(button(t, "Add in a second"));
        assertEquals("Waiting…", t.byKey("status", Text.class).value());
        t.click(button(t, "Add now")).click(button(t, "Add now"));
        assertEquals("2", count.value(), "sync handlers run while the async one sleeps");
        t.advance(Duration.ofSeconds(1));
        assertEquals("3", count.value());
        assertEquals("Ready", t.byKey("status", Text.class).value());
        t.assertClientInSync();
    }

    @Test
    void countdowns_tickTogether_andARemovedOneStops() {
        AppTester t = AppTester.start(CountdownApp::app);
        Countdown first = t.byKey("first", Countdown.class);
        Countdown second = t.byKey("second", Countdown.class);
        t.advance(Duration.ofSeconds(3));
        assertEquals("01:57", first.value());
        assertEquals("00:57", second.value());
        t.click(button(t, "Remove the first"));
        assertFalse(first.running());
        t.clearFrames().advance(Duration.ofSeconds(5));
        int firstId = Nodes.id(first);
        for (SentFrame f : t.frames(Action.PATCH_CONTROL)) {
            assertTrue(!Integer.valueOf(firstId).equals(f.get("id")), "the removed countdown still sends " + f);
        }
        assertEquals("00:52", second.value());
        assertEquals("00:52", t.client().control(second).get("value"));
        assertTrue(t.problems().isEmpty(), t.problems().toString());
    }

    @Test
    void countdown_reachingZero_stopsItsTask() {
        AppTester t = AppTester.start(page -> page.add(new Countdown(2)));
        t.advance(Duration.ofSeconds(5));
        Countdown c = t.find(Countdown.class);
        assertEquals("00:00", c.value());
        assertFalse(c.running());
    }

    @Test
    void pageEvents_resizeShowsTheNewSize() {
        AppTester t = AppTester.start(PageEvents::app, ClientSnapshot.browser().size(1024, 768));
        assertEquals("Size: 1024 × 768", t.byKey("size", Text.class).value());
        t.updateControl(t.page(), Map.of("width", 800.0, "height", 600.0))
                .fire(t.page(), "resize", Map.of("width", 800.0, "height", 600.0));
        assertEquals("Size: 800 × 600", t.client().control(t.byKey("size", Text.class)).get("value"));
    }

    @Test
    void pageEvents_lifecycleStatesAreListed() {
        AppTester t = AppTester.start(PageEvents::app);
        t.fire(t.page(), "app_lifecycle_state_change", Map.of("state", "hide"));
        assertFalse(t.page().appVisible());
        t.fire(t.page(), "app_lifecycle_state_change", Map.of("state", "show"));
        assertTrue(t.page().appVisible());
        assertEquals(2, t.byKey("states", dev.jflet.core.controls.core.Column.class).controls().size());
        assertEquals("show", t.page().appLifecycleState());
    }

    @Test
    void pageEvents_errorHandlerReceivesTheException() {
        AppTester t = AppTester.start(PageEvents::app);
        t.click(button(t, "Fail"));
        Text error = t.byKey("error", Text.class);
        assertEquals("Handled: the button broke", error.value());
        assertEquals("Handled: the button broke", t.client().control(error).get("value"),
                "what the error handler changed reaches the client");
        assertTrue(t.running());
    }

    @Test
    void pageEvents_keysEchoedUntilListeningStops_thenFlagCleared() {
        AppTester t = AppTester.start(PageEvents::app);
        Map<String, Object> shiftA = Map.of("key", "A", "shift", true, "ctrl", false, "alt", false, "meta", false);
        t.fire(t.page(), "keyboard_event", shiftA);
        assertEquals("Key: A shift=true ctrl=false alt=false meta=false", t.byKey("key", Text.class).value());
        assertEquals(Boolean.TRUE, t.client().control(1).get("on_keyboard_event"));

        t.click(button(t, "Stop listening to keys"));
        assertEquals(Boolean.FALSE, t.client().control(1).get("on_keyboard_event"),
                "the client learns that no handler is set");
        t.fire(t.page(), "keyboard_event", Map.of("key", "B", "shift", false, "ctrl", false, "alt", false,
                "meta", false));
        assertEquals("Key events: 1", t.byKey("keys", Text.class).value());

        t.click(button(t, "Listen to keys"));
        assertEquals(Boolean.TRUE, t.client().control(1).get("on_keyboard_event"));
    }

    @Test
    void pageEvents_brightnessLocalesAndMediaAreEchoed() {
        AppTester t = AppTester.start(PageEvents::app, ClientSnapshot.browser().brightness("light"));
        assertEquals("Brightness: light", t.byKey("brightness", Text.class).value());
        t.updateControl(t.page(), Map.of("platform_brightness", "dark"))
                .fire(t.page(), "platform_brightness_change", "dark");
        assertEquals("Brightness: dark", t.byKey("brightness", Text.class).value());
        assertEquals("Brightness reports: 1", t.byKey("brightness-reports", Text.class).value());

        t.fire(t.page(), "locale_change", Map.of("locales", java.util.List.of(
                Map.of("language_code", "fr", "country_code", "CA"), Map.of("language_code", "en"))));
        assertEquals("Locales: fr-CA, en", t.byKey("locales", Text.class).value());

        Map<String, Object> media = Map.of("padding", Map.of(), "view_padding", Map.of(), "view_insets", Map.of(),
                "device_pixel_ratio", 2.0, "orientation", "portrait", "always_use_24_hour_format", false);
        t.updateControl(t.page(), Map.of("media", media)).fire(t.page(), "media_change", media);
        assertEquals("Media: portrait, pixel ratio 2.0", t.byKey("media", Text.class).value());
    }
}
