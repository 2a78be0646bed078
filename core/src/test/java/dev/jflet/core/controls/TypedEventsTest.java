package dev.jflet.core.controls;

import dev.jflet.core.controls.material.Checkbox;
import dev.jflet.core.controls.material.Dropdown;
import dev.jflet.core.controls.material.DropdownOption;
import dev.jflet.core.controls.material.NavigationBar;
import dev.jflet.core.controls.material.NavigationBarDestination;
import dev.jflet.core.controls.material.Slider;
import dev.jflet.core.controls.material.Switch;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.types.Icons;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The typed events of the input and navigation controls (flet-protocol.md §5.2): their data, read and checked. */
class TypedEventsTest {
    private final List<String> log = new ArrayList<>();

    @Test
    void navigationBar_change_carriesTheSelectedIndex() {
        NavigationBar bar = new NavigationBar(new NavigationBarDestination(Icons.HOME, "Home"),
                new NavigationBarDestination(Icons.SETTINGS, "Settings"));
        bar.onChange(e -> log.add("picked " + e.selectedIndex() + ", bar at " + e.control().selectedIndex()));
        AppTester t = AppTester.start(page -> page.add(bar));

        t.change(bar, "selected_index", 1).fire(bar, "change", "x");

        assertEquals(List.of("picked 1, bar at 1"), log);
        assertEquals(1, t.problems().size(), t.problems().toString());
        assertTrue(t.problems().get(0).contains("event 'change' expects a destination index >= 0, got"),
                t.problems().get(0));
    }

    @Test
    void slider_changeStartAndEnd_carryTheValue() {
        Slider slider = new Slider().min(0).max(10);
        slider.onChangeStart(e -> log.add(e.name() + " " + e.value()))
                .onChange(e -> log.add(e.name() + " " + e.value() + " slider " + e.control().value()))
                .onChangeEnd(e -> log.add(e.name() + " " + e.value()));
        AppTester t = AppTester.start(page -> page.add(slider));

        t.fire(slider, "change_start", 2.0).change(slider, "value", 3.5).fire(slider, "change_end", "3.5")
                .fire(slider, "change", "much");

        assertEquals(List.of("change_start 2.0", "change 3.5 slider 3.5", "change_end 3.5"), log);
        assertEquals(1, t.problems().size(), t.problems().toString());
        assertTrue(t.problems().get(0).contains("event 'change' expects a number"), t.problems().get(0));
    }

    @Test
    void checkboxAndSwitch_change_carryTheNewState() {
        Checkbox box = new Checkbox().tristate(true);
        box.onChange(e -> log.add("box " + e.value().map(String::valueOf).orElse("mixed")));
        Switch toggle = new Switch();
        toggle.onChange(e -> log.add("switch " + e.value()));
        AppTester t = AppTester.start(page -> page.add(box, toggle));

        t.change(box, "value", true).change(box, "value", null).change(toggle, "value", true)
                .fire(toggle, "change", null);

        assertEquals(List.of("box true", "box mixed", "switch true"), log);
        assertEquals(1, t.problems().size(), t.problems().toString());
        assertTrue(t.problems().get(0).contains("event 'change' expects a bool, got"), t.problems().get(0));
    }

    @Test
    void dropdown_select_carriesTheKeyAndItsPosition() {
        Dropdown dropdown = new Dropdown(List.of(new DropdownOption("red", "Red"), new DropdownOption("green")));
        dropdown.onSelect(e -> log.add(e.value().orElse("none") + " at " + e.selectedIndex()));
        AppTester t = AppTester.start(page -> page.add(dropdown));

        t.updateControl(dropdown, Map.of("value", "green")).fire(dropdown, "select", "green")
                .fire(dropdown, "select", null).fire(dropdown, "select", 3);

        assertEquals(List.of("green at OptionalInt[1]", "none at OptionalInt.empty"), log);
        assertEquals(1, t.problems().size(), t.problems().toString());
        assertTrue(t.problems().get(0).contains("event 'select' expects an option key"), t.problems().get(0));
    }
}
