package dev.jflet.site;

import dev.jflet.core.Control;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Markdown;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.AlertDialog;
import dev.jflet.core.controls.core.ListView;
import dev.jflet.core.controls.material.Banner;
import dev.jflet.core.controls.material.BottomSheet;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.Checkbox;
import dev.jflet.core.controls.material.Chip;
import dev.jflet.core.controls.material.DataTable;
import dev.jflet.core.controls.material.Dropdown;
import dev.jflet.core.controls.material.FilledButton;
import dev.jflet.core.controls.material.FilledIconButton;
import dev.jflet.core.controls.material.FilledTonalButton;
import dev.jflet.core.controls.material.FilledTonalIconButton;
import dev.jflet.core.controls.material.FloatingActionButton;
import dev.jflet.core.controls.material.IconButton;
import dev.jflet.core.controls.material.ListTile;
import dev.jflet.core.controls.material.NavigationRail;
import dev.jflet.core.controls.material.OutlinedButton;
import dev.jflet.core.controls.material.OutlinedIconButton;
import dev.jflet.core.controls.material.RadioGroup;
import dev.jflet.core.controls.material.Slider;
import dev.jflet.core.controls.material.SnackBar;
import dev.jflet.core.controls.material.Switch;
import dev.jflet.core.controls.material.Tabs;
import dev.jflet.core.controls.material.TextButton;
import dev.jflet.core.controls.material.TextField;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.types.Icons;
import dev.jflet.site.gallery.Gallery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The controls gallery on the JVM: every family's status line echoes what the client sent, through the protocol. */
class GalleryTest {
    private AppTester t;

    @BeforeEach
    void start() {
        t = AppTester.start(Gallery::app);
    }

    @AfterEach
    void inSyncWithoutProblems() {
        t.assertClientInSync();
        assertTrue(t.problems().isEmpty(), t.problems().toString());
    }

    @Test
    void gallery_started_titlesThePageAndWaitsForEvents() {
        assertEquals("Controls gallery", t.page().title().orElseThrow());
        for (String family : List.of("buttons", "inputs", "display", "layout", "navigation", "data", "dialogs")) {
            assertEquals("No events yet", status(family), family);
        }
    }

    @Test
    void buttons_eachClicked_echoesTheButton() {
        t.click(button("Button"));
        assertEquals("clicked Button", status("buttons"));
        t.click(button("Add item"));
        assertEquals("clicked Add item", status("buttons"));
        t.click(t.find(TextButton.class));
        assertEquals("clicked TextButton", status("buttons"));
        t.click(t.find(IconButton.class, b -> b.icon().getAsInt() == Icons.FAVORITE));
        assertEquals("clicked IconButton Favorite", status("buttons"));

        IconButton star = t.find(IconButton.class, b -> b.icon().getAsInt() == Icons.STAR_BORDER);
        t.click(star);
        assertEquals("IconButton Star selected true", status("buttons"));
        assertEquals(true, t.client().control(star).get("selected"));
        t.click(star);
        assertEquals("IconButton Star selected false", status("buttons"));
    }

    @Test
    void buttonVariants_eachClicked_echoesItsType() {
        for (Class<? extends Control> type : List.of(FilledButton.class, FilledTonalButton.class, OutlinedButton.class,
                FilledIconButton.class, FilledTonalIconButton.class, OutlinedIconButton.class,
                FloatingActionButton.class)) {
            t.click(t.find(type));
            assertEquals("clicked " + type.getSimpleName(), status("buttons"));
        }
        t.fire(t.find(OutlinedButton.class), "hover", true);
        assertEquals("hovering OutlinedButton", status("buttons"));
        t.fire(t.find(OutlinedButton.class), "hover", false);
        assertEquals("hovering OutlinedButton", status("buttons"), "leaving is not echoed");
    }

    @Test
    void inputs_eachChanged_echoesTheNewValue() {
        t.type(t.find(TextField.class), "Ada");
        assertEquals("text: Ada", status("inputs"));
        t.fire(t.find(TextField.class), "submit", null);
        assertEquals("submitted: Ada", status("inputs"));
        t.change(t.find(Checkbox.class), "value", true);
        assertEquals("checkbox: true", status("inputs"));
        t.change(t.find(Switch.class), "value", true);
        assertEquals("switch: true", status("inputs"));
        t.change(t.find(Slider.class), "value", 7.0);
        assertEquals("slider: 7", status("inputs"));
        t.change(t.find(RadioGroup.class), "value", "green");
        assertEquals("radio: green", status("inputs"));
        Dropdown fruit = t.find(Dropdown.class);
        t.updateControl(fruit, Map.of("value", "banana")).fire(fruit, "select", "banana");
        assertEquals("dropdown: banana", status("inputs"));
    }

    @Test
    void display_chipsTileAndLink_echoTheEvent() {
        Chip filter = t.find(Chip.class);
        t.updateControl(filter, Map.of("selected", true)).fire(filter, "select", true);
        assertEquals("chip selected: true", status("display"));
        t.fire(t.all().stream().filter(c -> c instanceof Chip).skip(1).findFirst().orElseThrow(), "delete", null);
        assertEquals("chip deleted", status("display"));
        t.click(t.find(ListTile.class));
        assertEquals("clicked ListTile", status("display"));
        t.fire(t.find(Markdown.class), "tap_link", "https://flet.dev");
        assertEquals("link: https://flet.dev", status("display"));
    }

