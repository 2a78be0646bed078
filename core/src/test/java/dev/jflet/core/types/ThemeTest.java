package dev.jflet.core.types;

import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.testing.SentFrame;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Theme, ColorScheme and ThemeMode on the wire, as Flet's encoder writes its dataclasses (flet-protocol.md §2.5). */
class ThemeTest {
    @Test
    void theme_seedOnly_sendsSeedAndTheEmptyPageTransitions() {
        Object wire = new Theme().colorSchemeSeed(Colors.GREEN).toWire();

        assertEquals(Map.of("color_scheme_seed", "green", "page_transitions", Map.of()), wire);
        assertEquals(List.of("color_scheme_seed", "page_transitions"), keys(wire));
    }

    @Test
    void theme_nothingSet_sendsOnlyPageTransitions() {
        assertEquals(Map.of("page_transitions", Map.of()), new Theme().toWire());
    }

    @Test
    void theme_fieldsSetInAnyOrder_keysFollowFletFieldOrder() {
        Theme theme = new Theme().colorScheme(new ColorScheme().primary(Colors.PINK)).useMaterial3(false)
                .fontFamily("Georgia").colorSchemeSeed("#6750a4");

        Object wire = theme.toWire();

        assertEquals(List.of("color_scheme_seed", "font_family", "use_material3", "color_scheme", "page_transitions"),
                keys(wire));
        assertEquals(Map.of("color_scheme_seed", "#6750a4", "font_family", "Georgia", "use_material3", false,
                "color_scheme", Map.of("primary", "pink"), "page_transitions", Map.of()), wire);
    }

    @Test
    void colorScheme_rolesSetInAnyOrder_sendsOnlyThoseInFletOrder() {
        ColorScheme scheme = new ColorScheme().tertiaryFixedDim("#112233").surface("white").onPrimary("black")
                .primary("indigo").surfaceContainerHighest("grey200").onSurfaceVariant("bluegrey700");

        assertEquals(List.of("primary", "on_primary", "surface", "on_surface_variant", "surface_container_highest",
                "tertiary_fixed_dim"), keys(scheme.toWire()));
        assertEquals("indigo", scheme.colors().get("primary"));
        assertEquals(6, scheme.colors().size());
    }

    @Test
    void colorScheme_everyRole_hasASetterWritingItsWireName() throws Exception {
        ColorScheme scheme = new ColorScheme();
        for (String role : ColorScheme.ROLES) {
            String setter = camel(role);
            scheme = (ColorScheme) ColorScheme.class.getMethod(setter, String.class).invoke(scheme, "#0" + role.length());
        }
        assertEquals(ColorScheme.ROLES, keys(scheme.toWire()));
        assertEquals(46, ColorScheme.ROLES.size());
    }

    @Test
    void values_areImmutableAndCompareByContent() {
        Theme base = new Theme().colorSchemeSeed("green");
        Theme changed = base.fontFamily("Georgia");

        assertFalse(base.fontFamily().isPresent());
        assertEquals("Georgia", changed.fontFamily().orElseThrow());
        assertEquals(base, new Theme().colorSchemeSeed("green"));
        assertTrue(base.useMaterial3());
        assertFalse(base.useMaterial3(false).useMaterial3());
    }

    @Test
    void badValues_areRejectedNamingTheFieldAndTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ColorScheme().onPrimary(" "));
        assertEquals("ColorScheme.on_primary must be a colour such as \"pink\" or \"#ff336699\": \" \"", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Theme().colorSchemeSeed(null));
        assertEquals("Theme.color_scheme_seed must be a colour such as \"pink\" or \"#ff336699\": null", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Theme().fontFamily(""));
        assertEquals("Theme.font_family must name a font, e.g. \"Georgia\": \"\"", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ThemeMode.of("blue"));
        assertEquals("theme mode must be system, light or dark: blue", e.getMessage());
    }

    @Test
    void page_themeAndMode_reachTheClientAsFletWritesThem() {
        Theme light = new Theme().colorSchemeSeed(Colors.INDIGO);
        Theme dark = new Theme().colorSchemeSeed(Colors.TEAL).colorScheme(new ColorScheme().primary("#ff0000"));
        AppTester t = AppTester.start(page -> page.theme(light).darkTheme(dark).themeMode(ThemeMode.DARK));

        Map<String, Object> page = t.client().page();
        assertEquals(Map.of("color_scheme_seed", "indigo", "page_transitions", Map.of()), page.get("theme"));
        assertEquals(Map.of("color_scheme_seed", "teal", "color_scheme", Map.of("primary", "#ff0000"),
                "page_transitions", Map.of()), page.get("dark_theme"));
        assertEquals("dark", page.get("theme_mode"));
        assertEquals(ThemeMode.DARK, t.page().themeMode());
        assertEquals(light, t.page().theme().orElseThrow());
        t.assertClientInSync();
    }

    @Test
    void page_themeReplaced_sendsOneReplaceOfTheWholeValue() {
        AppTester t = AppTester.start(page -> page.theme(new Theme().colorSchemeSeed("green")));
        t.clearFrames();

        t.page().theme(new Theme().colorSchemeSeed("orange"));
        t.page().themeMode(ThemeMode.SYSTEM);
        t.page().update();

        List<SentFrame> patches = t.frames(Action.PATCH_CONTROL);
        assertEquals(1, patches.size(), patches.toString());
        assertEquals(List.of(List.of(0), List.of(0, 0, "theme", Map.of("color_scheme_seed", "orange",
                "page_transitions", Map.of()))), patches.get(0).get("patch"));
        assertEquals(Map.of("color_scheme_seed", "orange", "page_transitions", Map.of()),
                t.client().page().get("theme"));
        t.assertClientInSync();
    }

    @Test
    void page_themeModeDefault_isNotSent() {
        AppTester t = AppTester.start(page -> page.add(new Text("x")));

        assertFalse(t.client().page().containsKey("theme_mode"));
        assertEquals(ThemeMode.SYSTEM, t.page().themeMode());
        assertThrows(IllegalArgumentException.class, () -> t.page().theme(null));
    }

    @Test
    void container_subtreeTheme_sendsThemeDarkThemeAndMode() {
        Container box = new Container(new Text("inside")).theme(new Theme().colorSchemeSeed("indigo"))
                .darkTheme(new Theme().colorScheme(new ColorScheme().primary("amber"))).themeMode(ThemeMode.LIGHT);
        AppTester t = AppTester.start(page -> page.add(box));

        Map<String, Object> sent = t.client().control(box);
        assertEquals(Map.of("color_scheme_seed", "indigo", "page_transitions", Map.of()), sent.get("theme"));
        assertEquals(Map.of("color_scheme", Map.of("primary", "amber"), "page_transitions", Map.of()),
                sent.get("dark_theme"));
        assertEquals("light", sent.get("theme_mode"));
        assertEquals(ThemeMode.LIGHT, box.themeMode().orElseThrow());
        t.assertClientInSync();
    }

    private static List<Object> keys(Object wireMap) {
        return new ArrayList<>(((Map<?, ?>) wireMap).keySet());
    }

    private static String camel(String wireName) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : wireName.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }
}
