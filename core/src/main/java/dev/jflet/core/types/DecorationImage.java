package dev.jflet.core.types;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * An image painted behind a container's content: Flet's {@code DecorationImage}. Immutable; each setter
 * returns a copy: {@code new DecorationImage("bg.png").fit(BoxFit.COVER).opacity(0.5)}.
 */
public final class DecorationImage extends SparseValue<DecorationImage> {
    /** An image from {@code src}: a URL, an asset path or a data URL. */
    public DecorationImage(String src) {
        super(Collections.singletonMap("src", Objects.requireNonNull(src, "src")));
    }

    private DecorationImage(Map<String, Object> fields) {
        super(fields);
    }

    @Override
    DecorationImage copy(Map<String, Object> fields) {
        return new DecorationImage(fields);
    }

    @Override
    String typeName() {
        return "DecorationImage";
    }

    /** Sets how the image is fitted into the box. */
    public DecorationImage fit(BoxFit fit) {
        return with("fit", fit.value());
    }

    /** Sets where the image is placed in the box. */
    public DecorationImage alignment(Alignment alignment) {
        return with("alignment", alignment);
    }

    /** Sets how the image fills the space it does not cover. */
    public DecorationImage repeat(ImageRepeat repeat) {
        return with("repeat", repeat.value());
    }

    /** Sets the opacity, from 0.0 to 1.0. */
    public DecorationImage opacity(double opacity) {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be between 0.0 and 1.0: " + opacity);
        }
        return with("opacity", opacity);
    }
}
