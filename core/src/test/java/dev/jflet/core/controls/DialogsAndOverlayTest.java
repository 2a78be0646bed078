package dev.jflet.core.controls;

import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.AlertDialog;
import dev.jflet.core.controls.material.Banner;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.SnackBar;
import dev.jflet.core.controls.material.TextButton;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.types.Duration;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** page.showDialog / popDialog for each dialog kind, and page.overlay (flet-protocol.md §3.13). */
class DialogsAndOverlayTest {
    private final List<String> log = new ArrayList<>();

    private static AppTester start(dev.jflet.core.App app) {
        return AppTester.start(app);
    }

    @Test
    void modalAlertDialog_sendsModal_andStaysUntilTheAppPopsIt() {
        AlertDialog dialog = new AlertDialog().title("Sure?").modal(true).actions(new TextButton("No"));
        dialog.onDismiss(() -> log.add("dismissed"));
        AppTester t = start(page -> page.add(new Button("open", e -> e.page().showDialog(dialog))));
        t.click(t.find(Button.class));

        Map<?, ?> wire = (Map<?, ?>) WireForm.of(t, dialog);
        assertEquals(true, wire.get("modal"));
        assertEquals(true, wire.get("open"));
        assertThrows(IllegalStateException.class, () -> t.page().showDialog(dialog), "already open");

        assertEquals(dialog, t.page().popDialog().orElseThrow());
        assertEquals(false, t.client().control(dialog).getOrDefault("open", false));
        assertTrue(log.isEmpty(), "the handler waits for the client's dismiss event");
        t.updateControl(dialog, Map.of("open", false)).fire(dialog, "dismiss", null);
        assertEquals(List.of("dismissed"), log);
        assertFalse(dialog.page().isPresent());
        assertTrue(t.page().popDialog().isEmpty(), "nothing is left to pop");
        t.assertClientInSync();
    }

    @Test
    void nonModalAlertDialog_leavesModalOut() {
        AlertDialog dialog = new AlertDialog().title("Info");
        AppTester t = start(page -> page.showDialog(dialog));
        assertFalse(((Map<?, ?>) WireForm.of(t, dialog)).containsKey("modal"), "modal false is the default");
    }

    @Test
    void snackBar_withActionAndDuration_reportsTheActionThenTheDismissal() {
        SnackBar snack = new SnackBar("Saved").action("Undo").duration(Duration.ofSeconds(10));
        snack.onAction(() -> log.add("undo"));
        snack.onDismiss(() -> log.add("dismissed"));
        AppTester t = start(page -> page.add(new Button("save", e -> e.page().showDialog(snack))));
        t.click(t.find(Button.class));

        Map<?, ?> wire = (Map<?, ?>) WireForm.of(t, snack);
        assertEquals("Undo", wire.get("action"));
        assertEquals(Map.of("seconds", 10), wire.get("duration"));
        assertEquals(true, wire.get("on_action"));

        t.fire(snack, "action", null);
        t.updateControl(snack, Map.of("_dismissed", true, "open", false)).fire(snack, "dismiss", null);
        assertEquals(List.of("undo", "dismissed"), log);
        assertFalse(snack.page().isPresent());
        t.assertClientInSync();
    }

    @Test
    void banner_andSnackBar_openTogether_popDialogClosesTheLastFirst() {
        Banner banner = new Banner(new Text("Offline"), new TextButton("Retry"));
        SnackBar snack = new SnackBar("Saved");
        AppTester t = start(page -> {
            page.showDialog(banner);
            page.showDialog(snack);
        });
        assertEquals(snack, t.page().popDialog().orElseThrow());
        assertEquals(banner, t.page().popDialog().orElseThrow());
        assertTrue(banner.page().isPresent(), "it stays until the client reports the dismissal");
    }

    @Test
    void overlay_childrenWithOffsets_areSentInTheOverlayLayer() {
        Container badge = new Container().width(40).height(30).right(16).bottom(24);
        AppTester t = start(page -> {
            page.overlay().add(badge);
            page.update();
        });
        Map<?, ?> wire = (Map<?, ?>) WireForm.of(t, badge);
        assertEquals(16, wire.get("right"));
        assertEquals(24, wire.get("bottom"));
        Page page = t.page();
        assertEquals(List.of(badge), page.overlay());
        page.overlay().clear();
        page.update();
        assertFalse(badge.page().isPresent());
        t.assertClientInSync();
    }
}
