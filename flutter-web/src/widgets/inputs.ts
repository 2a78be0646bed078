// The input controls' chunk: toggles, slider, dropdown and chip load together on first use (lazy.ts).
import { CHIP } from "./chip";
import { DROPDOWN, DROPDOWN_OPTION } from "./dropdown";
import { SLIDER } from "./slider";
import { CHECKBOX, RADIO, RADIO_GROUP, SWITCH } from "./toggles";

export const DEFS = {
    Checkbox: CHECKBOX,
    Switch: SWITCH,
    RadioGroup: RADIO_GROUP,
    Radio: RADIO,
    Slider: SLIDER,
    Dropdown: DROPDOWN,
    DropdownOption: DROPDOWN_OPTION,
    Chip: CHIP,
};
