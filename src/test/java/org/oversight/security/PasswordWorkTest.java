package org.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing runs on the encoder's own platform threads, never on a request's virtual thread (which would keep
 * a carrier, one per core, busy for the whole hash: decision 0108), and gives the same answers as the plain encoder.
 */
class PasswordWorkTest {

    @Test
    void hashesAndChecksOnItsOwnPlatformThreadsWithTheSameAnswers() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Set<Boolean> virtual = ConcurrentHashMap.newKeySet();
        PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        PasswordEncoder watched = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                note();
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                note();
                return bcrypt.matches(raw, encoded);
            }

            private void note() {
                threads.add(Thread.currentThread().getName());
                virtual.add(Thread.currentThread().isVirtual());
            }
        };
        try (PasswordWork work = new PasswordWork(watched, 2);
             ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            String hash = requests.submit(() -> work.encode("kettle-orbit-lantern-9")).get();
            assertThat(hash).startsWith("{bcrypt}$2a$10$");
            assertThat(bcrypt.matches("kettle-orbit-lantern-9", hash)).as("an ordinary bcrypt hash").isTrue();

            List<Future<Boolean>> right = new ArrayList<>();
            List<Future<Boolean>> wrong = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                right.add(requests.submit(() -> work.matches("kettle-orbit-lantern-9", hash)));
                wrong.add(requests.submit(() -> work.matches("kettle-orbit-lantern-8", hash)));
            }
            for (int i = 0; i < 6; i++) {
                assertThat(right.get(i).get()).isTrue();
                assertThat(wrong.get(i).get()).isFalse();
            }
            assertThat(work.upgradeEncoding(hash)).isFalse();
        }
        assertThat(virtual).containsExactly(false);
        assertThat(threads).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("password-")).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void theEncodersRefusalReachesTheCaller() {
        PasswordEncoder refusing = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                throw new IllegalArgumentException("no id for the hash");
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                throw new IllegalArgumentException("no id for the hash");
            }
        };
        try (PasswordWork work = new PasswordWork(refusing, 1)) {
            assertThatThrownBy(() -> work.matches("x", "y")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no id for the hash");
        }
    }
}
