package org.oversight.security;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder with its hashing done on a few ordinary (platform) threads of its own, never on the virtual
 * threads that serve requests (docs/performance.md, "Capacity"; decision 0108).
 *
 * <p>A bcrypt check is about 80 ms of pure computation and never blocks, so a virtual thread running it keeps its
 * carrier (one per core) until it is done: a burst of sign-ins took every carrier, and every other request — pages,
 * the commit of a transaction holding the audit chain's lock, with connections queueing behind it — stood still for
 * seconds. Here a sign-in's virtual thread waits for the check as for any I/O, giving its carrier back, and the
 * operating system shares the cores between the hashing threads and the carriers. The hash itself is unchanged
 * (cost, algorithm, the delegating encoder's prefixes).
 */
final class PasswordWork implements PasswordEncoder, AutoCloseable {

    private final PasswordEncoder delegate;
    private final ExecutorService threads;

    PasswordWork(PasswordEncoder delegate, int threadCount) {
        if (threadCount < 1) {
            throw new IllegalArgumentException("at least one thread for password hashing");
        }
        this.delegate = delegate;
        ThreadFactory factory = Thread.ofPlatform().name("password-", 1).daemon(true).factory();
        this.threads = Executors.newFixedThreadPool(threadCount, factory);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return onOwnThread(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return onOwnThread(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword); // reads the prefix and cost only: no hashing
    }

    private <T> T onOwnThread(Supplier<T> work) {
        Future<T> result = threads.submit(work::get);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking a password", e); // i18n-ok: never shown; the request ends
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
