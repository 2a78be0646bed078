package dev.jflet.core.types;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Material 3 colour roles that override the ones a theme computes from its seed: Flet's {@code ColorScheme}.
 * Immutable; each setter returns a copy, and only the roles that were set are sent, e.g.
 * {@code new ColorScheme().primary(Colors.PINK)} is {@code {primary: "pink"}}. Values are any colour Flet accepts.
 */
public final class ColorScheme extends SparseValue<ColorScheme> {
    /** The roles in the field order of Flet's dataclass, which is the order its encoder writes them. */
    static final List<String> ROLES = List.of(
            "primary", "on_primary", "primary_container", "on_primary_container", "secondary", "on_secondary",
            "secondary_container", "on_secondary_container", "tertiary", "on_tertiary", "tertiary_container",
            "on_tertiary_container", "error", "on_error", "error_container", "on_error_container", "surface",
            "on_surface", "on_surface_variant", "outline", "outline_variant", "shadow", "scrim", "inverse_surface",
            "on_inverse_surface", "inverse_primary", "surface_tint", "on_primary_fixed", "on_secondary_fixed",
            "on_tertiary_fixed", "on_primary_fixed_variant", "on_secondary_fixed_variant",
            "on_tertiary_fixed_variant", "primary_fixed", "secondary_fixed", "tertiary_fixed", "primary_fixed_dim",
            "secondary_fixed_dim", "surface_bright", "surface_container", "surface_container_high",
            "surface_container_highest", "surface_container_low", "surface_container_lowest", "surface_dim",
            "tertiary_fixed_dim");

    /** A scheme that overrides nothing. */
    public ColorScheme() {
        super(none());
    }

    private ColorScheme(Map<String, Object> fields) {
        super(fields);
    }

    @Override
    ColorScheme copy(Map<String, Object> fields) {
        return new ColorScheme(fields);
    }

    @Override
    String typeName() {
        return "ColorScheme";
    }

    @Override
    public Object toWire() {
        return toWire(ROLES);
    }

