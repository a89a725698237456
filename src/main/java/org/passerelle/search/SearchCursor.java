package org.passerelle.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.passerelle.shared.ApiProblem;

/**
 * The opaque {@code cursor} of search pages: the sort values of the last hit served (search-after),
 * bound to the query it came from and checksummed, so that a truncated, tampered or foreign cursor
 * is a 400 problem instead of a wrong page. Values are Long, Double, Float, String or null.
 */
public final class SearchCursor {

    private static final int VERSION = 1;
    private static final int MAX_VALUES = 8;
    private static final int MAX_LENGTH = 4096;
    private static final int CHECK_BYTES = 8;

    private SearchCursor() {
    }

    public static String encode(SearchQuery query, List<Object> values) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(VERSION);
            out.writeByte(values.size());
            for (Object value : values) {
                if (value == null) {
                    out.writeByte('N');
                } else if (value instanceof Long l) {
                    out.writeByte('L');
                    out.writeLong(l);
                } else if (value instanceof Double d) {
                    out.writeByte('D');
                    out.writeDouble(d);
                } else if (value instanceof Float f) {
                    out.writeByte('F');
                    out.writeFloat(f);
                } else if (value instanceof String s) {
                    out.writeByte('S');
                    out.writeUTF(s);
                } else {
                    throw new IllegalArgumentException("unsupported cursor value " + value);
                }
            }
            byte[] payload = bytes.toByteArray();
            byte[] check = check(query, payload);
            byte[] all = Arrays.copyOf(payload, payload.length + CHECK_BYTES);
            System.arraycopy(check, 0, all, payload.length, CHECK_BYTES);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The values of a cursor issued for this same query; a 400 problem otherwise. */
    public static List<Object> decode(SearchQuery query, String cursor) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        byte[] all;
        try {
            all = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        // the last character of unpadded base64 has spare bits: only the canonical spelling is accepted
        if (all.length <= CHECK_BYTES + 2
                || !Base64.getUrlEncoder().withoutPadding().encodeToString(all).equals(cursor)) {
            throw invalid();
        }
        byte[] payload = Arrays.copyOf(all, all.length - CHECK_BYTES);
        byte[] check = Arrays.copyOfRange(all, all.length - CHECK_BYTES, all.length);
        if (!MessageDigest.isEqual(check, Arrays.copyOf(check(query, payload), CHECK_BYTES))) {
            throw invalid();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            if (in.readByte() != VERSION) {
                throw invalid();
            }
            int count = in.readUnsignedByte();
            if (count > MAX_VALUES) {
                throw invalid();
            }
            List<Object> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                switch (in.readByte()) {
                    case 'L' -> values.add(in.readLong());
                    case 'D' -> values.add(in.readDouble());
                    case 'F' -> values.add(in.readFloat());
                    case 'S' -> values.add(in.readUTF());
                    case 'N' -> values.add(null);
                    default -> throw invalid();
                }
            }
            if (in.available() > 0) {
                throw invalid();
            }
            return values;
        } catch (IOException e) {
            throw invalid();
        }
    }

    private static byte[] check(SearchQuery query, byte[] payload) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(query.fingerprint().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(payload);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiProblem invalid() {
        return ApiProblem.badRequest("cursor is not a cursor of this search: pass the 'next' value of the previous"
                + " page unchanged, with the same parameters.");
    }
}
