package dev.jflet.core.controls;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Checkbox;
import dev.jflet.core.controls.material.Chip;
import dev.jflet.core.controls.material.Dropdown;
import dev.jflet.core.controls.material.DropdownOption;
import dev.jflet.core.controls.material.NavigationBar;
import dev.jflet.core.controls.material.NavigationBarDestination;
import dev.jflet.core.controls.material.Radio;
import dev.jflet.core.controls.material.RadioGroup;
import dev.jflet.core.controls.material.Slider;
import dev.jflet.core.controls.material.Switch;
import dev.jflet.core.controls.material.Tab;
import dev.jflet.core.controls.material.TabBar;
import dev.jflet.core.controls.material.TabBarView;
import dev.jflet.core.controls.material.Tabs;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.types.Icons;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The properties the client reports (flet-protocol.md §3.8) are current inside the event that follows. */
class ClientWritablePropsTest {
    private final Checkbox checkbox = new Checkbox("c");
    private final Switch toggle = new Switch("s");
    private final Slider slider = new Slider(0, 10);
    private final RadioGroup radios = new RadioGroup(new Column(new Radio("a", "A"), new Radio("b", "B")));
    private final Dropdown dropdown = new Dropdown(new DropdownOption("x"), new DropdownOption("y"));
    private final Tabs tabs = new Tabs(2, new Column(new TabBar(new Tab("1"), new Tab("2")),
            new TabBarView(new Text("one"), new Text("two"))));
    private final NavigationBar nav = new NavigationBar(new NavigationBarDestination(Icons.HOME, "Home"),
            new NavigationBarDestination(Icons.SETTINGS, "Settings"));
    private final Chip chip = new Chip("chip");
    private final List<String> seen = new ArrayList<>();

    private AppTester start() {
        checkbox.onChange(e -> seen.add("checkbox " + checkbox.value()));
        toggle.onChange(e -> seen.add("switch " + toggle.value()));
        slider.onChange(e -> seen.add("slider " + slider.value()));
        radios.onChange(e -> seen.add("radios " + radios.value().orElse("-")));
        dropdown.onSelect(e -> seen.add("dropdown " + dropdown.value().orElse("-")));
        tabs.onChange(e -> seen.add("tabs " + tabs.selectedIndex()));
        nav.onChange(e -> seen.add("nav " + nav.selectedIndex()));
        chip.onSelect(e -> seen.add("chip " + chip.selected()));
        return AppTester.start(page -> {
            page.navigationBar(nav);
            page.add(checkbox, toggle, slider, radios, dropdown, tabs, chip);
        });
    }

    @Test
    void inputs_reportedValues_areCurrentInTheirHandlers() {
        AppTester t = start();
        t.change(checkbox, "value", true);
        t.change(toggle, "value", true);
        t.change(slider, "value", 7.5);
        t.change(radios, "value", "b");
        t.updateControl(dropdown, Map.of("value", "y")).fire(dropdown, "select", "y");
        t.change(tabs, "selected_index", 1);
        t.change(nav, "selected_index", 1);
        t.updateControl(chip, Map.of("selected", true)).fire(chip, "select", true);

        assertEquals(List.of("checkbox Optional[true]", "switch true", "slider 7.5", "radios b", "dropdown y",
                "tabs 1", "nav 1", "chip true"), seen);
        assertEquals(List.of(), t.problems());
        t.assertClientInSync();
    }

    @Test
    void outboundProperties_areRejected_andTheOthersStillApply() {
        AppTester t = start();
        t.updateControl(slider, Map.of("max", 5, "value", 4.0));
        assertEquals(4.0, slider.value());
        assertEquals(1, t.problems().size(), t.problems().toString());
        assertTrue(t.problems().get(0).contains("'max' cannot be set by the client"), t.problems().get(0));
    }

    @Test
    void tristateCheckbox_mixedArrivesAsEmpty() {
        checkbox.tristate(true).value(true);
        AppTester t = start();
        t.change(checkbox, "value", null);
        assertEquals(Optional.empty(), checkbox.value());
        assertEquals(List.of("checkbox Optional.empty"), seen);
    }
}
