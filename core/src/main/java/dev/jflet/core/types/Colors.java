package dev.jflet.core.types;

/**
 * Named colors, exactly as Flet sends them on the wire: theme roles ({@code "primary"}), Material swatches
 * ({@code "red"}, {@code "red100"}, {@code "redaccent200"}) and black/white with opacity ({@code "black26"}).
 *
 * <p>Colors are plain strings, so any other form the client understands works too: {@code "#ff336699"},
 * {@code "0xff336699"}, or {@link #withOpacity(double, String)} (flet-protocol.md §2.6).
 */
public final class Colors {
    // Theme color scheme roles.
    public static final String PRIMARY = "primary";
    public static final String ON_PRIMARY = "onprimary";
    public static final String PRIMARY_CONTAINER = "primarycontainer";
    public static final String ON_PRIMARY_CONTAINER = "onprimarycontainer";
    public static final String SECONDARY = "secondary";
    public static final String ON_SECONDARY = "onsecondary";
    public static final String SECONDARY_CONTAINER = "secondarycontainer";
    public static final String ON_SECONDARY_CONTAINER = "onsecondarycontainer";
    public static final String TERTIARY = "tertiary";
    public static final String ON_TERTIARY = "ontertiary";
    public static final String TERTIARY_CONTAINER = "tertiarycontainer";
    public static final String ON_TERTIARY_CONTAINER = "ontertiarycontainer";
    public static final String ERROR = "error";
    public static final String ON_ERROR = "onerror";
    public static final String ERROR_CONTAINER = "errorcontainer";
    public static final String ON_ERROR_CONTAINER = "onerrorcontainer";
    public static final String OUTLINE = "outline";
    public static final String OUTLINE_VARIANT = "outlinevariant";
    public static final String SURFACE = "surface";
    public static final String ON_SURFACE = "onsurface";
    public static final String SURFACE_TINT = "surfacetint";
    public static final String SURFACE_CONTAINER_HIGHEST = "surfaceContainerHighest";
    public static final String ON_SURFACE_VARIANT = "onsurfacevariant";
    public static final String INVERSE_SURFACE = "inversesurface";
    public static final String ON_INVERSE_SURFACE = "oninversesurface";
    public static final String INVERSE_PRIMARY = "inverseprimary";
    public static final String SHADOW = "shadow";
    public static final String SCRIM = "scrim";

    // Black and white, with the opacities Flutter names (black26 is black at 26 %).
    public static final String WHITE = "white";
    public static final String WHITE10 = "white10";
    public static final String WHITE12 = "white12";
    public static final String WHITE24 = "white24";
    public static final String WHITE30 = "white30";
    public static final String WHITE38 = "white38";
    public static final String WHITE54 = "white54";
    public static final String WHITE60 = "white60";
    public static final String WHITE70 = "white70";
    public static final String BLACK = "black";
    public static final String BLACK12 = "black12";
    public static final String BLACK26 = "black26";
    public static final String BLACK38 = "black38";
    public static final String BLACK45 = "black45";
    public static final String BLACK54 = "black54";
    public static final String BLACK87 = "black87";
    public static final String TRANSPARENT = "transparent";

    // red swatch and its accents.
    public static final String RED = "red";
    public static final String RED_50 = "red50";
    public static final String RED_100 = "red100";
    public static final String RED_200 = "red200";
    public static final String RED_300 = "red300";
    public static final String RED_400 = "red400";
    public static final String RED_500 = "red500";
    public static final String RED_600 = "red600";
    public static final String RED_700 = "red700";
    public static final String RED_800 = "red800";
    public static final String RED_900 = "red900";
    public static final String RED_ACCENT = "redaccent";
    public static final String RED_ACCENT_100 = "redaccent100";
    public static final String RED_ACCENT_200 = "redaccent200";
    public static final String RED_ACCENT_400 = "redaccent400";
    public static final String RED_ACCENT_700 = "redaccent700";

