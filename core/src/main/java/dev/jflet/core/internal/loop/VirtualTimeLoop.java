package dev.jflet.core.internal.loop;

import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.concurrent.Semaphore;

/**
 * Internal: an event loop on virtual time for the JVM, so tests never sleep for real.
 *
 * <p>Each task runs on its own platform thread, but only one thread ever runs at a time: the loop hands
 * control to a task and waits until the task parks or ends. Runs are therefore deterministic.
 */
public final class VirtualTimeLoop implements EventLoop {
    private final ArrayDeque<Runnable> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final Semaphore loopTurn = new Semaphore(0);
    private long now;
    private long seq;
    private Throwable failure;

    private static final class Timer implements Comparable<Timer> {
        final long due;
        final long seq;
        final Runnable callback;

        Timer(long due, long seq, Runnable callback) {
            this.due = due;
            this.seq = seq;
            this.callback = callback;
        }

        @Override
        public int compareTo(Timer o) {
            return due != o.due ? Long.compare(due, o.due) : Long.compare(seq, o.seq);
        }
    }

    private final class Task implements Parker {
        final Semaphore turn = new Semaphore(0);
        boolean unparked;
        boolean parked;

        @Override
        public void park() {
            if (unparked) {
                unparked = false;
                return;
            }
            parked = true;
            loopTurn.release();
            turn.acquireUninterruptibly();
        }

        @Override
        public void unpark() {
            if (parked) {
                parked = false;
                ready.add(this::resume);
            } else {
                unparked = true;
            }
        }

        void resume() {
            turn.release();
            loopTurn.acquireUninterruptibly();
        }
    }

    private static final ThreadLocal<Task> CURRENT = new ThreadLocal<>();

    @Override
    public void spawn(Runnable body) {
        ready.add(() -> {
            Task task = new Task();
            Thread t = new Thread(() -> {
                CURRENT.set(task);
                task.turn.acquireUninterruptibly();
                try {
                    body.run();
                } catch (Throwable e) {
                    failure = e;
                } finally {
                    loopTurn.release();
                }
            }, "jflet-task");
            t.setDaemon(true);
            t.start();
            task.resume();
        });
    }

    @Override
    public void schedule(long delayMillis, Runnable callback) {
        timers.add(new Timer(now + Math.max(0, delayMillis), seq++, callback));
    }

    @Override
    public Parker newParker() {
        Task task = CURRENT.get();
        if (task == null) {
            throw new IllegalStateException("Only a task can suspend. Run this code in main, an event handler "
                    + "or page.runTask(...).");
        }
        return new Parker() {
            @Override
            public void park() {
                task.park();
            }

            @Override
            public void unpark() {
                task.unpark();
            }
        };
    }

    @Override
    public long now() {
        return now;
    }

    /** Runs everything that is ready now, without moving the clock. */
    public void runUntilIdle() {
        while (!ready.isEmpty()) {
            ready.poll().run();
            rethrow();
        }
    }

    /** Moves the clock forward by {@code millis}, running timers and tasks as they come due. */
    public void advance(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("millis < 0: " + millis);
        }
        long end = now + millis;
        runUntilIdle();
        while (!timers.isEmpty() && timers.peek().due <= end) {
            Timer t = timers.poll();
            now = Math.max(now, t.due);
            t.callback.run();
            runUntilIdle();
        }
        now = end;
    }

    /** Whether timers are still pending. */
    public boolean hasPendingTimers() {
        return !timers.isEmpty();
    }

    private void rethrow() {
        if (failure != null) {
            Throwable f = failure;
            failure = null;
            throw new IllegalStateException("A task failed outside its error handling", f);
        }
    }
}
