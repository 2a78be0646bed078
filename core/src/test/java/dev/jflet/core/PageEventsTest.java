package dev.jflet.core;

import dev.jflet.core.controls.core.Text;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.testing.ClientSnapshot;
import dev.jflet.core.testing.SentFrame;
import dev.jflet.core.types.Locale;
import dev.jflet.core.types.PageMediaData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page's own events as Java sees them: typed data, page properties kept current, handler flags on the wire. */
class PageEventsTest {
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static boolean sentFlag(AppTester t, String name, boolean value) {
        for (SentFrame f : t.frames(Action.PATCH_CONTROL)) {
            if (f.body().toString().contains(name + ", " + value + "]")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void resize_clientReportsSize_pageSizeAndEventAgree() {
        List<String> seen = new ArrayList<>();
        AppTester t = AppTester.start(page -> page.onResize(e -> seen.add(
                e.width() + "x" + e.height() + " page " + page.width().getAsDouble() + "x"
                        + page.height().getAsDouble())), ClientSnapshot.browser().size(1280, 720));

        t.updateControl(t.page(), map("width", 800.0, "height", 600.0));
        t.fire(t.page(), "resize", map("width", 800.0, "height", 600.0));

        assertEquals(List.of("800.0x600.0 page 800.0x600.0"), seen);
    }

    @Test
    void keyboardEvent_handlerSetAndCleared_flagSentAndEventTyped() {
        List<String> keys = new ArrayList<>();
        AppTester t = AppTester.start(page -> page.onKeyboardEvent(e -> keys.add(
                e.key() + " shift=" + e.shift() + " ctrl=" + e.ctrl() + " alt=" + e.alt() + " meta=" + e.meta())));
        assertTrue(sentFlag(t, "on_keyboard_event", true), t.frames().toString());

        t.fire(t.page(), "keyboard_event", map("key", "A", "shift", true, "ctrl", false, "alt", false, "meta", false));
        t.fire(t.page(), "keyboard_event", map("key", "Arrow Left", "shift", false, "ctrl", true, "alt", true,
                "meta", true));
        assertEquals(List.of("A shift=true ctrl=false alt=false meta=false",
                "Arrow Left shift=false ctrl=true alt=true meta=true"), keys);

        t.page().onKeyboardEvent(null);
        t.page().update();
        assertTrue(sentFlag(t, "on_keyboard_event", false), t.frames().toString());
    }

    @Test
    void lifecycle_hideThenShow_pageTracksVisibility() {
        List<String> states = new ArrayList<>();
        AppTester t = AppTester.start(page -> page.onAppLifecycleStateChange(e -> states.add(
                e.state() + " visible=" + page.appVisible())));

        for (String state : new String[] {"inactive", "hide", "show", "resume"}) {
            t.fire(t.page(), "app_lifecycle_state_change", map("state", state));
        }

        assertEquals(List.of("inactive visible=true", "hide visible=false", "show visible=true",
                "resume visible=true"), states);
        assertEquals("resume", t.page().appLifecycleState());
    }

    @Test
    void platformBrightness_clientSwitchesToDark_propertyAndTypedEvent() {
        List<String> seen = new ArrayList<>();
        AppTester t = AppTester.start(page -> page.onPlatformBrightnessChange(e -> seen.add(
                e.brightness() + " dark=" + e.dark() + " page=" + page.platformBrightness().orElse("?"))),
                ClientSnapshot.browser().brightness("light"));
        assertEquals("light", t.page().platformBrightness().orElseThrow());

        t.updateControl(t.page(), map("platform_brightness", "dark"));
        t.fire(t.page(), "platform_brightness_change", "dark");

        assertEquals(List.of("dark dark=true page=dark"), seen);
    }

    @Test
    void platformBrightness_unknownValue_handlerNotCalledAndProblemLogged() {
        List<String> seen = new ArrayList<>();
        AppTester t = AppTester.start(page -> page.onPlatformBrightnessChange(e -> seen.add(e.brightness())));

        t.fire(t.page(), "platform_brightness_change", "dim");

        assertEquals(List.of(), seen);
        assertTrue(t.problems().toString().contains("expects \"light\" or \"dark\""), t.problems().toString());
        assertTrue(t.running());
        t.fire(t.page(), "platform_brightness_change", "light");
        assertEquals(List.of("light"), seen);
    }

    @Test
    void localeChange_clientReportsLanguages_localesInOrder() {
        List<String> seen = new ArrayList<>();
        AppTester t = AppTester.start(page -> page.onLocaleChange(e -> {
            for (Locale l : e.locales()) {
                seen.add(l.toLanguageTag() + " " + l.languageCode() + "/" + l.countryCode().orElse("-") + "/"
                        + l.scriptCode().orElse("-"));
            }
        }));
        assertTrue(sentFlag(t, "on_locale_change", true), t.frames().toString());

        List<Object> locales = new ArrayList<>();
        locales.add(map("language_code", "zh", "country_code", "TW", "script_code", "Hant"));
        locales.add(map("language_code", "de", "country_code", null, "script_code", null));
        t.fire(t.page(), "locale_change", map("locales", locales));

        assertEquals(List.of("zh-Hant-TW zh/TW/Hant", "de de/-/-"), seen);
    }

    @Test
    void locale_withoutLanguage_rejectedNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Locale.fromWire(map("country_code", "US")));
        assertTrue(e.getMessage().contains("needs a language code"), e.getMessage());
        assertEquals(map("language_code", "fr", "country_code", "CA"), new Locale("fr", "CA", null).toWire());
    }

    @Test
    void mediaChange_orientationFlips_eventCarriesTheNewMedia() {
        List<PageMediaData> seen = new ArrayList<>();
        AppTester t = AppTester.start(page -> page.onMediaChange(e -> {
            seen.add(e.media());
            page.add(new Text(e.media().orientation() + " " + page.media().orElseThrow().orientation()));
        }));
        Map<String, Object> media = map("padding", map(), "view_padding", map(), "view_insets", map(),
                "device_pixel_ratio", 2.0, "orientation", "portrait", "always_use_24_hour_format", false);

        t.updateControl(t.page(), map("media", media));
        t.fire(t.page(), "media_change", media);

        assertEquals(1, seen.size());
        assertEquals(2.0, seen.get(0).devicePixelRatio());
        assertEquals("portrait portrait", t.find(Text.class).value());
        assertFalse(t.problems().toString().contains("media"), t.problems().toString());
    }
}