    // pink swatch and its accents.
    public static final String PINK = "pink";
    public static final String PINK_50 = "pink50";
    public static final String PINK_100 = "pink100";
    public static final String PINK_200 = "pink200";
    public static final String PINK_300 = "pink300";
    public static final String PINK_400 = "pink400";
    public static final String PINK_500 = "pink500";
    public static final String PINK_600 = "pink600";
    public static final String PINK_700 = "pink700";
    public static final String PINK_800 = "pink800";
    public static final String PINK_900 = "pink900";
    public static final String PINK_ACCENT = "pinkaccent";
    public static final String PINK_ACCENT_100 = "pinkaccent100";
    public static final String PINK_ACCENT_200 = "pinkaccent200";
    public static final String PINK_ACCENT_400 = "pinkaccent400";
    public static final String PINK_ACCENT_700 = "pinkaccent700";

    // purple swatch and its accents.
    public static final String PURPLE = "purple";
    public static final String PURPLE_50 = "purple50";
    public static final String PURPLE_100 = "purple100";
    public static final String PURPLE_200 = "purple200";
    public static final String PURPLE_300 = "purple300";
    public static final String PURPLE_400 = "purple400";
    public static final String PURPLE_500 = "purple500";
    public static final String PURPLE_600 = "purple600";
    public static final String PURPLE_700 = "purple700";
    public static final String PURPLE_800 = "purple800";
    public static final String PURPLE_900 = "purple900";
    public static final String PURPLE_ACCENT = "purpleaccent";
    public static final String PURPLE_ACCENT_100 = "purpleaccent100";
    public static final String PURPLE_ACCENT_200 = "purpleaccent200";
    public static final String PURPLE_ACCENT_400 = "purpleaccent400";
    public static final String PURPLE_ACCENT_700 = "purpleaccent700";

    // deeppurple swatch and its accents.
    public static final String DEEP_PURPLE = "deeppurple";
    public static final String DEEP_PURPLE_50 = "deeppurple50";
    public static final String DEEP_PURPLE_100 = "deeppurple100";
    public static final String DEEP_PURPLE_200 = "deeppurple200";
    public static final String DEEP_PURPLE_300 = "deeppurple300";
    public static final String DEEP_PURPLE_400 = "deeppurple400";
    public static final String DEEP_PURPLE_500 = "deeppurple500";
    public static final String DEEP_PURPLE_600 = "deeppurple600";
    public static final String DEEP_PURPLE_700 = "deeppurple700";
    public static final String DEEP_PURPLE_800 = "deeppurple800";
    public static final String DEEP_PURPLE_900 = "deeppurple900";
    public static final String DEEP_PURPLE_ACCENT = "deeppurpleaccent";
    public static final String DEEP_PURPLE_ACCENT_100 = "deeppurpleaccent100";
    public static final String DEEP_PURPLE_ACCENT_200 = "deeppurpleaccent200";
    public static final String DEEP_PURPLE_ACCENT_400 = "deeppurpleaccent400";
    public static final String DEEP_PURPLE_ACCENT_700 = "deeppurpleaccent700";

    // indigo swatch and its accents.
    public static final String INDIGO = "indigo";
    public static final String INDIGO_50 = "indigo50";
    public static final String INDIGO_100 = "indigo100";
    public static final String INDIGO_200 = "indigo200";
    public static final String INDIGO_300 = "indigo300";
    public static final String INDIGO_400 = "indigo400";
    public static final String INDIGO_500 = "indigo500";
    public static final String INDIGO_600 = "indigo600";
    public static final String INDIGO_700 = "indigo700";
    public static final String INDIGO_800 = "indigo800";
    public static final String INDIGO_900 = "indigo900";
    public static final String INDIGO_ACCENT = "indigoaccent";
    public static final String INDIGO_ACCENT_100 = "indigoaccent100";
    public static final String INDIGO_ACCENT_200 = "indigoaccent200";
    public static final String INDIGO_ACCENT_400 = "indigoaccent400";
    public static final String INDIGO_ACCENT_700 = "indigoaccent700";

    // blue swatch and its accents.
    public static final String BLUE = "blue";
    public static final String BLUE_50 = "blue50";
    public static final String BLUE_100 = "blue100";
    public static final String BLUE_200 = "blue200";
    public static final String BLUE_300 = "blue300";
    public static final String BLUE_400 = "blue400";
    public static final String BLUE_500 = "blue500";
    public static final String BLUE_600 = "blue600";
    public static final String BLUE_700 = "blue700";
    public static final String BLUE_800 = "blue800";
    public static final String BLUE_900 = "blue900";
    public static final String BLUE_ACCENT = "blueaccent";
    public static final String BLUE_ACCENT_100 = "blueaccent100";
    public static final String BLUE_ACCENT_200 = "blueaccent200";
    public static final String BLUE_ACCENT_400 = "blueaccent400";
    public static final String BLUE_ACCENT_700 = "blueaccent700";

