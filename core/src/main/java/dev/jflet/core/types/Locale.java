package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireTypes;
import dev.jflet.core.internal.protocol.WireValue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A locale as Flet sends it: language, optional country (region) and optional script, e.g. {@code zh-Hant-TW}. */
public final class Locale implements WireValue {
    private final String languageCode;
    private final String countryCode;
    private final String scriptCode;

    /** A locale of {@code languageCode} ("en"), with a country ("US") and a script ("Latn") or null for none. */
    public Locale(String languageCode, String countryCode, String scriptCode) {
        if (languageCode == null || languageCode.isEmpty()) {
            throw new IllegalArgumentException("a locale needs a language code, e.g. \"en\"; got " + languageCode);
        }
        this.languageCode = languageCode;
        this.countryCode = countryCode;
        this.scriptCode = scriptCode;
    }

    /** Reads Flet's map {@code {language_code, country_code, script_code}}. */
    public static Locale fromWire(Object wire) {
        if (!(wire instanceof Map)) {
            throw new IllegalArgumentException("expected a locale map {language_code, country_code, script_code}, got "
                    + WireTypes.describe(wire));
        }
        Map<?, ?> m = (Map<?, ?>) wire;
        return new Locale(text(m, "language_code"), text(m, "country_code"), text(m, "script_code"));
    }

    private static String text(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (v != null && !(v instanceof String)) {
            throw new IllegalArgumentException("locale '" + key + "' must be a string, got " + WireTypes.describe(v));
        }
        return (String) v;
    }

    /** The language, e.g. {@code en}. */
    public String languageCode() {
        return languageCode;
    }

    /** The country or region, e.g. {@code US} or {@code 419}, if given. */
    public Optional<String> countryCode() {
        return Optional.ofNullable(countryCode);
    }

    /** The script, e.g. {@code Hant}, if given. */
    public Optional<String> scriptCode() {
        return Optional.ofNullable(scriptCode);
    }

    /** The BCP 47 tag: language, script, country joined by hyphens, e.g. {@code zh-Hant-TW}. */
    public String toLanguageTag() {
        StringBuilder tag = new StringBuilder(languageCode);
        if (scriptCode != null) {
            tag.append('-').append(scriptCode);
        }
        if (countryCode != null) {
            tag.append('-').append(countryCode);
        }
        return tag.toString();
    }

    @Override
    public Object toWire() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("language_code", languageCode);
        if (countryCode != null) {
            m.put("country_code", countryCode);
        }
        if (scriptCode != null) {
            m.put("script_code", scriptCode);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Locale)) {
            return false;
        }
        Locale other = (Locale) o;
        return languageCode.equals(other.languageCode) && Objects.equals(countryCode, other.countryCode)
                && Objects.equals(scriptCode, other.scriptCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(languageCode, countryCode, scriptCode);
    }

    @Override
    public String toString() {
        return toLanguageTag();
    }
}
