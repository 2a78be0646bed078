package dev.jflet.site.gallery;

import dev.jflet.core.DialogControl;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Icon;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.AlertDialog;
import dev.jflet.core.controls.material.Banner;
import dev.jflet.core.controls.material.BottomSheet;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.SnackBar;
import dev.jflet.core.controls.material.TextButton;
import dev.jflet.core.types.Duration;
import dev.jflet.core.types.Icons;

/**
 * Dialogs: an AlertDialog with a Close action, a SnackBar, a Banner and a BottomSheet, each created when its button
 * is pressed. A fresh dialog each time means a second press never meets the one still playing its exit animation.
 */
final class DialogsSection {
    private DialogsSection() {
    }

    static Column build(Page page) {
        StatusLine status = new StatusLine("dialogs");
        Button openDialog = new Button("Open dialog", e -> {
            AlertDialog dialog = new AlertDialog().title("Hello from Java").content(new Text("An AlertDialog."));
            dialog.actions(new TextButton("Close", c -> close(dialog)));
            dialog.onDismiss(d -> status.sayNow("dialog dismissed"));
            status.say("dialog opened");
            show(page, dialog, status);
        });
        Button showSnackBar = new Button("Show snack bar", e -> {
            SnackBar snack = new SnackBar("Saved to the gallery").action("Undo").showCloseIcon(true)
                    .duration(Duration.ofSeconds(30));
            snack.onDismiss(d -> status.sayNow("snack bar dismissed"));
            status.say("snack bar opened");
            show(page, snack, status);
        });
        Button showBanner = new Button("Show banner", e -> {
            Banner[] banner = new Banner[1];
            banner[0] = new Banner(new Text("A Banner across the top."),
                    new TextButton("Dismiss banner", c -> close(banner[0]))).leading(new Icon(Icons.INFO));
            banner[0].onDismiss(d -> status.sayNow("banner dismissed"));
            status.say("banner opened");
            show(page, banner[0], status);
        });
        Button openSheet = new Button("Open bottom sheet", e -> {
            BottomSheet[] sheet = new BottomSheet[1];
            sheet[0] = new BottomSheet(new Column(new Text("A BottomSheet with an action."),
                    new TextButton("Close sheet", c -> close(sheet[0]))).spacing(16)).showDragHandle(true)
                    .draggable(true);
            sheet[0].onDismiss(d -> status.sayNow("sheet dismissed"));
            status.say("sheet opened");
            show(page, sheet[0], status);
        });
        return Gallery.section("Dialogs", status,
                new Row(openDialog, showSnackBar, showBanner, openSheet).spacing(8).wrap(true));
    }

    /**
     * Opens {@code dialog}. showDialog updates the dialogs layer itself, which counts as the handler's update, so
     * no automatic update follows (flet-protocol.md §4.4); the status line is sent here instead.
     */
    private static void show(Page page, DialogControl<?> dialog, StatusLine status) {
        page.showDialog(dialog);
        status.text().update();
    }

    /** Closes this dialog, whatever else is open; the client then reports the dismissal. */
    private static void close(DialogControl<?> dialog) {
        dialog.open(false);
        dialog.update();
    }
}
