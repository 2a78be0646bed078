package dev.jflet.core.controls.core;

import dev.jflet.core.Control;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.BorderRadius;
import dev.jflet.core.types.BoxFit;
import dev.jflet.core.types.ImageRepeat;

import java.util.List;

/** Shows an image: Flet's {@code Image}. */
public class Image extends LayoutControl<Image> {
    /** The image: a URL, an asset path, a data URL, base64 data or SVG text, or bytes. */
    static final Prop<Object> SRC = Prop.outbound("src", null);
    /** How the image is fitted into its box. */
    static final Prop<String> FIT = Prop.outbound("fit", null);
    /** How the image fills the space it does not cover. */
    static final Prop<String> REPEAT = Prop.outbound("repeat", "noRepeat");
    /** Corner radii: a number (all corners) or a {@link BorderRadius}. */
    static final Prop<Object> BORDER_RADIUS = Prop.outbound("border_radius", null);
    /** Color blended with the image. */
    static final Prop<String> COLOR = Prop.outbound("color", null);
    /** Whether the old image stays while a new one loads. */
    static final Prop<Boolean> GAPLESS_PLAYBACK = Prop.outbound("gapless_playback", false);
    /** Shown when the image cannot be loaded. */
    static final Prop<Control> ERROR_CONTENT = Prop.outbound("error_content", null);
    /** Text for screen readers. */
    static final Prop<String> SEMANTICS_LABEL = Prop.outbound("semantics_label", null);

    static final PropSet IMAGE_PROPS = PropSet.of(LayoutControl.PROPS, SRC, FIT, REPEAT, BORDER_RADIUS, COLOR,
            GAPLESS_PLAYBACK, ERROR_CONTENT, SEMANTICS_LABEL);

    /** An image from {@code src}: a URL, an asset path, a data URL, base64 data or SVG text. */
    public Image(String src) {
        super("Image", IMAGE_PROPS);
        internal("skip_properties", List.of("width", "height"));
        set(SRC, src);
    }

    /** An image from encoded bytes (PNG, JPEG, GIF, WebP, SVG). */
    public Image(byte[] src) {
        super("Image", IMAGE_PROPS);
        internal("skip_properties", List.of("width", "height"));
        set(SRC, src.clone());
    }

    /** Sets the image source. */
    public Image src(String src) {
        set(SRC, src);
        return this;
    }

    /** Sets how the image is fitted into its box. */
    public Image fit(BoxFit fit) {
        set(FIT, fit.value());
        return this;
    }

    /** Sets how the image fills the space it does not cover. */
    public Image repeat(ImageRepeat repeat) {
        set(REPEAT, repeat.value());
        return this;
    }

    /** Rounds the corners by {@code radius} logical pixels. */
    public Image borderRadius(double radius) {
        set(BORDER_RADIUS, radius);
        return this;
    }

    /** Rounds each corner by its own radius. */
    public Image borderRadius(BorderRadius radius) {
        set(BORDER_RADIUS, radius);
        return this;
    }

    /** Blends {@code color} with the image. */
    public Image color(String color) {
        set(COLOR, color);
        return this;
    }

    /** Keeps the old image while a new one loads. */
    public Image gaplessPlayback(boolean gapless) {
        set(GAPLESS_PLAYBACK, gapless);
        return this;
    }

    /** Sets what is shown when the image cannot be loaded. */
    public Image errorContent(Control content) {
        set(ERROR_CONTENT, content);
        return this;
    }

    /** Sets the text screen readers say for the image. */
    public Image semanticsLabel(String label) {
        set(SEMANTICS_LABEL, label);
        return this;
    }
}
