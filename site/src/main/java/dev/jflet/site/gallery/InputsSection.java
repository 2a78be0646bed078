package dev.jflet.site.gallery;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.material.Checkbox;
import dev.jflet.core.controls.material.Dropdown;
import dev.jflet.core.controls.material.DropdownOption;
import dev.jflet.core.controls.material.Radio;
import dev.jflet.core.controls.material.RadioGroup;
import dev.jflet.core.controls.material.Slider;
import dev.jflet.core.controls.material.Switch;
import dev.jflet.core.controls.material.TextField;

/** Inputs: TextField, Checkbox, Switch, Slider, RadioGroup with Radios, Dropdown with options. */
final class InputsSection {
    private InputsSection() {
    }

    static Column build() {
        StatusLine status = new StatusLine("inputs");
        TextField name = new TextField("Name").hintText("Type your name").width(320);
        name.onChange(e -> status.say("text: " + name.value()));
        name.onSubmit(e -> status.say("submitted: " + name.value()));

        Checkbox subscribe = new Checkbox("Subscribe");
        subscribe.onChange(e -> status.say("checkbox: " + subscribe.value().orElse(false)));

        Switch dark = new Switch("Dark mode");
        dark.onChange(e -> status.say("switch: " + dark.value()));

        Slider volume = new Slider(0, 10).value(5).divisions(10).label("Volume {value}").width(320);
        volume.onChange(e -> status.say("slider: " + Math.round(volume.value())));

        RadioGroup color = new RadioGroup(new Row(
                new Radio("red", "Red"), new Radio("green", "Green"), new Radio("blue", "Blue")));
        color.onChange(e -> status.say("radio: " + color.value().orElse("none")));

        Dropdown fruit = new Dropdown(
                new DropdownOption("apple", "Apple"),
                new DropdownOption("banana", "Banana"),
                new DropdownOption("cherry", "Cherry")).label("Fruit").width(320);
        fruit.onSelect(e -> status.say("dropdown: " + fruit.value().orElse("none")));

        return Gallery.section("Inputs", status, name, new Row(subscribe, dark).spacing(24), volume, color, fruit);
    }
}
