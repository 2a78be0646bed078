package dev.jflet.site.gallery;

import dev.jflet.bridge.Jflet;
import dev.jflet.core.Control;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.types.FontWeight;
import dev.jflet.core.types.ScrollMode;
import java.util.List;

/**
 * The controls gallery: jflet's controls by family, each family under a heading with a status line that echoes
 * every event the Java side received.
 */
public final class Gallery {
    private Gallery() {
    }

    public static void main(String[] args) {
        Jflet.run(Gallery::app);
    }

    public static void app(Page page) {
        page.title("Controls gallery");
        page.scroll(ScrollMode.AUTO);
        page.add(new Text("Controls gallery").size(32).weight(FontWeight.BOLD),
                ButtonsSection.build(),
                InputsSection.build(),
                DisplaySection.build(),
                LayoutSection.build(),
                NavigationSection.build(),
                DataSection.build(),
                GesturesSection.build(),
                CanvasSection.build(),
                DialogsSection.build(page),
                ThemeSection.build(page));
    }

    /**
     * A family's section, keyed "section-" + family so tests can find every section: its heading, its controls,
     * then its status line.
     */
    static Column section(String heading, StatusLine status, Control... controls) {
        Column column = new Column().spacing(12).key("section-" + status.family());
        column.controls().add(new Text(heading).size(24).weight(FontWeight.W_500));
        column.controls().addAll(List.of(controls));
        column.controls().add(status.text());
        return column;
    }
}
