package dev.jflet.site.gallery;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.FilledButton;
import dev.jflet.core.controls.material.FilledIconButton;
import dev.jflet.core.controls.material.FilledTonalButton;
import dev.jflet.core.controls.material.FilledTonalIconButton;
import dev.jflet.core.controls.material.FloatingActionButton;
import dev.jflet.core.controls.material.IconButton;
import dev.jflet.core.controls.material.OutlinedButton;
import dev.jflet.core.controls.material.OutlinedIconButton;
import dev.jflet.core.controls.material.TextButton;
import dev.jflet.core.types.Duration;
import dev.jflet.core.types.Icons;
import dev.jflet.core.types.Tooltip;

/**
 * Buttons: Button (plain, with an icon, disabled), FilledButton, FilledTonalButton (with a rich tooltip),
 * OutlinedButton (echoing hover), TextButton, IconButton (plain and toggling), FilledIconButton,
 * FilledTonalIconButton, OutlinedIconButton and an extended FloatingActionButton.
 */
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
        OutlinedButton outlined = new OutlinedButton("Outlined", e -> status.say("clicked OutlinedButton"));
        outlined.onHover(e -> {
            if (e.hovered()) {
                status.say("hovering OutlinedButton");
            }
        });
        return Gallery.section("Buttons", status,
                new Row(
                        new Button("Button", e -> status.say("clicked Button")),
                        new Button("Add item").icon(Icons.ADD).onClick(() -> status.say("clicked Add item")),
                        new Button("Disabled").disabled(true).onClick(() -> status.say("clicked Disabled")),
                        new TextButton("Text button", e -> status.say("clicked TextButton")),
                        new IconButton(Icons.FAVORITE, e -> status.say("clicked IconButton Favorite"))
                                .tooltip("Favorite"),
                        star).wrap(true).spacing(8),
                new Row(
                        new FilledButton("Filled", e -> status.say("clicked FilledButton")),
                        new FilledTonalButton("Tonal", e -> status.say("clicked FilledTonalButton"))
                                .tooltip(new Tooltip("A filled tonal button").waitDuration(Duration.ofMillis(100))),
                        outlined,
                        new FilledIconButton(Icons.ADD, e -> status.say("clicked FilledIconButton"))
                                .tooltip("Filled add"),
                        new FilledTonalIconButton(Icons.EDIT, e -> status.say("clicked FilledTonalIconButton"))
                                .tooltip("Tonal edit"),
                        new OutlinedIconButton(Icons.DELETE, e -> status.say("clicked OutlinedIconButton"))
                                .tooltip("Outlined delete"),
                        new FloatingActionButton(Icons.CREATE, e -> status.say("clicked FloatingActionButton"))
                                .content("Compose")).wrap(true).spacing(8).key("button-variants"));
    }
}