    // lightblue swatch and its accents.
    public static final String LIGHT_BLUE = "lightblue";
    public static final String LIGHT_BLUE_50 = "lightblue50";
    public static final String LIGHT_BLUE_100 = "lightblue100";
    public static final String LIGHT_BLUE_200 = "lightblue200";
    public static final String LIGHT_BLUE_300 = "lightblue300";
    public static final String LIGHT_BLUE_400 = "lightblue400";
    public static final String LIGHT_BLUE_500 = "lightblue500";
    public static final String LIGHT_BLUE_600 = "lightblue600";
    public static final String LIGHT_BLUE_700 = "lightblue700";
    public static final String LIGHT_BLUE_800 = "lightblue800";
    public static final String LIGHT_BLUE_900 = "lightblue900";
    public static final String LIGHT_BLUE_ACCENT = "lightblueaccent";
    public static final String LIGHT_BLUE_ACCENT_100 = "lightblueaccent100";
    public static final String LIGHT_BLUE_ACCENT_200 = "lightblueaccent200";
    public static final String LIGHT_BLUE_ACCENT_400 = "lightblueaccent400";
    public static final String LIGHT_BLUE_ACCENT_700 = "lightblueaccent700";

    // cyan swatch and its accents.
    public static final String CYAN = "cyan";
    public static final String CYAN_50 = "cyan50";
    public static final String CYAN_100 = "cyan100";
    public static final String CYAN_200 = "cyan200";
    public static final String CYAN_300 = "cyan300";
    public static final String CYAN_400 = "cyan400";
    public static final String CYAN_500 = "cyan500";
    public static final String CYAN_600 = "cyan600";
    public static final String CYAN_700 = "cyan700";
    public static final String CYAN_800 = "cyan800";
    public static final String CYAN_900 = "cyan900";
    public static final String CYAN_ACCENT = "cyanaccent";
    public static final String CYAN_ACCENT_100 = "cyanaccent100";
    public static final String CYAN_ACCENT_200 = "cyanaccent200";
    public static final String CYAN_ACCENT_400 = "cyanaccent400";
    public static final String CYAN_ACCENT_700 = "cyanaccent700";

    // teal swatch and its accents.
    public static final String TEAL = "teal";
    public static final String TEAL_50 = "teal50";
    public static final String TEAL_100 = "teal100";
    public static final String TEAL_200 = "teal200";
    public static final String TEAL_300 = "teal300";
    public static final String TEAL_400 = "teal400";
    public static final String TEAL_500 = "teal500";
    public static final String TEAL_600 = "teal600";
    public static final String TEAL_700 = "teal700";
    public static final String TEAL_800 = "teal800";
    public static final String TEAL_900 = "teal900";
    public static final String TEAL_ACCENT = "tealaccent";
    public static final String TEAL_ACCENT_100 = "tealaccent100";
    public static final String TEAL_ACCENT_200 = "tealaccent200";
    public static final String TEAL_ACCENT_400 = "tealaccent400";
    public static final String TEAL_ACCENT_700 = "tealaccent700";

    // green swatch and its accents.
    public static final String GREEN = "green";
    public static final String GREEN_50 = "green50";
    public static final String GREEN_100 = "green100";
    public static final String GREEN_200 = "green200";
    public static final String GREEN_300 = "green300";
    public static final String GREEN_400 = "green400";
    public static final String GREEN_500 = "green500";
    public static final String GREEN_600 = "green600";
    public static final String GREEN_700 = "green700";
    public static final String GREEN_800 = "green800";
    public static final String GREEN_900 = "green900";
    public static final String GREEN_ACCENT = "greenaccent";
    public static final String GREEN_ACCENT_100 = "greenaccent100";
    public static final String GREEN_ACCENT_200 = "greenaccent200";
    public static final String GREEN_ACCENT_400 = "greenaccent400";
    public static final String GREEN_ACCENT_700 = "greenaccent700";

