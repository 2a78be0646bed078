package dev.jflet.core.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a test client reports about itself in RegisterClient (flet-protocol.md §2.3.1). */
public final class ClientSnapshot {
    private String route = "/";
    private double width = 1280;
    private double height = 720;
    private String platform = "linux";
    private String brightness = "light";
    private boolean wasm;

    private ClientSnapshot() {
    }

    /** A 1280×720 Linux browser in light mode at route {@code /}. */
    public static ClientSnapshot browser() {
        return new ClientSnapshot();
    }

    public ClientSnapshot route(String route) {
        this.route = route;
        return this;
    }

    public ClientSnapshot size(double width, double height) {
        this.width = width;
        this.height = height;
        return this;
    }

    public ClientSnapshot platform(String platform) {
        this.platform = platform;
        return this;
    }

    public ClientSnapshot brightness(String brightness) {
        this.brightness = brightness;
        return this;
    }

    public ClientSnapshot wasm(boolean wasm) {
        this.wasm = wasm;
        return this;
    }

    Map<String, Object> toWire() {
        Map<String, Object> zero = new LinkedHashMap<>();
        zero.put("top", 0.0);
        zero.put("right", 0.0);
        zero.put("bottom", 0.0);
        zero.put("left", 0.0);
        Map<String, Object> media = new LinkedHashMap<>();
        media.put("padding", zero);
        media.put("view_padding", zero);
        media.put("view_insets", zero);
        media.put("device_pixel_ratio", 1.0);
        media.put("orientation", width >= height ? "landscape" : "portrait");
        media.put("always_use_24_hour_format", false);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("route", route);
        page.put("pwa", false);
        page.put("web", true);
        page.put("debug", false);
        page.put("wasm", wasm);
        page.put("test", false);
        page.put("multi_view", false);
        page.put("pyodide", false);
        page.put("platform_brightness", brightness);
        page.put("width", width);
        page.put("height", height);
        page.put("platform", platform);
        page.put("window", new LinkedHashMap<>());
        page.put("media", media);
        return page;
    }
}
