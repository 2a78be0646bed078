package dev.jflet.site.countdown;

import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Text;

import java.time.Duration;

/**
 * A custom control: a text that counts down once a second. It starts its task when it appears on the
 * page ({@code didMount}) and stops when it is removed ({@code willUnmount}).
 */
public class Countdown extends Text {
    private int seconds;
    private boolean running;

    public Countdown(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("seconds < 0: " + seconds);
        }
        this.seconds = seconds;
        value(format(seconds));
    }

    @Override
    protected void didMount() {
        running = true;
        page().ifPresent(page -> page.runTask(() -> tick(page)));
    }

    @Override
    protected void willUnmount() {
        running = false;
    }

    /** Whether the countdown's task is still going. */
    public boolean running() {
        return running;
    }

    private void tick(Page page) {
        while (seconds > 0 && running) {
            value(format(seconds));
            update();
            page.sleep(Duration.ofSeconds(1));
            seconds--;
        }
        if (running) {
            value(format(0));
            update();
            running = false;
        }
    }

    static String format(int seconds) {
        int mins = seconds / 60;
        int secs = seconds % 60;
        return (mins < 10 ? "0" : "") + mins + ":" + (secs < 10 ? "0" : "") + secs;
    }
}
