package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.GalleryPages.status;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gallery's inputs (site/…/gallery/InputsSection.java), used with the mouse and the keyboard. */
class GalleryInputsTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Build.class)
    void textField_typedAndSubmitted_javaEchoesTheText(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "inputs");

        page.getByLabel("Name").pressSequentially("Ada");
        assertThat(status(page, "inputs")).hasText("text: Ada");
        page.getByLabel("Name").press("Enter");
        assertThat(status(page, "inputs")).hasText("submitted: Ada");
        assertThat(page.getByLabel("Name")).hasValue("Ada");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void checkboxAndSwitch_toggled_javaEchoesTheState(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "inputs");
        Locator checkbox = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Subscribe"));
        Locator toggle = page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Dark mode"));

        checkbox.click();
        assertThat(checkbox).isChecked();
        assertThat(status(page, "inputs")).hasText("checkbox: true");
        page.getByText("Subscribe", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(checkbox).not().isChecked();
        assertThat(status(page, "inputs")).hasText("checkbox: false");

        toggle.click();
        assertThat(toggle).isChecked();
        assertThat(status(page, "inputs")).hasText("switch: true");
        toggle.press("Space");
        assertThat(toggle).not().isChecked();
        assertThat(status(page, "inputs")).hasText("switch: false");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void slider_movedWithTheKeyboard_javaEchoesTheValue(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "inputs");
        Locator slider = page.getByRole(AriaRole.SLIDER);
        assertThat(slider).hasValue("5");

        slider.focus();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        assertThat(slider).hasValue("7");
        assertThat(status(page, "inputs")).hasText("slider: 7");
        assertThat(slider).hasAttribute("aria-valuetext", "Volume 7");

        page.keyboard().press("Home");
        assertThat(slider).hasValue("0");
        assertThat(status(page, "inputs")).hasText("slider: 0");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void radios_pickedWithMouseThenArrow_javaEchoesTheValue(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "inputs");

        radio(page, "Green").click();
        assertThat(radio(page, "Green")).isChecked();
        assertThat(status(page, "inputs")).hasText("radio: green");

        page.keyboard().press("ArrowRight");
        assertThat(radio(page, "Blue")).isChecked();
        assertThat(radio(page, "Green")).not().isChecked();
        assertThat(status(page, "inputs")).hasText("radio: blue");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void dropdown_optionSelected_javaEchoesItsKey(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "inputs");
        Locator fruit = page.getByLabel("Fruit");

        fruit.selectOption("banana");
        assertThat(status(page, "inputs")).hasText("dropdown: banana");

        fruit.focus();
        page.keyboard().press("ArrowDown");
        assertThat(fruit).hasValue("cherry");
        assertThat(status(page, "inputs")).hasText("dropdown: cherry");
    }

    private static Locator radio(Page page, String name) {
        return page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
