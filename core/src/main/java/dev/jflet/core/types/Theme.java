package dev.jflet.core.types;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The look of the app, or of a Container's subtree: Flet's {@code Theme}. Immutable; each setter returns a copy:
 * {@code new Theme().colorSchemeSeed(Colors.GREEN).fontFamily("Georgia")}.
 *
 * <p>The renderer computes the Material 3 colour roles from the seed (as Flutter's {@code ColorScheme.fromSeed},
 * tonal spot) for light and dark, then applies the {@link ColorScheme} overrides on top. Without a seed the
 * scheme comes from Flet's default seed, blue.
 *
 * <p>On the wire it is the map Flet's encoder makes of its {@code Theme} dataclass: the fields that were set, in
 * Flet's field order, plus {@code page_transitions: {}}, a nested dataclass Flet always writes.
 */
public final class Theme extends SparseValue<Theme> {
    private static final List<String> FIELDS = List.of("color_scheme_seed", "font_family", "use_material3",
            "color_scheme");

    /** A theme that sets nothing: Flet's defaults (seed blue, Roboto, Material 3). */
    public Theme() {
        super(none());
    }

    private Theme(Map<String, Object> fields) {
        super(fields);
    }

    @Override
    Theme copy(Map<String, Object> fields) {
        return new Theme(fields);
    }

    @Override
    String typeName() {
        return "Theme";
    }

    @Override
    public Object toWire() {
        Map<String, Object> m = toWire(FIELDS);
        // Flet's page_transitions has a default_factory, so its encoder always writes it (empty), after these.
        m.put("page_transitions", Map.of());
        return m;
    }

    /** Sets the colour the whole scheme is computed from, e.g. {@code Colors.GREEN} or {@code "#6750a4"}. */
    public Theme colorSchemeSeed(String color) {
        return withColor("color_scheme_seed", color);
    }

    /** The seed colour, if one was set. */
    public Optional<String> colorSchemeSeed() {
        return string("color_scheme_seed");
    }

    /** Sets the font of all text, e.g. {@code "Georgia"}; Roboto stays the fallback. */
    public Theme fontFamily(String family) {
        if (family == null || family.isBlank()) {
            throw new IllegalArgumentException("Theme.font_family must name a font, e.g. \"Georgia\": "
                    + (family == null ? "null" : "\"" + family + "\""));
        }
        return with("font_family", family);
    }

    /** The font family, if one was set. */
    public Optional<String> fontFamily() {
        return string("font_family");
    }

    /** Sets whether Material 3 is used; the renderer draws Material 3 only, so {@code false} changes nothing. */
    public Theme useMaterial3(boolean on) {
        return with("use_material3", on);
    }

    /** Whether Material 3 is used: {@code true} unless set otherwise, as in Flet. */
    public boolean useMaterial3() {
        Object v = field("use_material3");
        return v == null || (Boolean) v;
    }

    /** Sets colour roles that override the ones computed from the seed. */
    public Theme colorScheme(ColorScheme scheme) {
        if (scheme == null) {
            throw new IllegalArgumentException("Theme.color_scheme must not be null; use new ColorScheme()");
        }
        return with("color_scheme", scheme);
    }

    /** The colour role overrides, if any were set. */
    public Optional<ColorScheme> colorScheme() {
        return Optional.ofNullable((ColorScheme) field("color_scheme"));
    }
}
