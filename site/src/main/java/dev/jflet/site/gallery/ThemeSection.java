package dev.jflet.site.gallery;

import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.TextButton;
import dev.jflet.core.types.Colors;
import dev.jflet.core.types.Theme;
import dev.jflet.core.types.ThemeMode;

/**
 * Theme: seed colours and the light/dark/system mode of the page, a Container with a dark theme of its own, and
 * the system brightness the client reports.
 */
final class ThemeSection {
    /** The Material 3 baseline seed; its tonal-spot primary is #65558f (light) and #cfbdfe (dark). */
    static final String BASELINE_SEED = "#6750a4";

    private ThemeSection() {
    }

    static Column build(Page page) {
        StatusLine status = new StatusLine("theme");
        String[] seed = {"default"};
        Row seeds = new Row(
                seedButton(page, status, seed, "Seed purple", BASELINE_SEED),
                seedButton(page, status, seed, "Seed green", Colors.GREEN),
                seedButton(page, status, seed, "Seed orange", Colors.ORANGE),
                seedButton(page, status, seed, "Default seed", null)).wrap(true).spacing(8);
        Row modes = new Row(
                modeButton(page, status, seed, "Light theme", ThemeMode.LIGHT),
                modeButton(page, status, seed, "Dark theme", ThemeMode.DARK),
                modeButton(page, status, seed, "System theme", ThemeMode.SYSTEM)).wrap(true).spacing(8);
        Container darkBox = new Container(new Button("Dark box button"))
                .theme(new Theme().colorSchemeSeed(Colors.ORANGE)).themeMode(ThemeMode.DARK)
                .bgcolor(Colors.SURFACE).padding(12).borderRadius(12).key("dark-box");
        page.onPlatformBrightnessChange(e -> status.say("system brightness " + e.brightness()));
        return Gallery.section("Theme", status, seeds, modes, darkBox);
    }

    private static TextButton seedButton(Page page, StatusLine status, String[] seed, String label, String color) {
        return keyed(label, new TextButton(label, e -> {
            page.theme(color == null ? new Theme() : new Theme().colorSchemeSeed(color));
            seed[0] = color == null ? "default" : color;
            status.say(describe(page, seed[0]));
        }));
    }

    private static TextButton modeButton(Page page, StatusLine status, String[] seed, String label, ThemeMode mode) {
        return keyed(label, new TextButton(label, e -> {
            page.themeMode(mode);
            status.say(describe(page, seed[0]));
        }));
    }

    /** Keys the button by its label ("Seed purple" is "seed-purple"), so JVM tests find it. */
    private static TextButton keyed(String label, TextButton button) {
        return button.key(label.toLowerCase().replace(' ', '-'));
    }

    private static String describe(Page page, String seed) {
        return "theme: seed " + seed + ", mode " + page.themeMode().value();
    }
}
