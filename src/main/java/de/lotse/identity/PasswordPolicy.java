package de.lotse.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password a person chooses must satisfy: 12 to 128 characters, neither the local part of
 * their e-mail address nor their name in it, and not on the list of common passwords shipped with
 * Lotse ({@code identity/common-passwords.txt}).
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    /** Parts of names and addresses shorter than this are too common to refuse. */
    private static final int MIN_PART_LENGTH = 3;

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the list of common passwords shipped with the application. */
    static PasswordPolicy withShippedList() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt is missing");
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("# ")) {
                    passwords.add(line.toLowerCase(Locale.ROOT));
                }
            }
            return new PasswordPolicy(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The message keys of the rules the password breaks; empty when it may be used.
     *
     * @param password the new password
     * @param email the person's e-mail address
     * @param displayName the person's name
     */
    public List<String> problems(String password, String email, String displayName) {
        List<String> problems = new ArrayList<>();
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("password.policy.too-short");
            return problems;
        }
        if (length > MAX_LENGTH) {
            problems.add("password.policy.too-long");
            return problems;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String localPart = email == null ? "" : email.toLowerCase(Locale.ROOT).replaceAll("@.*$", "");
        if (containsAnyPart(lower, localPart, "[._+\\-]+")) {
            problems.add("password.policy.contains-email");
        }
        if (containsAnyPart(lower, displayName == null ? "" : displayName.toLowerCase(Locale.ROOT), "[\\s.\\-']+")) {
            problems.add("password.policy.contains-name");
        }
        if (common.contains(lower)) {
            problems.add("password.policy.common");
        }
        return problems;
    }

    private static boolean containsAnyPart(String password, String whole, String separators) {
        if (whole.strip().length() >= MIN_PART_LENGTH && password.contains(whole.strip())) {
            return true;
        }
        for (String part : whole.split(separators)) {
            if (part.length() >= MIN_PART_LENGTH && password.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
