package org.passerelle.entry;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

/** The fixed vocabularies of an entry; each value has the code the API uses. */
public final class Codes {

    private Codes() {
    }

    public interface Coded {
        @JsonValue
        String code();
    }

    static <E extends Enum<E> & Coded> E lookup(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        return null;
    }

    static <E extends Enum<E> & Coded> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }

    public enum Kind implements Coded {
        HERITAGE_SITE("heritage-site"), CRAFT("craft"), EXHIBITION("exhibition"), EVENT("event");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        public boolean isDated() {
            return this == EXHIBITION || this == EVENT;
        }

        public static Kind of(String code) {
            return lookup(Kind.class, code);
        }
    }

    public enum Status implements Coded {
        DRAFT("draft"), PUBLISHED("published"), ARCHIVED("archived");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        public static Status of(String code) {
            return lookup(Status.class, code);
        }
    }

    public enum Designation implements Coded {
        WORLD_HERITAGE("world-heritage"), WORLD_HERITAGE_TENTATIVE("world-heritage-tentative"),
        NATIONAL("national"), REGIONAL("regional");

        private final String code;

        Designation(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public enum Craft implements Coded {
        SPINNING("spinning"), TEXTILE("textile"), DYEING("dyeing"), POTTERY("pottery"), GLASS("glass"),
        LACQUER("lacquer"), METAL("metal"), WOOD("wood"), PAPER("paper"), OTHER("other");

        private final String code;

        Craft(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public enum ArtForm implements Coded {
        CONTEMPORARY_ART("contemporary-art"), DESIGN("design"), MUSIC("music"), PERFORMANCE("performance"),
        CRAFT("craft"), HERITAGE("heritage");

        private final String code;

        ArtForm(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
