package dev.jflet.core;

import dev.jflet.core.internal.protocol.WireTypes;
import dev.jflet.core.types.Locale;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The user's preferred locales changed: in the browser, {@code navigator.languages} after a language change. */
public final class LocaleChangeEvent extends Event<Page> {
    private final List<Locale> locales;

    LocaleChangeEvent(Page page, Object data) {
        super(page, "locale_change", data, page);
        Object list = EventData.of("locale_change", data).raw("locales");
        if (!(list instanceof List)) {
            throw new IllegalArgumentException("event 'locale_change': 'locales' must be a list, got "
                    + WireTypes.describe(list));
        }
        List<Locale> read = new ArrayList<>();
        for (Object item : (List<?>) list) {
            read.add(Locale.fromWire(item));
        }
        this.locales = Collections.unmodifiableList(read);
    }

    /** The preferred locales, most preferred first. */
    public List<Locale> locales() {
        return locales;
    }
}
