package dev.jflet.site.services;

import dev.jflet.bridge.Jflet;
import dev.jflet.core.Control;
import dev.jflet.core.DialogControl;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.AlertDialog;
import dev.jflet.core.controls.material.Banner;
import dev.jflet.core.controls.material.BottomSheet;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.SnackBar;
import dev.jflet.core.controls.material.TextButton;
import dev.jflet.core.controls.material.TextField;
import dev.jflet.core.types.Duration;
import dev.jflet.core.types.FontWeight;
import dev.jflet.core.types.ScrollMode;

/**
 * Dialogs and services: each dialog kind opened with page.showDialog, controls placed over the page with
 * page.overlay, and the browser services (clipboard, preferences, URL launcher, context menu, device info), each
 * echoing what the Java side got in a status line keyed "&lt;part&gt;-status".
 */
public final class DialogsAndServices {
    private DialogsAndServices() {
    }

    public static void main(String[] args) {
        Jflet.run(DialogsAndServices::app);
    }

    public static void app(Page page) {
        page.title("Dialogs and services");
        page.scroll(ScrollMode.AUTO);
        page.add(new Text("Dialogs and services").size(32).weight(FontWeight.BOLD),
                dialogs(page),
                overlay(page));
        ServicePanels.add(page);
    }

    /** A part of the app: its heading, its controls, then its status line. */
    static Column part(String heading, Text status, Control... controls) {
        Column column = new Column().spacing(12);
        column.controls().add(new Text(heading).size(24).weight(FontWeight.W_500));
        column.controls().addAll(java.util.List.of(controls));
        column.controls().add(status);
        return column;
    }

    /** A status line keyed {@code <name>-status}. */
    static Text status(String name) {
        return new Text("Nothing yet").key(name + "-status").italic(true);
    }

    private static Column dialogs(Page page) {
        Text status = status("dialogs");
        Button modal = new Button("Open modal dialog", e -> {
            AlertDialog dialog = new AlertDialog().modal(true).title("Delete the draft?")
                    .content(new TextField().label("Reason"));
            dialog.actions(new TextButton("Cancel", c -> close(dialog)), new TextButton("Delete", c -> close(dialog)));
            dialog.onDismiss(d -> say(status, "modal dialog dismissed"));
            show(page, dialog, status, "modal dialog opened");
        });
        Button plain = new Button("Open dialog", e -> {
            AlertDialog dialog = new AlertDialog().title("About").content(new Text("Escape or a click outside "
                    + "closes this dialog."));
            dialog.actions(new TextButton("Close", c -> close(dialog)));
            dialog.onDismiss(d -> say(status, "dialog dismissed"));
            show(page, dialog, status, "dialog opened");
        });
        Button snack = new Button("Show snack bar", e -> {
            SnackBar bar = new SnackBar("Draft archived").action("Undo").duration(Duration.ofMillis(1500));
            bar.onAction(a -> say(status, "undo pressed"));
            bar.onDismiss(d -> say(status, status.value() + ", snack bar dismissed"));
            show(page, bar, status, "snack bar opened");
        });
        Button banner = new Button("Show banner", e -> {
            Banner[] b = new Banner[1];
            b[0] = new Banner(new Text("You are offline."), new TextButton("Close banner", c -> close(b[0])));
            b[0].onDismiss(d -> say(status, "banner dismissed"));
            show(page, b[0], status, "banner opened");
        });
        Button sheet = new Button("Open bottom sheet", e -> {
            BottomSheet[] s = new BottomSheet[1];
            s[0] = new BottomSheet(new Column(new Text("Share the draft"),
                    new TextButton("Copy link", c -> close(s[0])), new TextButton("Email", c -> close(s[0])))
                    .spacing(8));
            s[0].onDismiss(d -> say(status, "sheet dismissed"));
            show(page, s[0], status, "sheet opened");
        });
        return part("Dialogs", status, new Row(modal, plain, snack, banner, sheet).spacing(8).wrap(true));
    }

    private static Column overlay(Page page) {
        Text status = status("overlay");
        Container corner = new Container(new Text("Bottom right")).key("overlay-corner").width(140).height(40)
                .right(16).bottom(24).bgcolor("primarycontainer").borderRadius(8).padding(8);
        Container pinned = new Container(new Text("Top left")).key("overlay-pinned").width(120).height(40)
                .left(24).top(8).bgcolor("tertiarycontainer").borderRadius(8).padding(8);
        Button toggle = new Button("Toggle overlay", e -> {
            if (page.overlay().isEmpty()) {
                page.overlay().add(corner);
                page.overlay().add(pinned);
                status.value("overlay shown");
            } else {
                page.overlay().clear();
                status.value("overlay hidden");
            }
            page.update();
        });
        return part("Overlay", status, toggle);
    }

    /** Opens {@code dialog}; showDialog sends the page's changes, so the status goes with its own update. */
    private static void show(Page page, DialogControl<?> dialog, Text status, String message) {
        page.showDialog(dialog);
        say(status, message);
    }

    private static void say(Text status, String message) {
        status.value(message);
        status.update();
    }

    private static void close(DialogControl<?> dialog) {
        dialog.open(false);
        dialog.update();
    }
}
