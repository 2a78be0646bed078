package dev.jflet.host;

import org.apache.maven.plugin.logging.SystemStreamLog;

/** Maven's console log without debug output, for tests that run TeaVM (it reports progress at debug). */
final class QuietLog extends SystemStreamLog {
    @Override
    public void debug(CharSequence content) {
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
    }

    @Override
    public void debug(Throwable error) {
    }
}