    /** The roles that were set, by wire name ({@code on_primary}), in Flet's order. */
    public Map<String, String> colors() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : toWire(ROLES).entrySet()) {
            m.put(e.getKey(), (String) e.getValue());
        }
        return Collections.unmodifiableMap(m);
    }

    /** Sets {@code primary}: the colour shown most across the app's screens and components. */
    public ColorScheme primary(String color) {
        return withColor("primary", color);
    }

    /** Sets {@code on_primary}: text and icons drawn on {@code primary}. */
    public ColorScheme onPrimary(String color) {
        return withColor("on_primary", color);
    }

    /** Sets {@code primary_container}: elements needing less emphasis than {@code primary}. */
    public ColorScheme primaryContainer(String color) {
        return withColor("primary_container", color);
    }

    /** Sets {@code on_primary_container}: text and icons drawn on {@code primary_container}. */
    public ColorScheme onPrimaryContainer(String color) {
        return withColor("on_primary_container", color);
    }

    /** Sets {@code secondary}: less prominent accents, such as filter chips. */
    public ColorScheme secondary(String color) {
        return withColor("secondary", color);
    }

    /** Sets {@code on_secondary}: text and icons drawn on {@code secondary}. */
    public ColorScheme onSecondary(String color) {
        return withColor("on_secondary", color);
    }

    /** Sets {@code secondary_container}: elements needing less emphasis than {@code secondary}. */
    public ColorScheme secondaryContainer(String color) {
        return withColor("secondary_container", color);
    }

    /** Sets {@code on_secondary_container}: text and icons drawn on {@code secondary_container}. */
    public ColorScheme onSecondaryContainer(String color) {
        return withColor("on_secondary_container", color);
    }

    /** Sets {@code tertiary}: contrasting accents that balance primary and secondary. */
    public ColorScheme tertiary(String color) {
        return withColor("tertiary", color);
    }

    /** Sets {@code on_tertiary}: text and icons drawn on {@code tertiary}. */
    public ColorScheme onTertiary(String color) {
        return withColor("on_tertiary", color);
    }

    /** Sets {@code tertiary_container}: elements needing less emphasis than {@code tertiary}. */
    public ColorScheme tertiaryContainer(String color) {
        return withColor("tertiary_container", color);
    }

    /** Sets {@code on_tertiary_container}: text and icons drawn on {@code tertiary_container}. */
    public ColorScheme onTertiaryContainer(String color) {
        return withColor("on_tertiary_container", color);
    }

    /** Sets {@code error}: input validation errors. */
    public ColorScheme error(String color) {
        return withColor("error", color);
    }

    /** Sets {@code on_error}: text and icons drawn on {@code error}. */
    public ColorScheme onError(String color) {
        return withColor("on_error", color);
    }

    /** Sets {@code error_container}: error elements needing less emphasis than {@code error}. */
    public ColorScheme errorContainer(String color) {
        return withColor("error_container", color);
    }

    /** Sets {@code on_error_container}: text and icons drawn on {@code error_container}. */
    public ColorScheme onErrorContainer(String color) {
        return withColor("on_error_container", color);
    }

    /** Sets {@code surface}: the background of the page and of cards. */
    public ColorScheme surface(String color) {
        return withColor("surface", color);
    }

    /** Sets {@code on_surface}: text and icons drawn on {@code surface}. */
    public ColorScheme onSurface(String color) {
        return withColor("on_surface", color);
    }

    /** Sets {@code on_surface_variant}: lower-emphasis text and icons drawn on surfaces. */
    public ColorScheme onSurfaceVariant(String color) {
        return withColor("on_surface_variant", color);
    }

    /** Sets {@code outline}: boundaries and emphasis, such as text field borders. */
    public ColorScheme outline(String color) {
        return withColor("outline", color);
    }

    /** Sets {@code outline_variant}: decorative boundaries, such as dividers. */
    public ColorScheme outlineVariant(String color) {
        return withColor("outline_variant", color);
    }

    /** Sets {@code shadow}: the drop shadows of elevated components. */
    public ColorScheme shadow(String color) {
        return withColor("shadow", color);
    }

    /** Sets {@code scrim}: the scrim behind modal components. */
    public ColorScheme scrim(String color) {
        return withColor("scrim", color);
    }

    /** Sets {@code inverse_surface}: surfaces that contrast with the rest of the UI, such as snack bars. */
    public ColorScheme inverseSurface(String color) {
        return withColor("inverse_surface", color);
    }

    /** Sets {@code on_inverse_surface}: text and icons drawn on {@code inverse_surface}. */
    public ColorScheme onInverseSurface(String color) {
        return withColor("on_inverse_surface", color);
    }

    /** Sets {@code inverse_primary}: accents drawn on {@code inverse_surface}, such as a snack bar's action. */
    public ColorScheme inversePrimary(String color) {
        return withColor("inverse_primary", color);
    }

    /** Sets {@code surface_tint}: the overlay that shows a surface's elevation. */
    public ColorScheme surfaceTint(String color) {
        return withColor("surface_tint", color);
    }

    /** Sets {@code on_primary_fixed}: text and icons drawn on {@code primary_fixed}. */
    public ColorScheme onPrimaryFixed(String color) {
        return withColor("on_primary_fixed", color);
    }

    /** Sets {@code on_secondary_fixed}: text and icons drawn on {@code secondary_fixed}. */
    public ColorScheme onSecondaryFixed(String color) {
        return withColor("on_secondary_fixed", color);
    }

    /** Sets {@code on_tertiary_fixed}: text and icons drawn on {@code tertiary_fixed}. */
    public ColorScheme onTertiaryFixed(String color) {
        return withColor("on_tertiary_fixed", color);
    }

    /** Sets {@code on_primary_fixed_variant}: lower-emphasis text and icons drawn on {@code primary_fixed}. */
    public ColorScheme onPrimaryFixedVariant(String color) {
        return withColor("on_primary_fixed_variant", color);
    }

    /** Sets {@code on_secondary_fixed_variant}: lower-emphasis text and icons drawn on {@code secondary_fixed}. */
    public ColorScheme onSecondaryFixedVariant(String color) {
        return withColor("on_secondary_fixed_variant", color);
    }

    /** Sets {@code on_tertiary_fixed_variant}: lower-emphasis text and icons drawn on {@code tertiary_fixed}. */
    public ColorScheme onTertiaryFixedVariant(String color) {
        return withColor("on_tertiary_fixed_variant", color);
    }

    /** Sets {@code primary_fixed}: a primary container that stays the same in light and dark. */
    public ColorScheme primaryFixed(String color) {
        return withColor("primary_fixed", color);
    }

    /** Sets {@code secondary_fixed}: a secondary container that stays the same in light and dark. */
    public ColorScheme secondaryFixed(String color) {
        return withColor("secondary_fixed", color);
    }

    /** Sets {@code tertiary_fixed}: a tertiary container that stays the same in light and dark. */
    public ColorScheme tertiaryFixed(String color) {
        return withColor("tertiary_fixed", color);
    }

    /** Sets {@code primary_fixed_dim}: elements needing more emphasis than {@code primary_fixed}. */
    public ColorScheme primaryFixedDim(String color) {
        return withColor("primary_fixed_dim", color);
    }

    /** Sets {@code secondary_fixed_dim}: elements needing more emphasis than {@code secondary_fixed}. */
    public ColorScheme secondaryFixedDim(String color) {
        return withColor("secondary_fixed_dim", color);
    }

    /** Sets {@code surface_bright}: the lightest surface in either brightness. */
    public ColorScheme surfaceBright(String color) {
        return withColor("surface_bright", color);
    }

    /** Sets {@code surface_container}: a distinct area within the surface. */
    public ColorScheme surfaceContainer(String color) {
        return withColor("surface_container", color);
    }

    /** Sets {@code surface_container_high}: a surface container with more emphasis. */
    public ColorScheme surfaceContainerHigh(String color) {
        return withColor("surface_container_high", color);
    }

    /** Sets {@code surface_container_highest}: the surface container with the most emphasis. */
    public ColorScheme surfaceContainerHighest(String color) {
        return withColor("surface_container_highest", color);
    }

    /** Sets {@code surface_container_low}: a surface container with less emphasis. */
    public ColorScheme surfaceContainerLow(String color) {
        return withColor("surface_container_low", color);
    }

    /** Sets {@code surface_container_lowest}: the surface container with the least emphasis. */
    public ColorScheme surfaceContainerLowest(String color) {
        return withColor("surface_container_lowest", color);
    }

    /** Sets {@code surface_dim}: the darkest surface in either brightness. */
    public ColorScheme surfaceDim(String color) {
        return withColor("surface_dim", color);
    }

    /** Sets {@code tertiary_fixed_dim}: elements needing more emphasis than {@code tertiary_fixed}. */
    public ColorScheme tertiaryFixedDim(String color) {
        return withColor("tertiary_fixed_dim", color);
    }

}
