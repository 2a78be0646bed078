package dev.jflet.bridge.internal;

import dev.jflet.core.internal.loop.EventLoop;
import dev.jflet.core.internal.loop.Parker;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.browser.Window;

/**
 * Internal: the browser's event loop. A task is a TeaVM green thread; parking suspends it until a
 * timer or a result resumes it, while the page stays responsive.
 */
final class BrowserLoop implements EventLoop {
    @Override
    public void spawn(Runnable body) {
        new Thread(body, "jflet-task").start();
    }

    @Override
    public void schedule(long delayMillis, Runnable callback) {
        Window.setTimeout(callback::run, (int) Math.min(Integer.MAX_VALUE, Math.max(0, delayMillis)));
    }

    @Override
    public Parker newParker() {
        return new BrowserParker();
    }

    @Override
    public long now() {
        return System.currentTimeMillis();
    }

    private static final class BrowserParker implements Parker {
        private AsyncCallback<Void> waiting;
        private boolean unparked;

        @Override
        public void park() {
            if (unparked) {
                unparked = false;
                return;
            }
            suspend(this);
        }

        @Override
        public void unpark() {
            AsyncCallback<Void> cb = waiting;
            if (cb != null) {
                waiting = null;
                cb.complete(null);
            } else {
                unparked = true;
            }
        }

        @Async
        private static native Void suspend(BrowserParker parker);

        private static void suspend(BrowserParker parker, AsyncCallback<Void> callback) {
            parker.waiting = callback;
        }
    }
}
