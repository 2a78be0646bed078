package dev.jflet.site.gallery;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.IconButton;
import dev.jflet.core.controls.material.TextButton;
import dev.jflet.core.types.Icons;

/** Buttons: Button (plain, with an icon, disabled), TextButton, IconButton (plain and toggling). */
final class ButtonsSection {
    private ButtonsSection() {
    }

    static Column build() {
        StatusLine status = new StatusLine("buttons");
        IconButton star = new IconButton(Icons.STAR_BORDER).selectedIcon(Icons.STAR).selected(false).tooltip("Star");
        boolean[] starred = {false};
        star.onClick(e -> {
            starred[0] = !starred[0];
            star.selected(starred[0]);
            status.say("IconButton Star selected " + starred[0]);
        });
        return Gallery.section("Buttons", status,
                new Row(
                        new Button("Button", e -> status.say("clicked Button")),
                        new Button("Add item").icon(Icons.ADD).onClick(() -> status.say("clicked Add item")),
                        new Button("Disabled").disabled(true).onClick(() -> status.say("clicked Disabled")),
                        new TextButton("Text button", e -> status.say("clicked TextButton")),
                        new IconButton(Icons.FAVORITE, e -> status.say("clicked IconButton Favorite"))
                                .tooltip("Favorite"),
                        star).wrap(true).spacing(8));
    }
}