    // lightgreen swatch and its accents.
    public static final String LIGHT_GREEN = "lightgreen";
    public static final String LIGHT_GREEN_50 = "lightgreen50";
    public static final String LIGHT_GREEN_100 = "lightgreen100";
    public static final String LIGHT_GREEN_200 = "lightgreen200";
    public static final String LIGHT_GREEN_300 = "lightgreen300";
    public static final String LIGHT_GREEN_400 = "lightgreen400";
    public static final String LIGHT_GREEN_500 = "lightgreen500";
    public static final String LIGHT_GREEN_600 = "lightgreen600";
    public static final String LIGHT_GREEN_700 = "lightgreen700";
    public static final String LIGHT_GREEN_800 = "lightgreen800";
    public static final String LIGHT_GREEN_900 = "lightgreen900";
    public static final String LIGHT_GREEN_ACCENT = "lightgreenaccent";
    public static final String LIGHT_GREEN_ACCENT_100 = "lightgreenaccent100";
    public static final String LIGHT_GREEN_ACCENT_200 = "lightgreenaccent200";
    public static final String LIGHT_GREEN_ACCENT_400 = "lightgreenaccent400";
    public static final String LIGHT_GREEN_ACCENT_700 = "lightgreenaccent700";

    // lime swatch and its accents.
    public static final String LIME = "lime";
    public static final String LIME_50 = "lime50";
    public static final String LIME_100 = "lime100";
    public static final String LIME_200 = "lime200";
    public static final String LIME_300 = "lime300";
    public static final String LIME_400 = "lime400";
    public static final String LIME_500 = "lime500";
    public static final String LIME_600 = "lime600";
    public static final String LIME_700 = "lime700";
    public static final String LIME_800 = "lime800";
    public static final String LIME_900 = "lime900";
    public static final String LIME_ACCENT = "limeaccent";
    public static final String LIME_ACCENT_100 = "limeaccent100";
    public static final String LIME_ACCENT_200 = "limeaccent200";
    public static final String LIME_ACCENT_400 = "limeaccent400";
    public static final String LIME_ACCENT_700 = "limeaccent700";

    // yellow swatch and its accents.
    public static final String YELLOW = "yellow";
    public static final String YELLOW_50 = "yellow50";
    public static final String YELLOW_100 = "yellow100";
    public static final String YELLOW_200 = "yellow200";
    public static final String YELLOW_300 = "yellow300";
    public static final String YELLOW_400 = "yellow400";
    public static final String YELLOW_500 = "yellow500";
    public static final String YELLOW_600 = "yellow600";
    public static final String YELLOW_700 = "yellow700";
    public static final String YELLOW_800 = "yellow800";
    public static final String YELLOW_900 = "yellow900";
    public static final String YELLOW_ACCENT = "yellowaccent";
    public static final String YELLOW_ACCENT_100 = "yellowaccent100";
    public static final String YELLOW_ACCENT_200 = "yellowaccent200";
    public static final String YELLOW_ACCENT_400 = "yellowaccent400";
    public static final String YELLOW_ACCENT_700 = "yellowaccent700";

    // amber swatch and its accents.
    public static final String AMBER = "amber";
    public static final String AMBER_50 = "amber50";
    public static final String AMBER_100 = "amber100";
    public static final String AMBER_200 = "amber200";
    public static final String AMBER_300 = "amber300";
    public static final String AMBER_400 = "amber400";
    public static final String AMBER_500 = "amber500";
    public static final String AMBER_600 = "amber600";
    public static final String AMBER_700 = "amber700";
    public static final String AMBER_800 = "amber800";
    public static final String AMBER_900 = "amber900";
    public static final String AMBER_ACCENT = "amberaccent";
    public static final String AMBER_ACCENT_100 = "amberaccent100";
    public static final String AMBER_ACCENT_200 = "amberaccent200";
    public static final String AMBER_ACCENT_400 = "amberaccent400";
    public static final String AMBER_ACCENT_700 = "amberaccent700";

