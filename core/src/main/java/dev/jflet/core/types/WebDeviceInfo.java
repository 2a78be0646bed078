package dev.jflet.core.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What the browser tells about itself ({@code navigator}): Flet's {@code WebDeviceInfo}, the answer of
 * {@code page.get_device_info()} on the web. Fields the browser does not offer are empty.
 */
public final class WebDeviceInfo {
    private final Map<?, ?> wire;

    private WebDeviceInfo(Map<?, ?> wire) {
        this.wire = wire;
    }

    /**
     * Reads the map the client answers with.
     *
     * @throws IllegalArgumentException if {@code wire} is not a map
     */
    public static WebDeviceInfo fromWire(Object wire) {
        if (!(wire instanceof Map)) {
            throw new IllegalArgumentException("get_device_info answered " + wire + ", expected a map of "
                    + "navigator fields such as {browser_name, user_agent, …}");
        }
        return new WebDeviceInfo((Map<?, ?>) wire);
    }

    /** The browser in use, told from the user agent. */
    public WebBrowserName browserName() {
        return string("browser_name").map(WebBrowserName::of).orElse(WebBrowserName.UNKNOWN);
    }

    /** The browser's internal code name ({@code navigator.appCodeName}, "Mozilla" in every browser). */
    public Optional<String> appCodeName() {
        return string("app_code_name");
    }

    /** The browser's official name ({@code navigator.appName}, "Netscape" in every browser). */
    public Optional<String> appName() {
        return string("app_name");
    }

    /** The browser's version string ({@code navigator.appVersion}). */
    public Optional<String> appVersion() {
        return string("app_version");
    }

    /** The device's memory in gigabytes, rounded by the browser; empty where the browser hides it. */
    public OptionalDouble deviceMemory() {
        Object v = wire.get("device_memory");
        return v instanceof Number ? OptionalDouble.of(((Number) v).doubleValue()) : OptionalDouble.empty();
    }

    /** The number of logical processor cores. */
    public OptionalInt hardwareConcurrency() {
        return integer("hardware_concurrency");
    }

    /** The user's preferred language, e.g. {@code en-US}. */
    public Optional<String> language() {
        return string("language");
    }

    /** The user's languages, most preferred first. */
    public List<String> languages() {
        Object v = wire.get("languages");
        List<String> out = new ArrayList<>();
        if (v instanceof List) {
            for (Object o : (List<?>) v) {
                if (o instanceof String) {
                    out.add((String) o);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The most touch points the device reports at once; 0 without a touch screen. */
    public OptionalInt maxTouchPoints() {
        return integer("max_touch_points");
    }

    /** The platform the browser runs on ({@code navigator.platform}), e.g. {@code Linux x86_64}. */
    public Optional<String> platform() {
        return string("platform");
    }

    /** {@code navigator.product}, "Gecko" in every browser. */
    public Optional<String> product() {
        return string("product");
    }

    /** The browser's build number ({@code navigator.productSub}). */
    public Optional<String> productSub() {
        return string("product_sub");
    }

    /** The user agent string. */
    public Optional<String> userAgent() {
        return string("user_agent");
    }

    /** The browser's vendor, e.g. {@code Google Inc.}. */
    public Optional<String> vendor() {
        return string("vendor");
    }

    /** {@code navigator.vendorSub}, empty in every browser. */
    public Optional<String> vendorSub() {
        return string("vendor_sub");
    }

    /** Every field as the client sent it, by Flet's names ({@code user_agent}, …). */
    public Map<?, ?> toMap() {
        return Collections.unmodifiableMap(wire);
    }

    private Optional<String> string(String key) {
        Object v = wire.get(key);
        return v instanceof String ? Optional.of((String) v) : Optional.empty();
    }

    private OptionalInt integer(String key) {
        Object v = wire.get(key);
        return v instanceof Number ? OptionalInt.of(((Number) v).intValue()) : OptionalInt.empty();
    }

    @Override
    public String toString() {
        return "WebDeviceInfo" + wire;
    }
}
