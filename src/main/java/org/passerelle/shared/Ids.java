package org.passerelle.shared;

import java.security.SecureRandom;

/** Random, URL-safe identifiers (lower-case base32, 60 bits). */
public final class Ids {

    private static final String DIGITS = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final char[] ALPHABET = DIGITS.toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LENGTH = 12;

    private Ids() {
    }

    public static String next() {
        return random(LENGTH);
    }

    /** Whether {@code id} has the form {@link #next()} gives, as an id kept from another store must. */
    public static boolean isValid(String id) {
        return id != null && id.length() == LENGTH
                && id.chars().allMatch(c -> DIGITS.indexOf(c) >= 0);
    }

    public static String random(int length) {
        char[] id = new char[length];
        for (int i = 0; i < length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
