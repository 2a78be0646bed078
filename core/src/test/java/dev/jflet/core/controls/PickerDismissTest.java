package dev.jflet.core.controls;

import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.AlertDialog;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.DatePicker;
import dev.jflet.core.controls.material.TimePicker;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.types.DateTime;
import dev.jflet.core.types.TimeOfDay;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A picker's {@code dismiss} with data {@code false} means "a value was picked" (flet-protocol.md §3.13). */
class PickerDismissTest {
    private final List<String> log = new ArrayList<>();

    @Test
    void datePicker_picked_runsChange_skipsUserDismiss_andClosesTheDialog() {
        DatePicker picker = new DatePicker().value(DateTime.of(2024, 6, 15, 12, 30));
        picker.onChange(e -> log.add("change " + picker.value().orElseThrow() + " data " + e.data().orElseThrow()));
        picker.onDismiss(() -> log.add("dismiss"));
        Button open = new Button("open", e -> e.page().showDialog(picker));
        AppTester t = AppTester.start(page -> page.add(open));

        t.click(open);
        assertTrue(picker.open());
        t.updateControl(picker, Map.of("value", DateTime.parse("2024-06-20T00:00:00.000+00:00"), "open", false));
        t.fire(picker, "change", DateTime.parse("2024-06-20T00:00:00.000+00:00"));
        t.fire(picker, "dismiss", false);

        assertEquals(List.of("change 2024-06-20T00:00:00+00:00 data 2024-06-20T00:00:00+00:00"), log);
        assertFalse(picker.page().isPresent(), "the dialog was taken off the page");
        assertEquals(List.of(), t.problems());
        t.assertClientInSync();
    }

    @Test
    void timePicker_cancelled_runsUserDismiss() {
        TimePicker picker = new TimePicker().value(TimeOfDay.of(9, 5));
        picker.onDismiss(e -> log.add("dismiss " + e.data().orElse("none")));
        Button open = new Button("open", e -> e.page().showDialog(picker));
        AppTester t = AppTester.start(page -> page.add(open));

        t.click(open);
        t.updateControl(picker, Map.of("open", false)).fire(picker, "dismiss", true);
        t.click(open);
        t.updateControl(picker, Map.of("value", TimeOfDay.of(14, 30), "open", false)).fire(picker, "dismiss", false);

        assertEquals(List.of("dismiss true"), log);
        assertEquals(TimeOfDay.of(14, 30), picker.value().orElseThrow());
        t.assertClientInSync();
    }

    @Test
    void alertDialog_dismissWithoutData_stillRunsUserDismiss() {
        Text status = new Text("");
        AlertDialog dialog = new AlertDialog().title("Hi");
        dialog.onDismiss(() -> status.value("dismissed"));
        Button open = new Button("open", e -> e.page().showDialog(dialog));
        AppTester t = AppTester.start(page -> page.add(status, open));

        t.click(open);
        t.updateControl(dialog, Map.of("open", false)).fire(dialog, "dismiss", null);

        // As in Flet, taking the dialog off counts as an update, so no automatic update follows (§4.4).
        assertEquals("dismissed", status.value());
    }

    @Test
    void datePicker_badValueFromClient_isIgnoredWithAReason() {
        DatePicker picker = new DatePicker();
        Button open = new Button("open", e -> e.page().showDialog(picker));
        AppTester t = AppTester.start(page -> page.add(open));

        t.click(open);
        t.updateControl(picker, Map.of("value", "next tuesday"));

        assertFalse(picker.value().isPresent());
        assertEquals(1, t.problems().size(), t.problems().toString());
        assertTrue(t.problems().get(0).contains("not an ISO 8601 date or date-time: \"next tuesday\""),
                t.problems().get(0));
    }
}