    // orange swatch and its accents.
    public static final String ORANGE = "orange";
    public static final String ORANGE_50 = "orange50";
    public static final String ORANGE_100 = "orange100";
    public static final String ORANGE_200 = "orange200";
    public static final String ORANGE_300 = "orange300";
    public static final String ORANGE_400 = "orange400";
    public static final String ORANGE_500 = "orange500";
    public static final String ORANGE_600 = "orange600";
    public static final String ORANGE_700 = "orange700";
    public static final String ORANGE_800 = "orange800";
    public static final String ORANGE_900 = "orange900";
    public static final String ORANGE_ACCENT = "orangeaccent";
    public static final String ORANGE_ACCENT_100 = "orangeaccent100";
    public static final String ORANGE_ACCENT_200 = "orangeaccent200";
    public static final String ORANGE_ACCENT_400 = "orangeaccent400";
    public static final String ORANGE_ACCENT_700 = "orangeaccent700";

    // deeporange swatch and its accents.
    public static final String DEEP_ORANGE = "deeporange";
    public static final String DEEP_ORANGE_50 = "deeporange50";
    public static final String DEEP_ORANGE_100 = "deeporange100";
    public static final String DEEP_ORANGE_200 = "deeporange200";
    public static final String DEEP_ORANGE_300 = "deeporange300";
    public static final String DEEP_ORANGE_400 = "deeporange400";
    public static final String DEEP_ORANGE_500 = "deeporange500";
    public static final String DEEP_ORANGE_600 = "deeporange600";
    public static final String DEEP_ORANGE_700 = "deeporange700";
    public static final String DEEP_ORANGE_800 = "deeporange800";
    public static final String DEEP_ORANGE_900 = "deeporange900";
    public static final String DEEP_ORANGE_ACCENT = "deeporangeaccent";
    public static final String DEEP_ORANGE_ACCENT_100 = "deeporangeaccent100";
    public static final String DEEP_ORANGE_ACCENT_200 = "deeporangeaccent200";
    public static final String DEEP_ORANGE_ACCENT_400 = "deeporangeaccent400";
    public static final String DEEP_ORANGE_ACCENT_700 = "deeporangeaccent700";

    // brown swatch.
    public static final String BROWN = "brown";
    public static final String BROWN_50 = "brown50";
    public static final String BROWN_100 = "brown100";
    public static final String BROWN_200 = "brown200";
    public static final String BROWN_300 = "brown300";
    public static final String BROWN_400 = "brown400";
    public static final String BROWN_500 = "brown500";
    public static final String BROWN_600 = "brown600";
    public static final String BROWN_700 = "brown700";
    public static final String BROWN_800 = "brown800";
    public static final String BROWN_900 = "brown900";

    // grey swatch.
    public static final String GREY = "grey";
    public static final String GREY_50 = "grey50";
    public static final String GREY_100 = "grey100";
    public static final String GREY_200 = "grey200";
    public static final String GREY_300 = "grey300";
    public static final String GREY_400 = "grey400";
    public static final String GREY_500 = "grey500";
    public static final String GREY_600 = "grey600";
    public static final String GREY_700 = "grey700";
    public static final String GREY_800 = "grey800";
    public static final String GREY_900 = "grey900";

    // bluegrey swatch.
    public static final String BLUE_GREY = "bluegrey";
    public static final String BLUE_GREY_50 = "bluegrey50";
    public static final String BLUE_GREY_100 = "bluegrey100";
    public static final String BLUE_GREY_200 = "bluegrey200";
    public static final String BLUE_GREY_300 = "bluegrey300";
    public static final String BLUE_GREY_400 = "bluegrey400";
    public static final String BLUE_GREY_500 = "bluegrey500";
    public static final String BLUE_GREY_600 = "bluegrey600";
    public static final String BLUE_GREY_700 = "bluegrey700";
    public static final String BLUE_GREY_800 = "bluegrey800";
    public static final String BLUE_GREY_900 = "bluegrey900";

    private Colors() {
    }

    /**
     * Returns {@code color} at {@code opacity}, from 0.0 to 1.0: {@code withOpacity(0.5, BLUE)} is {@code "blue,0.5"}.
     *
     * @throws IllegalArgumentException if the opacity is outside 0.0..1.0
     */
    public static String withOpacity(double opacity, String color) {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be between 0.0 and 1.0: " + opacity);
        }
        if (color == null || color.isEmpty()) {
            throw new IllegalArgumentException("color must not be empty");
        }
        // Double.toString gives Python's repr for the usual opacities: 0.5 -> "0.5", 1.0 -> "1.0".
        return color + "," + opacity;
    }
}
