package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.CardVariant;
import dev.jflet.core.types.ClipBehavior;
import dev.jflet.core.types.OutlinedBorder;

import java.util.List;
import java.util.Optional;

/** A Material card: a panel with rounded corners and a shadow: Flet's {@code Card}. */
public class Card extends LayoutControl<Card> {
    /** The content. */
    static final Prop<Control> CONTENT = Prop.outbound("content", null);
    /** Elevation, which sets the shadow's size. */
    static final Prop<Double> ELEVATION = Prop.outbound("elevation", null);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    /** Color of the shadow. */
    static final Prop<String> SHADOW_COLOR = Prop.outbound("shadow_color", null);
    /** Material 3 style: {@code elevated}, {@code filled} or {@code outlined}. */
    static final Prop<String> VARIANT = Prop.outbound("variant", "elevated");
    /** How the content is clipped to the card's shape. */
    static final Prop<String> CLIP_BEHAVIOR = Prop.outbound("clip_behavior", null);
    /** Whether the card is one unit for screen readers. */
    static final Prop<Boolean> SEMANTIC_CONTAINER = Prop.outbound("semantic_container", true);

    /** The outline's shape. */
    static final Prop<OutlinedBorder> SHAPE = Prop.outbound("shape", null);

    static final PropSet CARD_PROPS = PropSet.of(LayoutControl.PROPS, CONTENT, ELEVATION, BGCOLOR, SHADOW_COLOR,
            VARIANT, CLIP_BEHAVIOR, SEMANTIC_CONTAINER, SHAPE);

    public Card() {
        super("Card", CARD_PROPS);
        // The card applies its margin itself (flet-protocol.md §3.2).
        internal("skip_properties", List.of("margin"));
    }

    public Card(Control content) {
        this();
        set(CONTENT, content);
    }

    /** Sets the content. */
    public Card content(Control content) {
        set(CONTENT, content);
        return this;
    }

    public Optional<Control> content() {
        return Optional.ofNullable(get(CONTENT));
    }

    /** Sets the elevation, which sets the shadow's size. */
    public Card elevation(double elevation) {
        set(ELEVATION, elevation);
        return this;
    }

    /** Sets the background color. */
    public Card bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }

    /** Sets the color of the shadow. */
    public Card shadowColor(String color) {
        set(SHADOW_COLOR, color);
        return this;
    }

    /** Sets the Material 3 style. */
    public Card variant(CardVariant variant) {
        set(VARIANT, variant.value());
        return this;
    }

    /** Sets how the content is clipped to the card's shape. */
    public Card clipBehavior(ClipBehavior clip) {
        set(CLIP_BEHAVIOR, clip.value());
        return this;
    }

    /** Makes the card one unit for screen readers ({@code true}, the default) or not. */
    public Card semanticContainer(boolean container) {
        set(SEMANTIC_CONTAINER, container);
        return this;
    }

    /** Sets the outline's shape, e.g. a {@code RoundedRectangleBorder(4)}; null restores the default. */
    public Card shape(OutlinedBorder value) {
        set(SHAPE, value);
        return this;
    }
}
