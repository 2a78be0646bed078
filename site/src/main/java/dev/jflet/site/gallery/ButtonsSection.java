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
import dev.jflet.core.types.BorderSide;
import dev.jflet.core.types.ButtonStyle;
import dev.jflet.core.types.ControlState;
import dev.jflet.core.types.Duration;
import dev.jflet.core.types.Icons;
import dev.jflet.core.types.RoundedRectangleBorder;
import dev.jflet.core.types.StadiumBorder;
import dev.jflet.core.types.Tooltip;

/**
 * Buttons: Button (plain, with an icon, disabled), FilledButton, FilledTonalButton (with a rich tooltip),
 * OutlinedButton (echoing hover), TextButton, IconButton (plain and toggling), FilledIconButton,
 * FilledTonalIconButton, OutlinedIconButton and an extended FloatingActionButton; then ButtonStyle: colours and
 * shapes per state, and a style changed after the button is shown.
 */
final class ButtonsSection {
    /** Blue, red when hovered, green when pressed; square corners that round on hover. */
    static final ButtonStyle PER_STATE = new ButtonStyle()
            .color("#ffffff")
            .bgcolor("#1565c0").bgcolor(ControlState.HOVERED, "#b71c1c").bgcolor(ControlState.PRESSED, "#1b5e20")
            .shape(new RoundedRectangleBorder(4)).shape(ControlState.HOVERED, new RoundedRectangleBorder(16));
    /** The two looks the "Restyle" button switches between. */
    static final ButtonStyle[] RESTYLES = {
        new ButtonStyle().bgcolor("#6a1b9a").color("#ffffff"),
        new ButtonStyle().bgcolor("#e65100").color("#000000").shape(new StadiumBorder()),
    };

    private ButtonsSection() {
    }

    /** Buttons styled per state, and one whose style changes when clicked. */
    private static Row styled(StatusLine status) {
        FilledButton restyle = new FilledButton("Restyle").style(RESTYLES[0]);
        int[] look = {0};
        restyle.onClick(() -> {
            look[0] = 1 - look[0];
            restyle.style(RESTYLES[look[0]]);
            status.say("restyled to look " + look[0]);
        });
        return new Row(
                new Button("Per state", e -> status.say("clicked Per state")).style(PER_STATE),
                restyle,
                new OutlinedButton("Outline on focus", e -> status.say("clicked Outline on focus"))
                        .style(new ButtonStyle().shape(new StadiumBorder())
                                .side(ControlState.FOCUSED, new BorderSide(3, "#b71c1c"))),
                new IconButton(Icons.FAVORITE, e -> status.say("clicked Styled favorite")).tooltip("Styled favorite")
                        .style(new ButtonStyle().iconColor(ControlState.HOVERED, "#b71c1c")
                                .bgcolor(ControlState.HOVERED, "#ffcdd2")))
                .wrap(true).spacing(8).key("button-styles");
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
                                .content("Compose")).wrap(true).spacing(8).key("button-variants"),
                styled(status));
    }
}
