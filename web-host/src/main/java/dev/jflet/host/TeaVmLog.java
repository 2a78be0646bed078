package dev.jflet.host;

import org.apache.maven.plugin.logging.Log;
import org.teavm.tooling.TeaVMToolLog;

/** Internal: TeaVM's log on Maven's; TeaVM's progress messages go to debug, so a build stays quiet. */
final class TeaVmLog implements TeaVMToolLog {
    private final Log log;

    TeaVmLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String text) {
        log.debug(text);
    }

    @Override
    public void debug(String text) {
        log.debug(text);
    }

    @Override
    public void warning(String text) {
        log.warn(text);
    }

    @Override
    public void error(String text) {
        log.error(text);
    }

    @Override
    public void info(String text, Throwable e) {
        log.debug(text, e);
    }

    @Override
    public void debug(String text, Throwable e) {
        log.debug(text, e);
    }

    @Override
    public void warning(String text, Throwable e) {
        log.warn(text, e);
    }

    @Override
    public void error(String text, Throwable e) {
        log.error(text, e);
    }
}
