package dev.jflet.core.types;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Wire forms of the value types (flet-protocol.md §2.6; value_types transcript). */
class ValueTypesTest {
    @Test
    void insets_leaveZeroSidesOut_andMarginIsNotPadding() {
        assertEquals(Map.of("top", 2.0, "bottom", 2.0), Margin.symmetric(0, 2).toWire());
        assertEquals(Map.of("left", 3.0, "top", 6.0), Padding.only(3, 6, 0, 0).toWire());
        assertEquals(Map.of(), Margin.ZERO.toWire());
        assertNotEquals(Padding.all(4), Margin.all(4));
        assertEquals(Margin.all(4), Margin.only(4, 4, 4, 4));
    }

    @Test
    void alignment_alwaysSendsBothAxes() {
        assertEquals(Map.of("x", 0.0, "y", 0.0), Alignment.CENTER.toWire());
        assertEquals(Map.of("x", -1.0, "y", 1.0), Alignment.BOTTOM_LEFT.toWire());
        assertEquals(new Alignment(0.5, -0.5), new Alignment(0.5, -0.5));
    }

    @Test
    void borderRadius_alwaysSendsAllCorners() {
        assertEquals(Map.of("top_left", 4.0, "top_right", 0.0, "bottom_left", 0.0, "bottom_right", 12.0),
                BorderRadius.only(4, 0, 0, 12).toWire());
    }

    @Test
    void borderSide_leavesDefaultsOut() {
        assertEquals(Map.of("color", "#00ff00"), new BorderSide(1, "#00ff00").toWire());
        assertEquals(Map.of("width", 0.0, "style", "none"), BorderSide.none().toWire());
        assertEquals(Map.of("width", 2.0, "stroke_align", 0.0), new BorderSide(2).strokeAlign(0).toWire());
        assertThrows(IllegalArgumentException.class, () -> new BorderSide(-1));
    }

    @Test
    void border_sendsAllFourSides() {
        Border b = Border.NONE.top(new BorderSide(3, "red"));
        assertEquals(Map.of("top", Map.of("width", 3.0, "color", "red"),
                "right", Map.of("width", 0.0, "style", "none"),
                "bottom", Map.of("width", 0.0, "style", "none"),
                "left", Map.of("width", 0.0, "style", "none")), b.toWire());
        assertEquals(Border.all(2, "bluegrey"), Border.only(new BorderSide(2, "bluegrey"),
                new BorderSide(2, "bluegrey"), new BorderSide(2, "bluegrey"), new BorderSide(2, "bluegrey")));
    }

    @Test
    void textStyle_isImmutable_andSendsWhatWasSet() {
        TextStyle base = new TextStyle().size(18);
        TextStyle bold = base.weight(FontWeight.W_600).italic(true);
        assertEquals(Map.of("size", 18.0), base.toWire());
        assertEquals(Map.of("size", 18.0, "weight", "w600", "italic", true), bold.toWire());
        assertEquals("w600", bold.weight().orElseThrow());
        assertEquals(bold, new TextStyle().size(18).weight(FontWeight.W_600).italic(true));
    }

    @Test
    void tooltip_nestsItsDuration() {
        assertEquals(Map.of("message", "Rich", "wait_duration", Map.of("seconds", 1)),
                new Tooltip("Rich").waitDuration(Duration.ofSeconds(1)).toWire());
        assertThrows(NullPointerException.class, () -> new Tooltip(null));
    }

    @Test
    void gradient_alwaysSendsBeginAndEnd() {
        assertEquals(Map.of("colors", List.of("pink", "purple"), "_type", "linear",
                "begin", Map.of("x", -1.0, "y", 0.0), "end", Map.of("x", 1.0, "y", 0.0)),
                new LinearGradient(Colors.PINK, Colors.PURPLE).toWire());
        assertEquals(List.of(0.0, 1.0), ((Map<?, ?>) new LinearGradient("red", "blue").stops(0, 1).toWire())
                .get("stops"));
        assertThrows(IllegalArgumentException.class, () -> new LinearGradient("red"));
    }

    @Test
    void shadowAndAnimation_sendTheirFields() {
        assertEquals(Map.of("spread_radius", 1.0, "blur_radius", 6.0, "color", "black26",
                "offset", Map.of("x", 2.0, "y", 3.0)),
                new BoxShadow().spreadRadius(1).blurRadius(6).color(Colors.BLACK26).offset(new Offset(2, 3)).toWire());
        assertEquals(Map.of("duration", Map.of("milliseconds", 300), "curve", "easeOut"),
                new Animation(300, AnimationCurve.EASE_OUT).toWire());
        assertEquals(Map.of("duration", Map.of("milliseconds", 300)), new Animation(Duration.ofMillis(300)).toWire());
    }

    @Test
    void colors_matchFletNames() {
        assertEquals("bluegrey", Colors.BLUE_GREY);
        assertEquals("deeporangeaccent700", Colors.DEEP_ORANGE_ACCENT_700);
        assertEquals("lightgreen50", Colors.LIGHT_GREEN_50);
        assertEquals("white54", Colors.WHITE54);
        assertEquals("blue,0.5", Colors.withOpacity(0.5, Colors.BLUE));
        assertEquals("#ff0000,1.0", Colors.withOpacity(1, "#ff0000"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Colors.withOpacity(1.5, Colors.RED));
        assertEquals("opacity must be between 0.0 and 1.0: 1.5", e.getMessage());
    }

    @Test
    void enums_sendFlutterNames() {
        assertEquals("gitHubWeb", MarkdownExtensionSet.GITHUB_WEB.toWire());
        assertEquals("fastOutSlowIn", AnimationCurve.FAST_OUT_SLOW_IN.value());
        assertEquals("scaleDown", BoxFit.SCALE_DOWN.value());
        assertEquals("spaceBetween", MainAxisAlignment.SPACE_BETWEEN.value());
        assertEquals("bold", FontWeight.BOLD.value());
    }
}
