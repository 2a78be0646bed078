package dev.jflet.site.pageevents;

import dev.jflet.bridge.Jflet;
import dev.jflet.core.EventHandler;
import dev.jflet.core.KeyboardEvent;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.types.Locale;
import dev.jflet.core.types.PageMediaData;

import java.util.ArrayList;
import java.util.List;

/**
 * Page events: each event the browser reports, echoed as it arrives. The size (and how many size reports came),
 * the media data, key presses with their modifiers (with a button to stop listening), the system's light or dark
 * mode, the preferred languages, the app's lifecycle states, and an error handler set with a lambda.
 */
public final class PageEvents {
    private PageEvents() {
    }

    public static void main(String[] args) {
        Jflet.run(PageEvents::app);
    }

    public static void app(Page page) {
        page.title("Page events");
        Text size = new Text(sizeText(page.width().orElse(0), page.height().orElse(0))).key("size");
        Text resizes = new Text(countText("Resize reports", 0)).key("resizes");
        Text media = new Text(page.media().map(PageEvents::mediaText).orElse("Media: unknown")).key("media");
        Text key = new Text("Key: none yet").key("key");
        Text keys = new Text(countText("Key events", 0)).key("keys");
        Text brightness = new Text("Brightness: " + page.platformBrightness().orElse("unknown")).key("brightness");
        Text brightnessReports = new Text(countText("Brightness reports", 0)).key("brightness-reports");
        Text locales = new Text("Locales: none reported yet").key("locales");
        Column states = new Column().key("states").spacing(2);
        Text error = new Text("No error yet").key("error");
        int[] counts = new int[3];

        page.onResize(e -> {
            size.value(sizeText(e.width(), e.height()));
            resizes.value(countText("Resize reports", ++counts[0]));
        });
        page.onMediaChange(e -> media.value(mediaText(e.media())));
        EventHandler<KeyboardEvent> onKey = e -> {
            key.value(keyText(e));
            keys.value(countText("Key events", ++counts[1]));
        };
        page.onKeyboardEvent(onKey);
        // The client reports the brightness once as it starts, then on every change of the system's mode.
        page.onPlatformBrightnessChange(e -> {
            brightness.value("Brightness: " + e.brightness());
            brightnessReports.value(countText("Brightness reports", ++counts[2]));
        });
        page.onLocaleChange(e -> locales.value(localesText(e.locales())));
        page.onAppLifecycleStateChange(e -> states.controls().add(new Text("lifecycle " + e.state())));
        page.onError(e -> error.value("Handled: " + e.message()));

        boolean[] listening = {true};
        Button keyToggle = new Button("Stop listening to keys", e -> {
            listening[0] = !listening[0];
            // Without a handler the page's on_keyboard_event flag is false, and the client stops sending keys.
            page.onKeyboardEvent(listening[0] ? onKey : null);
            e.control().content(listening[0] ? "Stop listening to keys" : "Listen to keys");
        });
        page.add(size, resizes, media,
                key, keys, keyToggle,
                brightness, brightnessReports, locales,
                new Button("Fail", e -> {
                    throw new IllegalStateException("the button broke");
                }),
                error,
                new Text("Lifecycle states:"),
                states);
    }

    static String sizeText(double width, double height) {
        return "Size: " + Math.round(width) + " × " + Math.round(height);
    }

    static String countText(String what, int count) {
        return what + ": " + count;
    }

    static String mediaText(PageMediaData media) {
        return "Media: " + media.orientation() + ", pixel ratio " + media.devicePixelRatio();
    }

    /** The key as Flet's examples print it: {@code Key: A shift=true ctrl=false alt=false meta=false}. */
    static String keyText(KeyboardEvent e) {
        return "Key: " + e.key() + " shift=" + e.shift() + " ctrl=" + e.ctrl() + " alt=" + e.alt() + " meta=" + e.meta();
    }

    static String localesText(List<Locale> locales) {
        List<String> tags = new ArrayList<>();
        for (Locale l : locales) {
            tags.add(l.toLanguageTag());
        }
        return "Locales: " + String.join(", ", tags);
    }
}
