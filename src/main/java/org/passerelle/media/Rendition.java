package org.passerelle.media;

import java.util.Locale;
import java.util.Optional;

/** The sizes an image is served in; {@code original} is the upload itself. */
enum Rendition {
    THUMB(200, true), SMALL(480, false), MEDIUM(960, false), LARGE(1600, false), ORIGINAL(0, false);

    /** Derived renditions, largest first: each is made from the one before it. */
    static final Rendition[] DERIVED = {LARGE, MEDIUM, SMALL, THUMB};

    /** Long side in pixels, or square side for a cropped rendition. */
    final int size;
    final boolean crop;

    Rendition(int size, boolean crop) {
        this.size = size;
        this.crop = crop;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Rendition> parse(String code) {
        for (Rendition r : values()) {
            if (r.code().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