    @Test
    void layout_containerClicked_echoesIt() {
        t.click(t.byKey("clickable-container", Container.class));
        assertEquals("clicked Container", status("layout"));
    }

    @Test
    void layout_listScrolled_echoesTheTypedEvent() {
        ListView list = t.byKey("list", ListView.class);
        t.fire(list, "scroll", Map.of("event_type", "end", "pixels", 120.4, "min_scroll_extent", 0,
                "max_scroll_extent", 900, "viewport_dimension", 160));
        assertEquals("ListView end at 120", status("layout"));
        t.fire(list, "scroll", Map.of("event_type", "user", "pixels", 120.4, "min_scroll_extent", 0,
                "max_scroll_extent", 900, "viewport_dimension", 160, "direction", "idle"));
        assertEquals("ListView end at 120", status("layout"), "direction changes are not echoed");
    }

    @Test
    void navigation_railPicked_echoesTheDestinationAndSwitchesTheContent() {
        NavigationRail rail = t.byKey("rail", NavigationRail.class);
        t.change(rail, "selected_index", 1);
        assertEquals("rail: Starred (index 1)", status("navigation"));
        assertEquals("Starred content", t.byKey("rail-content", Text.class).value());
        t.change(rail, "selected_index", 2);
        assertEquals("rail: Sent (index 2)", status("navigation"));
    }

    @Test
    void navigation_tabSelected_echoesItsName() {
        Tabs tabs = t.byKey("tabs", Tabs.class);
        t.change(tabs, "selected_index", 2);
        assertEquals("tab: Settings", status("navigation"));
        t.change(tabs, "selected_index", 0);
        assertEquals("tab: Home", status("navigation"));
    }

    @Test
    void data_sortedByEachColumn_reordersTheRowsAndEchoes() {
        DataTable table = t.byKey("people", DataTable.class);
        assertEquals(List.of("Bea", "Ada", "Cy"), names(table));

        t.fire(table.columns().get(1), "sort", Map.of("ci", 1, "asc", true));
        assertEquals("sorted by Age asc", status("data"));
        assertEquals(List.of("Cy", "Ada", "Bea"), names(table));
        assertEquals(1, t.client().control(table).get("sort_column_index"));

        t.fire(table.columns().get(0), "sort", Map.of("ci", 0, "asc", false));
        assertEquals("sorted by Name desc", status("data"));
        assertEquals(List.of("Cy", "Bea", "Ada"), names(table));
    }

    @Test
    void dialogs_openedThenClosed_echoOpenAndDismiss() {
        t.click(button("Open dialog"));
        assertEquals("dialog opened", status("dialogs"));
        AlertDialog dialog = t.find(AlertDialog.class);
        assertEquals(true, t.client().control(dialog).get("open"));
        t.click(dialog.actions().get(0));
        assertEquals(false, t.client().control(dialog).get("open"));
        dismiss(dialog);
        assertEquals("dialog dismissed", status("dialogs"));
        assertFalse(t.all().contains(dialog), "the dismissed dialog left the page");

        t.click(button("Show snack bar"));
        assertEquals("snack bar opened", status("dialogs"));
        dismiss(t.find(SnackBar.class));
        assertEquals("snack bar dismissed", status("dialogs"));

        t.click(button("Show banner"));
        assertEquals("banner opened", status("dialogs"));
        Banner banner = t.find(Banner.class);
        t.click(banner.actions().get(0));
        dismiss(banner);
        assertEquals("banner dismissed", status("dialogs"));

        t.click(button("Open bottom sheet"));
        assertEquals("sheet opened", status("dialogs"));
        BottomSheet sheet = t.find(BottomSheet.class);
        assertEquals(true, t.client().control(sheet).get("open"));
        t.click(t.find(TextButton.class, b -> b.content().equals(Optional.of("Close sheet"))));
        assertEquals(false, t.client().control(sheet).get("open"));
        dismiss(sheet);
        assertEquals("sheet dismissed", status("dialogs"));
        assertFalse(t.all().contains(sheet), "the dismissed sheet left the page");
    }

    @Test
    void theme_seedAndModePicked_sentAsFletThemeAndEchoed() {
        t.click(t.byKey("seed-purple", TextButton.class));
        assertEquals(Map.of("color_scheme_seed", "#6750a4", "page_transitions", Map.of()),
                t.client().page().get("theme"));
        assertEquals("theme: seed #6750a4, mode system", status("theme"));

        t.click(t.byKey("dark-theme", TextButton.class));
        assertEquals("dark", t.client().page().get("theme_mode"));
        assertEquals("theme: seed #6750a4, mode dark", status("theme"));

        t.updateControl(t.page(), Map.of("platform_brightness", "dark"))
                .fire(t.page(), "platform_brightness_change", "dark");
        assertEquals("system brightness dark", status("theme"));
    }

    /** What the client does when the user dismisses a dialog (flet-protocol.md §3.13). */
    private void dismiss(Control dialog) {
        t.updateControl(dialog, Map.of("open", false)).fire(dialog, "dismiss", null);
    }

    private Button button(String text) {
        return t.find(Button.class, b -> b.content().equals(Optional.of(text)));
    }

    /** The family's status text as the client shows it. */
    private String status(String family) {
        return (String) t.client().control(t.byKey(family + "-status", Text.class)).get("value");
    }

    /** The rows' keys (the names), in the table's order; the client's order is checked by assertClientInSync. */
    private static List<String> names(DataTable table) {
        return table.rows().stream().map(row -> row.key().orElseThrow()).toList();
    }
}
