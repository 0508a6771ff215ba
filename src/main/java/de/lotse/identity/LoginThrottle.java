package de.lotse.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account (by normalised e-mail, whether the account exists or not) and
 * per client address in the database, so that all nodes share the count, and tells when either is
 * locked. A login is counted as failed when it starts and uncounted when it succeeds: parallel
 * guesses cannot slip past the limit while their passwords are being checked.
 */
@Component
class LoginThrottle {

    private static final Duration CLEAN_UP_EVERY = Duration.ofMinutes(1);

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-fA-F.]*:[0-9a-fA-F:.]*");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LoginProperties properties;
    private final AtomicReference<Instant> lastCleanUp = new AtomicReference<>(Instant.EPOCH);

    LoginThrottle(JdbcClient jdbc, Clock clock, LoginProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Starts a login; it counts as failed unless {@link #succeeded(Attempt)} follows. */
    Attempt begin(String email, String clientAddress) {
        Instant now = clock.instant();
        cleanUpNowAndThen(now);
        String account = subject("account", normalise(email));
        String address = subject("address", network(clientAddress));
        long accountFailure = insert(account, now);
        long addressFailure = insert(address, now);
        boolean locked = isLocked(account, accountFailure, now, properties.maxFailuresPerAccount())
                || isLocked(address, addressFailure, now, properties.maxFailuresPerAddress());
        if (locked) {
            // a refused login is not counted, so a lock ends at a known time however often it is tried
            jdbc.sql("delete from failed_login where id in (:ids)")
                    .param("ids", List.of(accountFailure, addressFailure))
                    .update();
        }
        return new Attempt(account, addressFailure, locked);
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private boolean isLocked(String subject, long ownFailure, Instant now, int maxFailures) {
        List<Instant> earlier = jdbc.sql(
                        """
                        select failed_at from failed_login
                        where subject = :subject and id < :own and failed_at > :since
                        order by failed_at desc""")
                .param("subject", subject)
                .param("own", ownFailure)
                .param("since", at(now.minus(properties.failureWindow()).minus(properties.lockDuration())))
                .query((row, number) -> row.getObject(1, OffsetDateTime.class).toInstant())
                .list();
        if (earlier.isEmpty()) {
            return false;
        }
        Instant latest = earlier.get(0);
        Instant windowStart = latest.minus(properties.failureWindow());
        long failuresUpToLatest =
                earlier.stream().filter(failure -> failure.isAfter(windowStart)).count();
        return failuresUpToLatest >= maxFailures && now.isBefore(latest.plus(properties.lockDuration()));
    }

    private long insert(String subject, Instant now) {
        return jdbc.sql("insert into failed_login (subject, failed_at) values (:subject, :at) returning id")
                .param("subject", subject)
                .param("at", at(now))
                .query(Long.class)
                .single();
    }

    private void cleanUpNowAndThen(Instant now) {
        Instant last = lastCleanUp.get();
        boolean due = now.isAfter(last.plus(CLEAN_UP_EVERY)) || now.isBefore(last);
        if (due && lastCleanUp.compareAndSet(last, now)) {
            jdbc.sql("delete from failed_login where failed_at < :before")
                    .param("before", at(now.minus(properties.failureWindow()).minus(properties.lockDuration())))
                    .update();
        }
    }

    /** The password was right: the account's failures are forgotten and this login is not counted. */
    void succeeded(Attempt attempt) {
        // the account starts afresh; the address keeps its earlier failures, or one good account
        // would let an address guess the passwords of others without limit
        jdbc.sql("delete from failed_login where subject = :account or id = :addressFailure")
                .param("account", attempt.account())
                .param("addressFailure", attempt.addressFailure())
                .update();
    }

    /**
     * An IPv4 address as it is; an IPv6 address by its /64 network, which one person usually holds
     * whole and could otherwise walk through.
     */
    static String network(String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return "unknown";
        }
        if (!IPV6_LITERAL.matcher(clientAddress).matches()) {
            return clientAddress;
        }
        try {
            // only hex digits, colons and dots: parsed as a literal, never looked up in DNS
            byte[] bytes = InetAddress.getByName(clientAddress).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : clientAddress;
        } catch (UnknownHostException e) {
            return clientAddress;
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String subject(String kind, String value) {
        return Sha256.hex(kind + ":" + value);
    }

    /**
     * One login in progress.
     *
     * @param account the hashed account subject
     * @param addressFailure the failure counted for the client address
     * @param locked whether the account or the client address is locked, so the login is refused
     */
    record Attempt(String account, long addressFailure, boolean locked) {}
}
