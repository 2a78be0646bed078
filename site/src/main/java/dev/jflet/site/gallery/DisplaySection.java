package dev.jflet.site.gallery;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Icon;
import dev.jflet.core.controls.core.Image;
import dev.jflet.core.controls.core.Markdown;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Badge;
import dev.jflet.core.controls.material.Card;
import dev.jflet.core.controls.material.Chip;
import dev.jflet.core.controls.material.Divider;
import dev.jflet.core.controls.material.IconButton;
import dev.jflet.core.controls.material.ListTile;
import dev.jflet.core.controls.material.ProgressBar;
import dev.jflet.core.controls.material.ProgressRing;
import dev.jflet.core.controls.material.VerticalDivider;
import dev.jflet.core.types.FontWeight;
import dev.jflet.core.types.Icons;

/**
 * Display: Text styles, Icon, ProgressBar, ProgressRing, an inline SVG Image, Markdown, a Card with a ListTile,
 * Chips, Badges, and a Divider and VerticalDivider.
 */
final class DisplaySection {
    /** A blue square with rounded corners, inline so the app needs no asset files. */
    static final String SQUARE_SVG = "data:image/svg+xml;utf8,"
            + "<svg xmlns='http://www.w3.org/2000/svg' width='48' height='48'>"
            + "<rect width='48' height='48' rx='8' fill='%231e88e5'/></svg>";

    private DisplaySection() {
    }

    static Column build() {
        StatusLine status = new StatusLine("display");

        Chip filter = new Chip("Filter chip");
        filter.onSelect(e -> status.say("chip selected: " + filter.selected()));
        Chip removable = new Chip("Removable chip");
        removable.onDelete(e -> status.say("chip deleted"));

        return Gallery.section("Display", status,
                new Row(new Text("Plain"),
                        new Text("Bold").weight(FontWeight.BOLD),
                        new Text("Italic").italic(true),
                        new Text("Large").size(24),
                        new Text("Coloured").color("error")).spacing(16),
                new Row(new Icon(Icons.STAR).color("amber").size(32).semanticsLabel("Star icon"),
                        new Image(SQUARE_SVG).width(48).height(48).semanticsLabel("Blue square"),
                        new ProgressRing(0.7).semanticsLabel("Ring at 70%"),
                        new ProgressRing().semanticsLabel("Busy ring")).spacing(16),
                new ProgressBar(0.4).width(320).semanticsLabel("Bar at 40%").key("bar"),
                new Markdown("Some **bold** Markdown with [a link](https://flet.dev).")
                        .onTapLink(e -> status.say("link: " + e.data().orElse(""))),
                new Card(new ListTile("Card title").subtitle("A ListTile in a Card").leading(Icons.PERSON)
                        .onClick(e -> status.say("clicked ListTile"))).width(360),
                new Row(filter, removable.deleteIconTooltip("Remove")).spacing(8),
                new Row(new IconButton(Icons.MAIL).tooltip("Mail").badge("3"),
                        new IconButton(Icons.NOTIFICATIONS).tooltip("Notifications")
                                .badge(new Badge("12").bgcolor("green800").textColor("white"))).spacing(16),
                new Divider().thickness(2).key("divider"),
                new Row(new Text("Left"), new VerticalDivider().width(24).thickness(2).key("vertical-divider"),
                        new Text("Right")).height(40));
    }
}
