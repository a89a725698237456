package org.passerelle.search;

/** The facets a search can count, with their API names. */
public enum Facet {
    KIND("kind"), COUNTRY("country"), TERRITORY("territory"), CRAFT("craft"), DESIGNATION("designation"),
    ART_FORM("artForm"), TAG("tag");

    private final String code;

    Facet(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Facet of(String code) {
        for (Facet facet : values()) {
            if (facet.code.equals(code)) {
                return facet;
            }
        }
        return null;
    }
}
